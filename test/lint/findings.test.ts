/**
 * Each kind of finding on a small configuration made to show it, including the paths where automata cannot
 * decide and lint samples instead (the Java checks of counterexamples: findings.java.test.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { explainMessage } from '../../src/lint/explain.js';
import { formatExplainText, formatLintText, quoted } from '../../src/lint/format-report.js';
import { lintMethods } from '../../src/lint/lint.js';
import type { LintMethod } from '../../src/lint/lint-types.js';
import { lintMethodsFromText } from '../../src/lint/load-input.js';
import { sharedIntegrationTemplate } from '../support/aliased-template.js';
import { byCode, methodOf } from './support.js';

const TAGGED_TEMPLATE = "#set($m = $input.path('$.errorMessage'))\n$m";

describe('lint findings', () => {
  it('finds `.` and forgery by sampling in a pattern the automata cannot represent', () => {
    const method = methodOf([
      ['200', undefined],
      ['404', '.*\\[404\\](?<=\\]).*'],
      ['500', '(?!\\[404\\])[\\s\\S]+(?<=a)b'],
    ]);
    const { findings, methods } = lintMethods([method]);
    expect(methods[0]?.sampledPatterns).toEqual(['.*\\[404\\](?<=\\]).*', '(?!\\[404\\])[\\s\\S]+(?<=a)b']);
    expect(byCode(findings, 'line-break')).toMatchObject([
      { statuses: ['404'], evidence: 'sampled', counterexample: 'a\n[404]' },
    ]);
    expect(byCode(findings, 'forgeable-tag')).toMatchObject([
      { statuses: ['404'], evidence: 'sampled', counterexample: 'Invalid order id: [404]' },
    ]);
  });

  it('finds an overlap by sampling when one pattern has a lookbehind, with the runtime message both select', () => {
    const method = methodOf([
      ['200', undefined],
      ['504', '.*(?<=timed )out.*'],
      ['500', '.*Task timed out.*'],
    ]);
    const { findings } = lintMethods([method]);
    expect(byCode(findings, 'overlap')).toMatchObject([
      {
        statuses: ['504', '500'],
        counterexample: 'Task timed out after 3.00 seconds',
        evidence: 'sampled',
      },
    ]);
  });

  it('reports an unmatched message found by sampling, without examples when every runtime message is selected', () => {
    // Every message of two characters or more: the runtime's messages all reach 500, "a" reaches 200.
    const report = lintMethods([
      methodOf([
        ['200', undefined],
        ['500', '[\\s\\S](?<=[\\s\\S])[\\s\\S]+'],
      ]),
    ]);
    const [unmatched] = byCode(report.findings, 'unmatched');
    expect(unmatched).toMatchObject({ statuses: ['200'], counterexample: 'a', evidence: 'sampled' });
    expect(unmatched?.message).toBe(
      'errors that match no pattern get the default response (200, usually the success status)',
    );
    expect(unmatched).not.toHaveProperty('examples');
  });

  it('labels a pair whose intersection exceeds the node limit "sampled, not proven", found or not', () => {
    // Each fits in about 150 states; their product does not fit in the limit.
    const method = methodOf([
      ['200', undefined],
      ['400', '[\\s\\S]*a[\\s\\S]{150}'],
      ['404', '[\\s\\S]*b[\\s\\S]{150}'],
    ]);
    const report = lintMethods([method]);
    expect(report.methods[0]?.sampledPatterns).toEqual([]);
    expect(report.methods[0]?.unprovenChecks).toContain('overlap of 400 and 404');
    expect(byCode(report.findings, 'overlap')).toEqual([]);
    expect(formatLintText(report)).toMatch(
      /\n {2}sampled, not proven \(over the automata node limit\): .*overlap of 400 and 404/,
    );
  });

  it.each([
    ['a range of 400 million numbers', '#foreach($i in [1..400000000])$i#end'],
    ['a string doubled 40 times', '#set($s = "0123456789")#foreach($i in [1..40])#set($s = "$s$s")#end$s'],
    [
      'a loop nested three deep',
      '#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])#end#end#end',
    ],
  ])('reports a template that renders %s as one finding, not a crash', (_, template) => {
    const method = methodOf([
      ['200', undefined, { 'application/json': '{}' }],
      ['400', '\\[400\\][\\s\\S]*', { 'application/json': template }],
    ]);
    expect(byCode(lintMethods([method]).findings, 'template-over-budget')).toMatchObject([
      { statuses: ['400'], patterns: ['\\[400\\][\\s\\S]*'], evidence: 'static' },
    ]);
  });

  it('reports syntax outside the shared subset and stops there', () => {
    const method = methodOf([
      ['200', undefined],
      ['404', '(?i)not found'],
      ['500', '\\[500\\][\\s\\S]*'],
    ]);
    const { findings } = lintMethods([method]);
    expect(byCode(findings, 'not-portable')).toEqual([
      {
        code: 'not-portable',
        method: 'GET /orders/{id}',
        statuses: ['404'],
        patterns: ['(?i)not found'],
        message: expect.stringContaining('the group "(?i)" (inline flags'),
        evidence: 'static',
      },
    ]);
    // The unknown pattern could match anything under Java: no "matches no pattern" claim.
    expect(byCode(findings, 'unmatched')).toEqual([]);
  });

  it('reports exponential backtracking', () => {
    const { findings } = lintMethods([
      methodOf([
        ['200', undefined],
        ['500', '(a+)+b'],
      ]),
    ]);
    expect(byCode(findings, 'super-linear')).toMatchObject([
      {
        statuses: ['500'],
        evidence: 'static',
        message: expect.stringContaining(
          'exponential time on a long message: a+ can both match a run of "a"',
        ),
      },
    ]);
  });

  it('reports a template copying errorMessage, and accepts one that never does', () => {
    const method = methodOf([
      ['200', undefined, { 'application/json': "$input.json('$')" }],
      ['404', '\\[404\\][\\s\\S]*', { 'application/json': TAGGED_TEMPLATE, 'text/plain': 'Not found' }],
      [
        '500',
        '(?!\\[404\\])[\\s\\S]+',
        { 'application/json': '{"message":"Internal error","requestId":"$context.requestId"}' },
      ],
    ]);
    const { findings } = lintMethods([method]);
    expect(byCode(findings, 'echoes-error')).toEqual([
      {
        code: 'echoes-error',
        method: 'GET /orders/{id}',
        statuses: ['404'],
        patterns: ['\\[404\\][\\s\\S]*'],
        message: expect.stringContaining(
          'has a template (application/json) that copies the raw error into the body',
        ),
        counterexample: '[404]internal-detail-7f3a',
        evidence: 'sampled',
      },
    ]);
    expect(findings.filter((finding) => finding.code !== 'echoes-error')).toEqual([]);
  });

  it('probes by sampling when the automata cannot represent a pattern, and skips a template that fails', () => {
    const method = methodOf([
      ['200', undefined],
      ['404', '\\[404\\](?<=\\])[\\s\\S]*', { 'application/json': TAGGED_TEMPLATE }],
      [
        '500',
        '(?!\\[404\\])[\\s\\S]+',
        { 'application/json': "$util.parseJson($input.path('$.errorMessage')).x" },
      ],
    ]);
    const echoes = byCode(lintMethods([method]).findings, 'echoes-error');
    expect(echoes).toMatchObject([
      { statuses: ['404'], evidence: 'sampled', counterexample: '[404] internal-detail-7f3a' },
    ]);
  });

  it('reports configurations API Gateway cannot serve', () => {
    const method: LintMethod = {
      ...methodOf([
        ['200', undefined],
        ['201', undefined],
        ['404', '\\[404\\][\\s\\S]*'],
        ['404', '\\[404\\] [\\s\\S]*'],
      ]),
    };
    const missing: LintMethod = { ...method, integration: { ...method.integration, methodResponses: [] } };
    const codes = lintMethods([missing]).findings.filter(
      (finding) => finding.code === 'invalid-configuration' || finding.code === 'missing-method-response',
    );
    expect(codes.map((finding) => [finding.code, finding.statuses.join('+')])).toEqual([
      ['invalid-configuration', '404'],
      ['invalid-configuration', '200+201'],
      ['missing-method-response', '200'],
      ['missing-method-response', '201'],
      ['missing-method-response', '404'],
      ['missing-method-response', '404'],
    ]);
    const unknown: LintMethod = { ...missing, methodResponsesKnown: false };
    expect(byCode(lintMethods([unknown]).findings, 'missing-method-response')).toEqual([]);
    const noDefault = lintMethods([methodOf([['404', '\\[404\\][\\s\\S]*']])]).findings;
    expect(byCode(noDefault, 'invalid-configuration')).toMatchObject([
      { statuses: [], message: expect.stringContaining('no response is the default') },
    ]);
    expect(formatLintText(lintMethods([methodOf([['404', '\\[404\\][\\s\\S]*']])]))).toContain(
      '  invalid-configuration [-] (static): no response is the default',
    );
    expect(byCode(noDefault, 'unmatched')).toMatchObject([
      {
        statuses: [],
        message: expect.stringContaining(
          'no response at all (API Gateway answers 500 Internal server error)',
        ),
      },
    ]);
  });

  it('writes a method without findings as clean, and a file without methods as such', () => {
    const clean = lintMethods([
      methodOf([
        ['200', undefined],
        ['500', '[\\s\\S]+', { 'application/json': '{"message":"Internal error"}' }],
      ]),
    ]);
    expect(formatLintText(clean)).toBe(
      'GET /orders/{id}: clean\n0 finding(s) in 1 method(s): 0 proven, 0 sampled, 0 static.\n',
    );
    expect(formatLintText(lintMethods([]))).toBe('No non-proxy Lambda method found.\n');
    expect(quoted('a\u00a0b\u2028\ud800')).toBe('"a\\u00a0b\\u2028\\ud800"');
  });
});

describe('lint and explain edges', () => {
  it('skips a template the emulator refuses (over 300 KB)', () => {
    const huge = `{"a":"${'x'.repeat(310_000)}"}`;
    const method = methodOf([
      ['200', undefined, { 'application/json': '{}' }],
      ['500', '[\\s\\S]+', { 'application/json': huge }],
    ]);
    expect(byCode(lintMethods([method]).findings, 'echoes-error')).toEqual([]);
  });

  it('writes what explain found, logs, unevaluated patterns and the findings that make the method invalid included', () => {
    const method = methodOf([
      ['404', '\\[404\\][\\s\\S]*'],
      ['409', '(?i)conflict'],
    ]);
    const broken = { ...method, integration: { ...method.integration, methodResponses: [] } };
    expect(formatExplainText('[404] x', explainMessage([broken], '[404] x'))).toBe(
      [
        'errorMessage: "[404] x"',
        'GET /orders/{id}: selected by its pattern',
        '  integration response 404 (pattern "\\\\[404\\\\][\\\\s\\\\S]*")',
        '    client gets 500, Content-Type: application/json',
        '    body: {"message": "Internal server error"}',
        '    API Gateway logs: Execution failed due to configuration error: Output mapping refers to an invalid method response: 404',
        '  not evaluated: "(?i)conflict" (the group "(?i)" (inline flags, atomic and named groups are not portable))',
        '  invalid-configuration [-] (static): no response is the default (no selection pattern): successful invocations get 500 Internal server error',
        '  missing-method-response [404] (static): status 404 has no method response: API Gateway answers 500 ("Output mapping refers to an invalid method response") instead',
        '    pattern: "\\\\[404\\\\][\\\\s\\\\S]*"',
        '  missing-method-response [409] (static): status 409 has no method response: API Gateway answers 500 ("Output mapping refers to an invalid method response") instead',
        '    pattern: "(?i)conflict"',
        '',
      ].join('\n'),
    );
    expect(formatExplainText('boom', explainMessage([method], 'boom'))).toContain(
      'GET /orders/{id}: no pattern matches and there is no default response\n  none\n    client gets 500',
    );
  });
});

describe('lint on a template whose methods share an integration through a YAML alias', () => {
  const template = sharedIntegrationTemplate(
    `        IntegrationResponses:
          - StatusCode: "200"
          - StatusCode: "404"
            SelectionPattern: '\\[404\\] [\\s\\S]*'
`,
    `      MethodResponses:
        - StatusCode: "200"
        - StatusCode: "404"
`,
  );

  it('reads both methods, and finds the method responses the second one lacks', () => {
    const methods = lintMethodsFromText(template, 'template.yaml');
    expect(methods.map((method) => method.httpMethod)).toEqual(['GET', 'PUT']);
    const missing = byCode(lintMethods(methods).findings, 'missing-method-response');
    expect(missing.map((finding) => [finding.method, finding.statuses.join('+')])).toEqual([
      ['PUT resource Put (AWS::ApiGateway::Method)', '200'],
      ['PUT resource Put (AWS::ApiGateway::Method)', '404'],
    ]);
  });
});

describe('lint on templates stored in Mappings', () => {
  it('checks the text a !FindInMap names, not the reference', () => {
    const text = `Mappings:
  Shared:
    Templates:
      Raw: $input.path('$.errorMessage')
Resources:
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
        Type: AWS
        Uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations
        IntegrationResponses:
          - StatusCode: "200"
          - StatusCode: "500"
            SelectionPattern: '[\\s\\S]+'
            ResponseTemplates:
              application/json: !FindInMap [Shared, Templates, Raw]
      MethodResponses:
        - StatusCode: "200"
        - StatusCode: "500"
`;
    const methods = lintMethodsFromText(text, 'template.yaml');
    expect(methods[0]?.integration.integrationResponses[1]?.responseTemplates).toEqual({
      'application/json': "$input.path('$.errorMessage')",
    });
    expect(byCode(lintMethods(methods).findings, 'echoes-error')).toHaveLength(1);
  });
});
