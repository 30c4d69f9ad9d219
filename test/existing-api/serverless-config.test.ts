import { describe, expect, it } from '@jest/globals';
import { isServerlessService } from '../../src/existing-api/serverless-service.js';
import { lintMethodOf, lintMethodsFromText } from '../../src/lint/load-input.js';
import { serverlessLintMethods } from '../lint/support.js';

function one(http: Record<string, unknown>) {
  const [method] = serverlessLintMethods({
    functions: {
      f: { events: [{ http: { path: 'orders', method: 'post', integration: 'lambda', ...http } }] },
    },
  });
  return method;
}

describe('serverlessLintMethods', () => {
  it('uses the framework defaults for a response without statusCodes', () => {
    const statuses = (http: Record<string, unknown>) =>
      one(http)?.integration.integrationResponses.map((response) => response.statusCode);
    const defaults = ['200', '400', '401', '403', '404', '422', '500', '502', '504'];
    expect(statuses({})).toEqual(defaults);
    expect(statuses({ response: {} })).toEqual(defaults);
    expect(statuses({ response: { headers: { 'X-A': "'a'" } } })).toEqual(defaults);
  });

  it('applies CORS, response-wide headers and templates, and per-status headers and templates', () => {
    const method = one({
      cors: { origins: ['https://a.example', 'https://b.example'] },
      response: {
        headers: { 'Cache-Control': "'no-store'" },
        template: "$input.path('$')",
        statusCodes: {
          201: { pattern: '' },
          404: { pattern: '\\[404\\][\\s\\S]*', template: 'nf', headers: { 'X-E': "'nf'" } },
          409: { pattern: '\\[409\\][\\s\\S]*', template: { 'text/plain': 'conflict' } },
        },
      },
    });
    expect(method?.integration).toEqual({
      integrationResponses: [
        {
          statusCode: '201',
          selectionPattern: undefined,
          responseTemplates: { 'application/json': "$input.path('$')" },
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': "'https://a.example,https://b.example'",
            'method.response.header.Cache-Control': "'no-store'",
          },
        },
        {
          statusCode: '404',
          selectionPattern: '\\[404\\][\\s\\S]*',
          responseTemplates: { 'application/json': 'nf' },
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': "'https://a.example,https://b.example'",
            'method.response.header.Cache-Control': "'no-store'",
            'method.response.header.X-E': "'nf'",
          },
        },
        {
          statusCode: '409',
          selectionPattern: '\\[409\\][\\s\\S]*',
          responseTemplates: { 'application/json': "$input.path('$')", 'text/plain': 'conflict' },
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': "'https://a.example,https://b.example'",
            'method.response.header.Cache-Control': "'no-store'",
          },
        },
      ],
      methodResponses: [
        {
          statusCode: '201',
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': true,
            'method.response.header.Cache-Control': true,
          },
        },
        {
          statusCode: '404',
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': true,
            'method.response.header.Cache-Control': true,
            'method.response.header.X-E': true,
          },
        },
        {
          statusCode: '409',
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': true,
            'method.response.header.Cache-Control': true,
          },
        },
      ],
    });
    const origin = (cors: unknown) =>
      one({ cors })?.integration.integrationResponses[0]?.responseParameters[
        'method.response.header.Access-Control-Allow-Origin'
      ];
    expect(origin(true)).toBe("'*'");
    expect(origin({ origin: 'https://a.example' })).toBe("'https://a.example'");
    expect(origin({})).toBe("'*'");
    expect(origin(undefined)).toBeUndefined();
  });

  it.each([
    [
      { abc: { pattern: 'x' } },
      'POST /orders: response.statusCodes key "abc" is not an HTTP status such as 404',
    ],
    [{ 404: null }, "POST /orders: response.statusCodes.404 must be an object such as { pattern: '...' }"],
    [{ 404: { pattern: 404 } }, 'POST /orders: response.statusCodes.404.pattern must be a string'],
  ])('refuses %p', (statusCodes, message) => {
    expect(() => one({ response: { statusCodes } })).toThrow(new Error(message));
  });

  it('recognises a service by its provider', () => {
    expect(isServerlessService({ service: 's', provider: {} })).toBe(true);
    expect(isServerlessService({ functions: {}, provider: {} })).toBe(true);
    expect(isServerlessService({ service: 's' })).toBe(false);
    expect(isServerlessService(null)).toBe(false);
    expect(isServerlessService('service')).toBe(false);
  });

  it('reads serverless.yml with CloudFormation tags in its resources', () => {
    const text = [
      'service: s',
      'provider:',
      '  name: aws',
      'functions:',
      '  f:',
      '    handler: h.f',
      '    events:',
      '      - http:',
      '          path: a',
      '          method: get',
      '          integration: lambda',
      'resources:',
      '  Resources:',
      '    Bucket:',
      '      Type: AWS::S3::Bucket',
      '      Properties:',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation !Sub string, not a template literal.
      '        BucketName: !Sub "${AWS::StackName}-b"',
    ].join('\n');
    expect(lintMethodsFromText(text, 'serverless.yml').map((method) => method.path)).toEqual(['/a']);
    expect(lintMethodsFromText('service: s\nprovider: {}\n', 'serverless.yml')).toEqual([]);
  });
});

describe('lintMethodOf', () => {
  it('names a method by path and method when the reader knows them, else by where it is', () => {
    const responses = { integrationResponses: [], methodResponses: [] };
    const read = { proxy: false, responses };
    expect(
      [
        { where: 'resource GetOrder', httpMethod: 'GET', path: '/orders/{id}', ...read, line: 3 },
        { where: 'resource Other', httpMethod: undefined, path: undefined, ...read },
      ].map(lintMethodOf),
    ).toEqual([
      {
        path: '/orders/{id}',
        httpMethod: 'GET',
        integration: responses,
        origin: 'resource GetOrder',
        line: 3,
      },
      { path: 'resource Other', httpMethod: '', integration: responses, origin: 'resource Other' },
    ]);
  });
});

describe('the line of each serverless.yml method', () => {
  const text = [
    'service: s', // 1
    'provider: { name: aws }', // 2
    'x-shared-events: &events', // 3
    '  - http: { path: shared, method: get, integration: lambda }', // 4
    'x-shared-function: &fn', // 5
    '  handler: h.g', // 6
    '  events:', // 7
    '    - http: { path: aliased, method: get, integration: lambda }', // 8
    'functions:', // 9
    '  direct:', // 10
    '    handler: h.f', // 11
    '    events:', // 12
    '      - schedule: rate(1 hour)', // 13
    '      - http: { path: twice, method: post, integration: lambda }', // 14
    '      - http: { path: twice, method: post, integration: lambda }', // 15
    '  sharedEvents:', // 16
    '    handler: h.e', // 17
    '    events: *events', // 18
    '  sharedFunction: *fn', // 19
  ].join('\n');

  it('is the line of the http event, the first one when a route is declared twice', () => {
    const methods = lintMethodsFromText(text, 'serverless.yml');
    const twice = methods.filter((method) => method.path === '/twice');
    expect(twice.map((method) => [method.httpMethod, method.line])).toEqual([
      ['POST', 14],
      ['POST', 14],
    ]);
  });

  it('is left unknown for methods reached through a YAML alias, which are still read', () => {
    const methods = lintMethodsFromText(text, 'serverless.yml');
    const byPath = new Map(methods.map((method) => [method.path, method]));
    expect([...byPath.keys()].sort()).toEqual(['/aliased', '/shared', '/twice']);
    expect(byPath.get('/shared')?.line).toBeUndefined();
    expect(byPath.get('/aliased')?.line).toBeUndefined();
    expect(byPath.get('/shared')?.origin).toBe('functions.sharedEvents (GET /shared)');
  });
});
