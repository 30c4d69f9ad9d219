/**
 * The text report groups what repeats: methods with one configuration are listed once, each kind of finding
 * under one heading ending with the fix, and a root cause lint recognises named once.
 */
import { describe, expect, it } from '@jest/globals';
import { analysePattern } from '../../src/lint/context.js';
import { formatLintText } from '../../src/lint/format-report.js';
import { lintGroups, lintMethods } from '../../src/lint/lint.js';
import { methodOf, serverlessLintMethods } from './support.js';

/** A service of `count` functions, each with one `integration: lambda` event on the framework's defaults. */
function defaultsService(count: number) {
  const functions = Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      `get${index}`,
      {
        handler: `handler.get${index}`,
        events: [{ http: { path: `items${index}/{id}`, method: 'get', integration: 'lambda' } }],
      },
    ]),
  );
  return serverlessLintMethods({ functions });
}

describe('grouped text output', () => {
  it('prints the Serverless v3 defaults on 50 methods as one group per finding kind', () => {
    const methods = defaultsService(50);
    const report = lintMethods(methods);
    const text = formatLintText(report, { file: 'serverless.yml' });
    const lines = text.split('\n');
    const codes = [...new Set(report.findings.map((finding) => finding.code))];
    expect(codes.length).toBeGreaterThanOrEqual(4);

    const headers = lines.filter((line) => /^50 methods with the same configuration: /.test(line));
    expect(headers).toHaveLength(1);
    for (let index = 0; index < 50; index++)
      expect(headers[0]).toContain(
        `GET /items${index}/{id} (functions.get${index} (GET /items${index}/{id}))`,
      );
    expect(
      lines.filter((line) => line.startsWith('  root cause: the Serverless Framework v3 default patterns')),
    ).toHaveLength(1);
    // One heading per kind, each group of findings followed by its fix.
    const headings = lines.filter((line) => /^ {2}[a-z-]+: \d+ × /.test(line));
    expect(headings.map((line) => line.trim().split(':')[0])).toEqual(codes);
    const fixes = lines.filter((line) =>
      line.startsWith('  fix: add lambda-error-map/serverless to the plugins'),
    );
    expect(fixes).toHaveLength(codes.length);
    for (const heading of headings) {
      const next = lines
        .slice(lines.indexOf(heading) + 1)
        .find((line) => /^ {2}(fix|[a-z-]+: \d+ ×)/.test(line));
      expect(next).toMatch(/^ {2}fix: /);
    }
    // Each of the 28 pairwise overlaps once, not once per method.
    expect(lines.filter((line) => line.startsWith('  overlap [400, 401] (proven)'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('  overlap ['))).toHaveLength(28);
    const perMethod = report.findings.length / 50;
    expect(lines.at(-2)).toBe(
      `serverless.yml: ${report.findings.length} finding(s) in 50 method(s) (1 configuration(s)): ` +
        `${report.findings.filter((finding) => finding.evidence === 'proven').length} proven, ` +
        `${report.findings.filter((finding) => finding.evidence === 'sampled').length} sampled, ` +
        `${report.findings.filter((finding) => finding.evidence === 'static').length} static.`,
    );
    expect(headers[0]).toMatch(new RegExp(`: ${perMethod} finding\\(s\\) each$`));
  });

  it('analyses a shared configuration once and still reports each method in JSON', () => {
    const methods = defaultsService(3);
    const groups = [...lintGroups(methods)];
    expect(groups).toHaveLength(1);
    expect(groups[0]?.methods.map((method) => method.method)).toEqual([
      'GET /items0/{id}',
      'GET /items1/{id}',
      'GET /items2/{id}',
    ]);
    const report = lintMethods(methods);
    expect(report.findings.length).toBe(3 * (groups[0]?.findings.length ?? 0));
    expect(new Set(report.findings.map((finding) => finding.method)).size).toBe(3);
  });

  it('analyses a pattern once for every response that has it', () => {
    const [first, second] = ['400', '404'].map((statusCode) =>
      analysePattern(
        { statusCode, selectionPattern: 'a*a*b', responseTemplates: {}, responseParameters: {} },
        'a*a*b',
      ),
    );
    expect(first?.language).toBeDefined();
    expect(second?.language).toBe(first?.language);
    expect(second?.backtracking).toBe(first?.backtracking);
    expect(second?.response.statusCode).toBe('404');
  });

  it('names apply --replace as the fix for a template, and keeps different configurations apart', () => {
    const unanchored = {
      ...methodOf([
        ['200', undefined],
        ['404', '.*\\[404\\].*'],
      ]),
      origin: 'resource GetOrder',
    };
    const other = {
      ...methodOf(
        [
          ['200', undefined],
          ['400', '.*\\[400\\].*'],
        ],
        '/other',
      ),
      origin: 'resource GetOther',
    };
    const text = formatLintText(lintMethods([unanchored, other]), { file: 'template.yaml' });
    expect(text).toContain('GET /orders/{id} (resource GetOrder): ');
    expect(text).toContain('GET /other (resource GetOther): ');
    expect(text).toContain(
      '  fix: run `lambda-error-map apply --template template.yaml --replace`: it replaces the hand-written error responses',
    );
    expect(text).not.toContain('root cause');
  });

  it('lists each method left alone on a not checked line before the summary, which counts them', () => {
    const skipped = [
      { where: 'resource QueueOrder (AWS::ApiGateway::Method)', reason: 'asynchronous' },
      { where: 'PUT /orders in the OpenAPI document', reason: 'its integration is a $ref' },
    ];
    const report = lintMethods(defaultsService(2), skipped);
    expect(report.skipped).toEqual(skipped);
    const lines = formatLintText(report, { file: 'template.yaml' }).trimEnd().split('\n');
    expect(lines.slice(-3, -1)).toEqual([
      'resource QueueOrder (AWS::ApiGateway::Method): not checked: asynchronous',
      'PUT /orders in the OpenAPI document: not checked: its integration is a $ref',
    ]);
    expect(lines.at(-1)).toMatch(/ static; 2 method\(s\) not checked \(listed above\)\.$/);
    const alone = formatLintText(lintMethods([], skipped), { file: 'template.yaml' }).trimEnd().split('\n');
    expect(alone.at(-1)).toBe(
      'template.yaml: No non-proxy Lambda method found; 2 method(s) not checked (listed above).',
    );
  });
});
