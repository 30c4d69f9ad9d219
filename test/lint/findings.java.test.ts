/**
 * Each kind of finding on a small configuration made to show it, including the paths where automata cannot
 * decide and lint samples instead; counterexamples checked with java.util.regex.
 */
import { describe, expect, it } from '@jest/globals';
import { formatLintText } from '../../src/lint/format-report.js';
import { lintMethods } from '../../src/lint/lint.js';
import { byCode, javaMatches, methodOf } from './support.js';

describe('lint findings', () => {
  it('samples where a pattern has a lookbehind mid-pattern, and says so', async () => {
    const method = methodOf([
      ['200', undefined],
      ['400', '[\\s\\S]*(?<=\\[400\\])[\\s\\S]*'],
      ['404', '[\\s\\S]*\\[404\\][\\s\\S]*'],
    ]);
    const report = lintMethods([method]);
    expect(report.methods[0]?.sampledPatterns).toEqual(['[\\s\\S]*(?<=\\[400\\])[\\s\\S]*']);
    const [overlap] = byCode(report.findings, 'overlap');
    expect(overlap).toMatchObject({ evidence: 'sampled', statuses: ['400', '404'] });
    const [unmatched] = byCode(report.findings, 'unmatched');
    expect(unmatched).toMatchObject({ evidence: 'sampled', counterexample: 'a' });
    expect(byCode(report.findings, 'forgeable-tag')).toMatchObject([
      { statuses: ['400'], evidence: 'sampled', counterexample: 'Invalid order id: [400]' },
      { statuses: ['404'], evidence: 'proven', counterexample: 'Invalid order id: [404]' },
    ]);
    const java = await javaMatches(
      ['[\\s\\S]*(?<=\\[400\\])[\\s\\S]*', '[\\s\\S]*\\[404\\][\\s\\S]*'],
      [overlap?.counterexample as string, unmatched?.counterexample as string],
    );
    expect(java).toEqual([['[\\s\\S]*(?<=\\[400\\])[\\s\\S]*', '[\\s\\S]*\\[404\\][\\s\\S]*'], []]);
    expect(formatLintText(report)).toContain(
      '  sampled, not proven (the automata cannot represent them): "[\\\\s\\\\S]*(?<=\\\\[400\\\\])[\\\\s\\\\S]*"',
    );
  });
});

describe('reading differences', () => {
  it('says which engine matches, each confirmed by Java', async () => {
    const method = methodOf([
      ['200', undefined],
      ['400', '\\v[\\s\\S]*'],
      ['404', '\\[404\\](?<=\\]).*'],
      ['500', '(?:.|\\n)+x'],
    ]);
    const { findings } = lintMethods([method]);
    const differences = byCode(findings, 'read-differently');
    expect(differences[0]).toMatchObject({
      statuses: ['400'],
      evidence: 'proven',
      counterexample: '\n',
      message: expect.stringContaining('matches in Java only'),
    });
    const java = await javaMatches(
      differences.map((finding) => finding.patterns[0] as string),
      differences.map((finding) => finding.counterexample as string),
    );
    differences.forEach((finding, index) => {
      const pattern = finding.patterns[0] as string;
      const javaScript = new RegExp(`^(?:${pattern})$`).test(finding.counterexample as string);
      expect(java[index]?.includes(pattern)).toBe(!javaScript);
    });
    expect(byCode(findings, 'line-break').map((finding) => finding.statuses[0])).toEqual(['404', '500']);
  });
});
