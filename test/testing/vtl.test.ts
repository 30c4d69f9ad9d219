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

/** One 503 integration response with these templates and parameters, and its method response declaring them. */
function integration(templates: Record<string, string>, parameters: Record<string, string> = {}) {
  return {
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
  };
}

describe('templates inside a response', () => {
  const outcome = {
    kind: 'error',
    payload: { errorType: 'E', errorMessage: '[503] {"status":503}', trace: [] },
  } as const;

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

describe('response options and parameters', () => {
  const outcome = {
    kind: 'error',
    payload: { errorType: 'E', errorMessage: '[503] {"status":503,"detail":null}', trace: [] },
  } as const;

  it('gives templates the request context and stage variables', () => {
    const response = respondNonProxy({
      outcome,
      integration: integration({
        'application/json': '$context.stage $stageVariables.env $context.requestId',
      }),
      requestId: 'r-1',
      requestContext: { stage: 'prod' },
      stageVariables: { env: 'blue' },
    });
    expect(response.body).toBe('prod blue r-1');
  });

  it('falls back to application/json when the Accept header names no template type', () => {
    const templates = { 'text/plain': 'text', 'application/json': 'json' };
    const response = respondNonProxy({
      outcome,
      integration: integration(templates),
      requestId: 'r',
      accept: 'text/html',
    });
    expect(response).toEqual({
      statusCode: 503,
      headers: { 'Content-Type': 'application/json' },
      body: 'json',
    });
  });

  it('passes the payload through for a template left empty in YAML (null)', () => {
    const method = JSON.parse(
      '{"Integration":{"IntegrationResponses":[{"StatusCode":503,"SelectionPattern":"\\\\[503\\\\] [\\\\s\\\\S]*","ResponseTemplates":{"application/json":null}}]},"MethodResponses":[{"StatusCode":503}]}',
    );
    expect(respondNonProxy({ outcome, integration: method, requestId: 'r' })).toEqual({
      statusCode: 503,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(outcome.payload),
    });
  });

  it('throws MappingTemplateError for an invalid template instead of answering 500', () => {
    expect(() =>
      respondNonProxy({
        outcome,
        integration: integration({ 'application/json': "#set($a = 'x'.length())" }),
        requestId: 'r',
      }),
    ).toThrow(MappingTemplateError);
  });

  it('maps the whole body, a string field, and omits a null field', () => {
    const parameters = {
      'method.response.header.X-Body': 'integration.response.body',
      'method.response.header.X-Type': 'integration.response.body.errorType',
      'method.response.header.X-Detail': 'integration.response.body.errorMessage.detail',
    };
    const pureJson = { ...outcome, payload: { ...outcome.payload, errorMessage: '{"detail":null}' } };
    const config = integration({}, parameters);
    const defaultOnly = {
      ...config,
      integrationResponses: config.integrationResponses.map((response) => ({
        ...response,
        selectionPattern: undefined,
      })),
    };
    expect(respondNonProxy({ outcome: pureJson, integration: defaultOnly, requestId: 'r' }).headers).toEqual({
      'Content-Type': 'application/json',
      'X-Body': JSON.stringify(pureJson.payload),
      'X-Type': 'E',
    });
  });

  it('refuses a response parameter that is not a method response header', () => {
    const config = integration({}, { 'method.response.body': "'x'" });
    expect(() => respondNonProxy({ outcome, integration: config, requestId: 'r' })).toThrow(
      'response parameter "method.response.body" must be named method.response.header.<Name>',
    );
  });
});

describe('Java String methods in templates', () => {
  const say = (template: string) => render(`#set($s = 'a,b,,')${template}`).output;

  it('answers length(), isEmpty(), equals, equalsIgnoreCase and toString() as java.lang.String does', () => {
    expect(say('$s.length()|$s.isEmpty()|$s.equals("a,b,,")|$s.equals("A,B,,")|$s.toString()')).toBe(
      '5|false|true|false|a,b,,',
    );
    expect(say('$s.equalsIgnoreCase("A,B,,")|$s.equalsIgnoreCase("a,b")|$s.equalsIgnoreCase(5)')).toBe(
      'true|false|false',
    );
    expect(render("#set($e = '')$e.isEmpty()|$e.length()").output).toBe('true|0');
  });

  it('replaces literally with replace, and by regex with replaceAll and replaceFirst', () => {
    expect(say("$s.replace(',', '$&')|$s.replaceAll('[ab]', 'x')|$s.replaceFirst('[ab]', 'x')")).toBe(
      'a$&b$&$&|x,x,,|x,b,,',
    );
    expect(say("$s.replaceAll('(a)', '<$1>')")).toBe('<a>,b,,');
  });

  it('splits like Java: trailing empty strings dropped, no match gives the whole string', () => {
    const items = (text: string, regex: string) =>
      render(`#set($t = '${text}')#set($parts = $t.split('${regex}'))#foreach($p in $parts)[$p]#end`).output;
    expect(items('a,b,,', ',')).toBe('[a][b]');
    expect(items('a,,b', ',')).toBe('[a][][b]');
    expect(items(',,', ',')).toBe('');
    expect(items(',a', ',')).toBe('[][a]');
    expect(items('', ',')).toBe('[]');
    expect(items('', 'x*')).toBe('[]');
    expect(items('abc', '')).toBe('[a][b][c]');
    expect(items('a1b2', '(\\d)')).toBe('[a][b]');
  });

  it('reads charAt in range and fails like Java outside it', () => {
    expect(say('$s.charAt(0)$s.charAt(4)')).toBe('a,');
    expect(() => say('$s.charAt(5)')).toThrow('StringIndexOutOfBoundsException in charAt: index 5, length 5');
    expect(() => say('$s.charAt(-1)')).toThrow(
      'StringIndexOutOfBoundsException in charAt: index -1, length 5',
    );
    expect(() => say('$s.substring(2, 1)')).toThrow(
      'StringIndexOutOfBoundsException in substring: begin 2, end 1, length 5',
    );
  });
});

describe('java.util.Map and List methods on parsed JSON', () => {
  const body = JSON.stringify({ list: [1, 'x'], empty: [], map: { a: null }, none: {} });
  const read = (template: string) => render(template, body).output;

  it('answers isEmpty, containsKey and contains', () => {
    expect(
      read(
        '#set($d = $util.parseJson($input.body))$d.list.isEmpty()|$d.empty.isEmpty()|$d.map.isEmpty()|$d.none.isEmpty()',
      ),
    ).toBe('false|true|false|true');
    expect(
      read(
        "#set($d = $util.parseJson($input.body))$d.map.containsKey('a')|$d.map.containsKey('b')|$d.list.contains('x')|$d.list.contains('y')|$d.map.contains('a')",
      ),
    ).toBe('true|false|true|false|false');
  });
});

describe('template variables and JSONPath', () => {
  it('reads bracketed names with either quote, and renders a missing $input.json as empty', () => {
    const body = JSON.stringify({ 'a-b': { 'c d': 1 } });
    expect(
      render(`$input.path("$['a-b']['c d']")|$input.json('$["a-b"]')|[$input.json('$.x')]`, body).output,
    ).toBe('1|{"c d":1}|[]');
  });

  it('refuses a JSONPath that does not start with $', () => {
    expect(() => render("$input.path('errorType')")).toThrow('JSONPath "errorType" must start with $');
  });

  it('decodes with $util.urlDecode as java.net.URLDecoder does', () => {
    expect(render('$util.urlDecode("a+b%26c%C3%A9")').output).toBe('a b&cé');
  });

  it('reads back a status override, and refuses a second one', () => {
    const rendered = render('#set($context.responseOverride.status = 404)$context.responseOverride.status');
    expect(rendered.output).toBe('404');
    expect(rendered.statusOverride).toBe(404);
    expect(() =>
      render('#set($context.responseOverride.status = 404)#set($context.responseOverride.status = 500)'),
    ).toThrow('$context.responseOverride.status was set twice');
  });

  it('refuses a template that is not valid VTL', () => {
    expect(() => render("#set($a = 'x'.length())")).toThrow(MappingTemplateError);
    expect(() => render("#set($a = 'x'.length())")).toThrow(/^mapping template is not valid VTL: /);
  });

  it("reads the request's parameters with $input.params(): all by location, or one by name (path, query, header)", () => {
    const params = {
      path: { id: 'p' },
      querystring: { id: 'q', sort: 'asc' },
      header: { id: 'h', 'X-Trace': 't' },
    };
    const template =
      "$input.params('id') $input.params('sort') $input.params('X-Trace') [$input.params('none')] $input.params().querystring.sort $input.params().path.keySet()";
    expect(renderMappingTemplate(template, { body: '{}', requestId: 'r', params }).output).toBe(
      'p asc t [] asc [id]',
    );
    expect(
      renderMappingTemplate('[$input.params().header.size()]', { body: '{}', requestId: 'r' }).output,
    ).toBe('[0]');
  });
});
