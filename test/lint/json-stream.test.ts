import { describe, expect, it } from '@jest/globals';
import { formatLintSarif, writeLintSarif } from '../../src/lint/format-sarif.js';
import { LazyArray, prettyJson, writePrettyJson } from '../../src/lint/json-stream.js';
import type { LintReport } from '../../src/lint/lint-types.js';

const VALUES: unknown[] = [
  { version: 1, clean: true, methods: [], findings: [] },
  { a: [1, [2, [3, [4, { deep: ['x\ny', null] }]]]], b: undefined, c: {}, d: 'é\u2028"' },
  [{ x: undefined, y: [undefined, () => 1] }, 'plain', 3.5, false, null],
  'a string',
  { nested: { objects: { beyond: { the: { streamed: 'depth' } } } } },
];

describe('writePrettyJson', () => {
  it.each(VALUES)('writes what JSON.stringify(value, null, 2) writes (%#)', (value) => {
    expect(prettyJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes a LazyArray as an array, making its items only while writing, in chunks', () => {
    let made = 0;
    const items = new LazyArray(function* () {
      for (let index = 0; index < 5000; index++) {
        made++;
        yield { index, text: 'x'.repeat(20) };
      }
    });
    expect(made).toBe(0);
    const chunks: string[] = [];
    writePrettyJson({ results: items }, (chunk) => chunks.push(chunk));
    expect(made).toBe(5000);
    expect(chunks.length).toBeGreaterThan(3);
    const expected = Array.from({ length: 5000 }, (_, index) => ({ index, text: 'x'.repeat(20) }));
    expect(chunks.join('')).toBe(`${JSON.stringify({ results: expected }, null, 2)}\n`);
    expect(prettyJson(new LazyArray(() => []))).toBe('[]\n');
  });
});

describe('the SARIF log of a lint report', () => {
  const report: LintReport = {
    methods: [],
    skipped: [{ where: 'functions.queue (POST /jobs)', reason: 'asynchronous integration' }],
    findings: [
      {
        code: 'overlap',
        method: 'GET /orders/{id}',
        statuses: ['400', '404'],
        patterns: ['.*Bad.*', '.*Not.*'],
        message: 'the patterns of 400 and 404 both match one message',
        counterexample: 'Bad Not',
        evidence: 'proven',
        line: 12,
      },
      {
        code: 'missing-method-response',
        method: 'GET /orders/{id}',
        statuses: ['409'],
        patterns: ['.*Conflict.*'],
        message: 'no method response declares 409',
        evidence: 'static',
      },
    ],
  };

  it('gives each result its message, its counterexample when there is one, and its line when known', () => {
    const log = JSON.parse(formatLintSarif(report, { file: 'serverless.yml', toolVersion: '1.2.3' }));
    const [overlap, missing] = log.runs[0].results;
    expect(overlap.message.text).toBe(
      'GET /orders/{id}: the patterns of 400 and 404 both match one message. Counterexample errorMessage: "Bad Not".',
    );
    expect(overlap.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'serverless.yml', index: 0 },
      region: { startLine: 12 },
    });
    expect(overlap.properties.counterexample).toBe('Bad Not');
    expect(missing.message.text).toBe('GET /orders/{id}: no method response declares 409.');
    expect(missing.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'serverless.yml', index: 0 },
    });
    expect(missing.properties).not.toHaveProperty('counterexample');
    expect(missing.ruleId).toBe('missing-method-response');
  });

  it('names an absolute file by a file: URI, a relative one by its path without ./, encoded', () => {
    const uris = (file: string) => {
      const log = JSON.parse(formatLintSarif(report, { file, toolVersion: '1.2.3' }));
      return [
        log.runs[0].artifacts[0].location.uri,
        log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
        log.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation
          .artifactLocation.uri,
      ];
    };
    expect(uris('/srv/my api/serverless.yml')).toEqual(Array(3).fill('file:///srv/my%20api/serverless.yml'));
    expect(uris('./svc\\serverless.yml')).toEqual(Array(3).fill('svc/serverless.yml'));
  });

  it('writes through writeLintSarif the text formatLintSarif returns', () => {
    const options = { file: 'serverless.yml', toolVersion: '1.2.3' };
    const chunks: string[] = [];
    writeLintSarif(report, options, (chunk) => chunks.push(chunk));
    expect(chunks.join('')).toBe(formatLintSarif(report, options));
    const notification = JSON.parse(chunks.join('')).runs[0].invocations[0].toolExecutionNotifications[0];
    expect(notification.message.text).toBe(
      'functions.queue (POST /jobs): not checked: asynchronous integration',
    );
  });
});
