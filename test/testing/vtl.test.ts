import { describe, expect, it } from '@jest/globals';
import {
  escapeJavaScript,
  MappingTemplateError,
  renderMappingTemplate,
  respondNonProxy,
  urlEncode,
} from '../../src/testing/index.js';

const errorBody = JSON.stringify({
  errorType: 'NotFound',
  errorMessage: '[404] {"title":"Not Found","status":404,"retryAfter":5}',
  trace: ['NotFound: x'],
});
const render = (template: string, body = errorBody) =>
  renderMappingTemplate(template, { body, requestId: 'req-9' });

describe('VTL mapping templates', () => {
  it('reads the body with $input.path, $input.json and $input.body', () => {
    const body = JSON.stringify({ a: { b: [10, 20] }, s: 'x' });
    expect(
      render("$input.path('$.a.b[1]')|$input.json('$.s')|$input.json('$.a')|$input.body", body).output,
    ).toBe(`20|"x"|{"b":[10,20]}|${body}`);
    expect(render("[$input.path('$.missing')]", body).output).toBe('[]');
  });

  it('refuses JSONPath outside the emulated subset', () => {
    expect(() => render("$input.path('$..x')")).toThrow(/outside the emulated subset/);
  });

  it('supports the Java String methods our templates use, with Java semantics', () => {
    const template = [
      "#set($m = $input.path('$.errorMessage'))",
      "#set($i = $m.indexOf(' '))",
      '#set($j = $i + 1)',
      "$m.length()|$m.substring(1, 4)|$m.startsWith('[404] ')|$m.contains('Found')|$i|$m.substring($j)",
    ].join('\n');
    expect(render(template).output).toBe(
      '55|404|true|true|5|{"title":"Not Found","status":404,"retryAfter":5}',
    );
    expect(
      render("#set($s = ' a-b-a ')[$s.trim()]|$s.replace('a', 'z')|$s.trim().matches('a.*')").output,
    ).toBe('[a-b-a]| z-b-z |true');
  });

  it('fails like Java on an out-of-range substring instead of clamping', () => {
    expect(() => render("$input.path('$.errorType').substring(99)")).toThrow(
      /StringIndexOutOfBoundsException/,
    );
  });

  it('parses JSON with $util.parseJson and escapes with $util.escapeJavaScript', () => {
    const template = [
      "#set($m = $input.path('$.errorMessage'))",
      '#set($p = $util.parseJson($m.substring(6)))',
      '$p.title $p.status "$util.escapeJavaScript($m)"',
    ].join('\n');
    expect(render(template).output).toBe(
      'Not Found 404 "[404] {\\"title\\":\\"Not Found\\",\\"status\\":404,\\"retryAfter\\":5}"',
    );
    expect(escapeJavaScript("it's a/b\n\u00e9\u2028")).toBe("it\\'s a\\/b\\n\\u00E9\\u2028");
    expect(urlEncode("a b*c!'~é")).toBe('a+b*c%21%27%7E%C3%A9');
    expect(render('$util.base64Encode("hé")|$util.urlEncode("a&b")|$util.base64Decode("aMOp")').output).toBe(
      'aMOp|a%26b|hé',
    );
  });

  it('exposes $context.requestId and records responseOverride status and hyphenated headers', () => {
    const rendered = render(
      '#set($context.responseOverride.status = 429)#set($context.responseOverride.header.Retry-After = "5")$context.requestId',
    );
    expect(rendered).toEqual({
      output: 'req-9',
      statusOverride: 429,
      headerOverrides: { 'Retry-After': '5' },
    });
  });

  it('refuses a second set of the same override (overrides are final)', () => {
    expect(() =>
      render(
        '#set($context.responseOverride.header.X-A = "1")#set($context.responseOverride.header.X-A = "2")',
      ),
    ).toThrow(/set twice/);
  });

  it("refuses arithmetic inside a method's arguments, as API Gateway's Velocity does", () => {
    expect(() => render("#set($i = 1)$input.path('$.errorType').substring($i + 2)")).toThrow(
      MappingTemplateError,
    );
    expect(() => render("#set($i = 1)$input.path('$.errorType').substring($i + 2)")).toThrow(
      /arithmetic \('\+'\) inside a method's arguments.*#set\(\$j = \$i \+ 2\)/s,
    );
  });

  it('refuses a template over 300 KB', () => {
    const big = 'x'.repeat(300 * 1024 + 1);
    expect(() => render(big)).toThrow(/307201 bytes; API Gateway accepts at most 307200/);
    expect(render('x'.repeat(300 * 1024)).output).toHaveLength(300 * 1024);
  });
});

describe('templates inside a response', () => {
  const outcome = {
    kind: 'error',
    payload: { errorType: 'E', errorMessage: '[503] {"status":503}', trace: [] },
  } as const;
  const integration = (templates: Record<string, string>, parameters: Record<string, string> = {}) => ({
    integrationResponses: [
      {
        statusCode: '503',
        selectionPattern: '\\[503\\] [\\s\\S]*',
        responseTemplates: templates,
        responseParameters: parameters,
      },
    ],
    methodResponses: [
      {
        statusCode: '503',
        responseParameters: Object.fromEntries(Object.keys(parameters).map((name) => [name, false])),
      },
    ],
  });

  it('passes the error payload through when the template is empty', () => {
    const response = respondNonProxy({
      outcome,
      integration: integration({ 'application/json': '' }),
      requestId: 'r',
    });
    expect(response.body).toBe('{"errorType":"E","errorMessage":"[503] {\\"status\\":503}","trace":[]}');
  });

  it('takes Content-Type from the template key, the Accept header choosing among several', () => {
    const templates = { 'application/json': 'json', 'text/plain': 'text' };
    expect(respondNonProxy({ outcome, integration: integration(templates), requestId: 'r' })).toEqual({
      statusCode: 503,
      headers: { 'Content-Type': 'application/json' },
      body: 'json',
    });
    const text = respondNonProxy({
      outcome,
      integration: integration(templates),
      requestId: 'r',
      accept: 'text/plain',
    });
    expect(text.headers).toEqual({ 'Content-Type': 'text/plain' });
    expect(text.body).toBe('text');
  });

  it('lets a Content-Type response parameter win over the template key, and overrides win over both', () => {
    const response = respondNonProxy({
      outcome,
      integration: integration(
        { 'application/json': '#set($context.responseOverride.header.Retry-After = "30")ok' },
        {
          'method.response.header.Content-Type': "'application/problem+json'",
          'method.response.header.Retry-After': "'5'",
        },
      ),
      requestId: 'r',
    });
    expect(response).toEqual({
      statusCode: 503,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
      body: 'ok',
    });
  });

  it('maps integration.response.body.errorMessage.x only when the errorMessage is pure JSON', () => {
    const parameters = { 'method.response.header.X-Status': 'integration.response.body.errorMessage.status' };
    const pure = {
      kind: 'error',
      payload: { errorType: 'E', errorMessage: '{"status":503}', trace: [] },
    } as const;
    const withPattern = (pattern: string) => {
      const config = integration({}, parameters);
      return {
        ...config,
        integrationResponses: config.integrationResponses.map((response) => ({
          ...response,
          selectionPattern: pattern,
        })),
      };
    };
    expect(
      respondNonProxy({ outcome: pure, integration: withPattern('\\{[\\s\\S]*'), requestId: 'r' }).headers,
    ).toEqual({
      'Content-Type': 'application/json',
      'X-Status': '503',
    });
    expect(
      respondNonProxy({ outcome, integration: integration({}, parameters), requestId: 'r' }).headers,
    ).toEqual({
      'Content-Type': 'application/json',
    });
  });

  it('refuses undeclared headers and unemulated sources', () => {
    const undeclared = integration({}, {});
    const withParameter = {
      ...undeclared,
      integrationResponses: undeclared.integrationResponses.map((response) => ({
        ...response,
        responseParameters: { 'method.response.header.X-A': "'1'" },
      })),
    };
    expect(() => respondNonProxy({ outcome, integration: withParameter, requestId: 'r' })).toThrow(
      /not declared by the method response for status 503/,
    );
    const header = integration(
      {},
      { 'method.response.header.X-A': 'integration.response.header.X-Amz-Function-Error' },
    );
    expect(() => respondNonProxy({ outcome, integration: header, requestId: 'r' })).toThrow(
      /is not emulated/,
    );
  });

  it('answers 500 when the template fails while rendering', () => {
    const lines: string[] = [];
    const response = respondNonProxy({
      outcome,
      integration: integration({ 'application/json': "$util.parseJson($input.path('$.errorType'))" }),
      requestId: 'r',
      log: (line) => lines.push(line),
    });
    expect(response.statusCode).toBe(500);
    expect(response.body).toBe('{"message": "Internal server error"}');
    expect(lines[0]).toMatch(/Unable to transform response: \$util.parseJson could not parse "E"/);
  });
});
