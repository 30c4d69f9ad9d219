/**
 * lint on configurations found in the wild — the Serverless Framework v3 defaults, the classic
 * `.*[Not Found].*`, a hand-written set with a `.*` catch-all — and on our own generated output, which must
 * be clean. Every counterexample is checked with java.util.regex itself.
 */
import { describe, expect, it } from '@jest/globals';
import { integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';
import { lintMethods } from '../../src/lint/lint.js';
import type { Finding, LintMethod } from '../../src/lint/lint-types.js';
import { byCode, javaMatches, methodOf, patternsOf, serverlessLintMethods } from './support.js';

function serverlessDefaults(): LintMethod {
  const [method] = serverlessLintMethods({
    functions: {
      orders: {
        handler: 'h.handler',
        events: [{ http: { path: 'orders/{id}', method: 'get', integration: 'lambda' } }],
      },
    },
  });
  return method as LintMethod;
}

/** Java's verdict on each finding's counterexample: the patterns it full-matches. */
async function javaOnCounterexamples(method: LintMethod, findings: readonly Finding[]): Promise<string[][]> {
  return javaMatches(
    patternsOf(method),
    findings.map((finding) => finding.counterexample as string),
  );
}

describe('lint on the Serverless Framework v3 default statusCodes', () => {
  const method = serverlessDefaults();
  const { findings } = lintMethods([method]);

  it('reports overlaps whose counterexample Java full-matches with both patterns', async () => {
    const overlaps = byCode(findings, 'overlap');
    // 8 patterns, every pair shares "[400][401]"-like messages: 28 pairs.
    expect(overlaps).toHaveLength(28);
    expect(overlaps.every((finding) => finding.evidence === 'proven')).toBe(true);
    const java = await javaOnCounterexamples(method, overlaps);
    overlaps.forEach((finding, index) => {
      expect([...(java[index] ?? [])].sort()).toEqual(expect.arrayContaining([...finding.patterns].sort()));
    });
    const between500and400 = overlaps.find((finding) => finding.statuses.join() === '400,500');
    expect(between500and400?.counterexample).toMatch(/\[400\].*\[500\]|\[500\].*\[400\]/);
  });

  it('reports the crash, the timeout forms and unwrapped errors as matched by no pattern (Java agrees)', async () => {
    const [unmatched] = byCode(findings, 'unmatched');
    expect(unmatched).toMatchObject({ statuses: ['200'], evidence: 'proven', counterexample: 'a' });
    const names = unmatched?.examples?.map((example) => example.name);
    // Its 504 pattern `.*Task timed out after \d+\.\d+ seconds$` takes all three timeout forms.
    expect(names).toEqual([
      'crash',
      'crash (with request id)',
      'unwrapped error',
      'thrown string',
      'thrown plain object',
      'rejected with null or undefined',
    ]);
    const messages = [
      unmatched?.counterexample as string,
      ...(unmatched?.examples ?? []).map((example) => example.message),
    ];
    expect(messages).toContain('Runtime exited with error: signal: killed');
    expect(await javaMatches(patternsOf(method), messages)).toEqual(messages.map(() => []));
  });

  it('reports forgeable tags, `.` and the Java/JavaScript differences, each confirmed by Java', async () => {
    const forgeable = byCode(findings, 'forgeable-tag');
    expect(forgeable.map((finding) => finding.statuses[0])).toEqual([
      '400',
      '401',
      '403',
      '404',
      '422',
      '500',
      '502',
      '504',
    ]);
    const java = await javaOnCounterexamples(method, forgeable);
    forgeable.forEach((finding, index) => {
      expect(finding.counterexample?.startsWith('Invalid order id: ')).toBe(true);
      expect(java[index]).toContain(finding.patterns[0]);
    });
    const [lineBreak] = byCode(findings, 'line-break');
    expect(lineBreak?.statuses).toEqual(['504']);
    expect(await javaOnCounterexamples(method, [lineBreak as Finding])).toEqual([[]]);
    const readDifferently = byCode(findings, 'read-differently');
    expect(readDifferently.map((finding) => finding.statuses[0])).toEqual(['500', '504']);
    const javaVerdicts = await javaOnCounterexamples(method, readDifferently);
    readDifferently.forEach((finding, index) => {
      const pattern = finding.patterns[0] as string;
      const javaScript = new RegExp(`^(?:${pattern})$`).test(finding.counterexample as string);
      expect((javaVerdicts[index] ?? []).includes(pattern)).toBe(!javaScript);
    });
  });

  it('reports that every response passes the raw Lambda error through (no templates)', () => {
    const echoes = byCode(findings, 'echoes-error');
    expect(echoes.map((finding) => finding.statuses[0])).toEqual([
      '400',
      '401',
      '403',
      '404',
      '422',
      '500',
      '502',
      '504',
      '200',
    ]);
    expect(byCode(findings, 'matches-empty')).toEqual([]);
    expect(byCode(findings, 'super-linear')).toEqual([]);
  });
});

describe('lint on the classic `.*[Not Found].*`', () => {
  const method = methodOf([
    ['200', undefined],
    ['400', '.*[Bad Request].*'],
    ['404', '.*[Not Found].*'],
  ]);
  const { findings } = lintMethods([method]);

  it('sees character classes where words were meant: they overlap on one shared letter', async () => {
    const [overlap] = byCode(findings, 'overlap');
    expect(overlap).toMatchObject({ statuses: ['400', '404'], counterexample: 'd', evidence: 'proven' });
    expect(await javaOnCounterexamples(method, [overlap as Finding])).toEqual([
      ['.*[Bad Request].*', '.*[Not Found].*'],
    ]);
  });

  it('reports super-linear backtracking, line breaks and the unmatched messages', async () => {
    expect(byCode(findings, 'super-linear').map((finding) => finding.statuses[0])).toEqual(['400', '404']);
    const lineBreaks = byCode(findings, 'line-break');
    expect(lineBreaks).toHaveLength(2);
    const [unmatched] = byCode(findings, 'unmatched');
    expect(unmatched?.counterexample).toBe('b');
    expect(await javaOnCounterexamples(method, [...lineBreaks, unmatched as Finding])).toEqual([[], [], []]);
  });
});

describe('lint on a hand-written set with a `.*` catch-all', () => {
  const method = methodOf([
    ['200', undefined],
    ['400', '.*Bad Request.*'],
    ['404', '.*Not Found.*'],
    ['500', '.*'],
  ]);
  const { findings } = lintMethods([method]);

  it('reports the catch-all matching successes, overlapping the others, and missing line breaks', async () => {
    expect(byCode(findings, 'matches-empty')).toMatchObject([{ statuses: ['500'], counterexample: '' }]);
    const overlaps = byCode(findings, 'overlap');
    expect(overlaps.map((finding) => finding.statuses.join('+'))).toEqual(['400+404', '400+500', '404+500']);
    const [unmatched] = byCode(findings, 'unmatched');
    expect(unmatched).toMatchObject({ counterexample: '\n', evidence: 'proven' });
    const java = await javaOnCounterexamples(method, [...overlaps, unmatched as Finding]);
    overlaps.forEach((finding, index) => {
      expect(java[index]).toEqual(expect.arrayContaining([...finding.patterns]));
    });
    expect(java[3]).toEqual([]);
    expect(await javaMatches(['.*'], [''])).toEqual([['.*']]);
  });
});

describe('lint on our own generated output', () => {
  const catalogs = [
    defaultCatalog,
    defineErrorCatalog({
      OrderNotFound: { status: 404 },
      Throttled: { status: 429, retryAfterSeconds: 5 },
      Broken: { status: 500 },
    }),
  ];
  it.each([
    [0, {}],
    [0, { corsOrigin: 'https://app.example.com' }],
    [1, { timeoutStatus: 503, catchAllStatus: 502 }],
    [1, { successStatus: 201, catchAllStatus: 500 }],
  ] as const)('is clean (catalog %p, options %p), every check proven', (catalogIndex, options) => {
    const model = integrationResponses(catalogs[catalogIndex], options);
    const report = lintMethods([{ path: '/orders', httpMethod: 'POST', integration: model }]);
    expect(report.findings).toEqual([]);
    expect(report.methods).toEqual([
      {
        method: 'POST /orders',
        responses: model.integrationResponses.length,
        sampledPatterns: [],
        unprovenChecks: [],
      },
    ]);
  });
});
