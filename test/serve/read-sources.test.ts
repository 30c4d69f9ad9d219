import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import { withEnvironment } from '../../src/serve/function-environment.js';
import { loadServedApi } from '../../src/serve/load-api.js';
import { httpApiV2Event } from '../../src/serve/proxy-event.js';
import { readServedApi } from '../../src/serve/read-api.js';

// What serve reads from each source, down to the values it refuses (one line naming the fix).
function read(text: string, apiId?: string) {
  return readServedApi(parseTemplate(text, 'template.yaml'), {
    templatePath: '/project/template.yaml',
    ...(apiId === undefined ? {} : { apiId }),
  });
}

function samFunction(events: string, globals = ''): string {
  return `Transform: AWS::Serverless-2016-10-31
${globals}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Events:
${events}`;
}

describe('serve reads SAM events', () => {
  it.each([
    [
      'an HttpApi PayloadFormatVersion other than 1.0 or 2.0',
      'PayloadFormatVersion: "3.0"\n            Path: /a\n            Method: get',
      'HttpApi',
      'PayloadFormatVersion "3.0" is neither 1.0 nor 2.0',
    ],
    [
      'an Api event without a Method',
      'Path: /a',
      'Api',
      'resource Fn, event E (Type Api): Method must be a method name',
    ],
    [
      'an Api event whose Path does not start with /',
      'Path: a\n            Method: get',
      'Api',
      'Path must be a path such as /orders/{id}',
    ],
  ])('refuses %s', (_, properties, type, message) => {
    const text = samFunction(
      `        E:\n          Type: ${type}\n          Properties:\n            ${properties}`,
    );
    expect(() => read(text)).toThrow(message);
  });

  it('serves only HTTP API routes when no REST API is defined: payload 1.0, ANY for *, no stage', () => {
    const api = read(
      samFunction(
        '        E:\n          Type: HttpApi\n          Properties:\n            Path: /a\n            Method: "*"\n            PayloadFormatVersion: "1.0"',
      ),
    );
    expect(api.routes).toEqual([]);
    expect(api.stageName).toBeUndefined();
    expect(api.httpApiRoutes).toEqual([
      expect.objectContaining({
        httpMethod: 'ANY',
        resourcePath: '/a',
        routeKey: 'ANY /a',
        payload: 'http-api-v1',
        timeoutInMillis: 30000,
      }),
    ]);
  });

  it('asks for --api between an AWS::Serverless::Api and the implicit API, and serves the chosen one', () => {
    const text = `${samFunction(
      '        Own:\n          Type: Api\n          Properties:\n            RestApiId: !Ref Api\n            Path: /own\n            Method: x-amazon-apigateway-any-method\n        Implicit:\n          Type: Api\n          Properties:\n            Path: /implicit\n            Method: post\n            TimeoutInMillis: 900',
      'Globals:\n  Api:\n    Variables: { table: t1 }\n    Cors: "\'*\'"',
    )}
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: live
      Cors:
        AllowOrigin: "'https://a.example'"
        AllowMethods: "'GET,OPTIONS'"
        AllowCredentials: true`;
    expect(() => read(text)).toThrow(
      'the template defines several REST APIs (Api, ServerlessRestApi); choose one with --api',
    );
    const implicit = read(text, 'ServerlessRestApi');
    expect(implicit).toMatchObject({ stageName: 'Prod', stageVariables: { table: 't1' } });
    expect(implicit.cors).toEqual({
      headers: { 'Access-Control-Allow-Origin': '*' },
      allowMethods: undefined,
    });
    expect(implicit.routes).toEqual([
      expect.objectContaining({
        httpMethod: 'POST',
        resourcePath: '/implicit',
        timeoutInMillis: 900,
        proxy: true,
      }),
    ]);
    const own = read(text, 'Api');
    expect(own.stageName).toBe('live');
    expect(own.routes).toEqual([expect.objectContaining({ httpMethod: 'ANY', resourcePath: '/own' })]);
    expect(own.cors).toEqual({
      headers: {
        'Access-Control-Allow-Origin': 'https://a.example',
        'Access-Control-Allow-Credentials': 'true',
      },
      allowMethods: 'GET,OPTIONS',
    });
  });
});

describe('serve reads AWS::ApiGatewayV2 routes', () => {
  function v2(integration: string, route: string): string {
    return `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: app.handler
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
${integration}
  Route:
    Type: AWS::ApiGatewayV2::Route
    Properties:
${route}`;
  }
  const proxy = '      IntegrationType: AWS_PROXY\n      IntegrationUri: !GetAtt Fn.Arn';
  const target = `      Target: !Sub integrations/\${Integration}`;

  it('serves a route to a function named with the short-form !GetAtt Fn.Arn (payload 2.0 by default)', () => {
    const api = read(v2(proxy, `      RouteKey: POST /orders\n${target}`));
    expect(api.httpApiRoutes).toEqual([
      expect.objectContaining({ httpMethod: 'POST', resourcePath: '/orders', payload: 'http-api-v2' }),
    ]);
  });

  it.each([
    [
      'an integration that is not AWS_PROXY',
      v2('      IntegrationType: HTTP_PROXY', `      RouteKey: GET /a\n${target}`),
    ],
    ['a Target serve cannot follow', v2(proxy, '      RouteKey: GET /a\n      Target: integrations/abc123')],
  ])('leaves out a route to %s (then there is no API to serve)', (_, text) => {
    expect(() => read(text)).toThrow('the template defines no API');
  });

  it.each([
    [
      'a function that is not in the template',
      v2(
        '      IntegrationType: AWS_PROXY\n      IntegrationUri: arn:aws:lambda:us-east-1:1:function:f',
        `      RouteKey: GET /a\n${target}`,
      ),
      "its integration's IntegrationUri does not name a function of this template",
    ],
    [
      'a RouteKey that is not METHOD /path',
      v2(proxy, `      RouteKey: orders\n${target}`),
      'RouteKey "orders" is not "$default" or "METHOD /path"',
    ],
  ])('refuses a route to %s', (_, text, message) => {
    expect(() => read(text)).toThrow(message);
  });
});

describe('serve reads a serverless.yml', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  function service(yaml: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'serve-sls-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'serverless.yml'), yaml);
    return dir;
  }
  const header = 'service: s\nprovider:\n  name: aws\n';

  it("serves a service without the plugin with the framework's default status codes, its settings and events", async () => {
    const dir = service(`${header}  memorySize: 256
  httpApi:
    payload: "1.0"
  environment:
    RETRIES: 3
    DEBUG: true
functions:
  f:
    handler: src/app.handler
    timeout: 10
    events:
      - http:
          path: /orders
          method: post
          integration: lambda
          request:
            template:
              application/json: null
              text/plain: '{"raw": "$input.body"}'
      - http: { path: mocked, method: get, integration: mock }
      - http: GET
      - http: { path: any, method: "*" }
      - httpApi: "*"
      - httpApi: { path: "*" }
      - httpApi: { method: "*", path: /x }
      - httpApi: POST /y
`);
    const api = await loadServedApi({ template: dir });
    expect(api.stageName).toBe('dev');
    expect(api.gatewayResponses).toEqual([]);
    const [nonProxy, ...proxies] = api.routes;
    expect(nonProxy).toMatchObject({
      httpMethod: 'POST',
      resourcePath: '/orders',
      proxy: false,
      requestTemplates: { 'text/plain': '{"raw": "$input.body"}' },
      function: {
        modulePath: join(dir, 'src/app'),
        exportName: 'handler',
        timeoutSeconds: 10,
        memoryLimitInMB: 256,
        environment: { RETRIES: '3', DEBUG: 'true' },
      },
    });
    expect(nonProxy?.responses.integrationResponses).toHaveLength(9);
    expect(proxies.map((route) => `${route.httpMethod} ${route.resourcePath}`)).toEqual(['ANY /any']);
    expect(api.httpApiRoutes.map((route) => [route.routeKey, route.payload])).toEqual([
      ['$default', 'http-api-v1'],
      ['$default', 'http-api-v1'],
      ['ANY /x', 'http-api-v1'],
      ['POST /y', 'http-api-v1'],
    ]);
  });

  it('reads custom.lambdaErrorMap written with a Serverless variable as written, with a warning', async () => {
    const dir = service(`${header}plugins: [lambda-error-map/serverless]
custom:
  lambdaErrorMap:
    catalog: \${self:custom.catalogPath}
functions:
  f:
    handler: app.handler
    events:
      - http: { path: a, method: get, integration: lambda }
`);
    const api = await loadServedApi({ template: join(dir, 'serverless.yml') });
    expect(api.warnings).toEqual([
      expect.stringContaining(
        `custom.lambdaErrorMap.catalog is a Serverless variable (\${self:custom.catalogPath}) serve cannot resolve`,
      ),
    ]);
    expect(api.routes[0]?.responses.integrationResponses).toHaveLength(9);
  });

  it.each([
    [
      'a handler without an export',
      'functions:\n  f:\n    handler: app\n',
      'functions.f.handler "app" is not <path>.<export>',
    ],
    [
      'an event of a function without a handler',
      'functions:\n  f:\n    image: x\n    events:\n      - httpApi: GET /a\n',
      'functions.f has no handler (<path>.<export>), so serve cannot run its events',
    ],
  ])('refuses %s', async (_, functions, message) => {
    await expect(loadServedApi({ template: service(`${header}${functions}`) })).rejects.toThrow(message);
  });
});

describe('serve input and helpers', () => {
  it('refuses a directory without a serverless.yml or .serverless template', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-empty-'));
    mkdirSync(join(dir, 'src'));
    try {
      await expect(loadServedApi({ template: dir })).rejects.toThrow(
        'is a directory without cloudformation-template-update-stack.json (the .serverless output of serverless package) or serverless.yml; name the template file',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('puts back the value a variable had before the invocation', async () => {
    process.env.SERVE_TEST_VARIABLE = 'before';
    const during = await withEnvironment(
      { SERVE_TEST_VARIABLE: 'during' },
      async () => process.env.SERVE_TEST_VARIABLE,
    );
    expect(during).toBe('during');
    expect(process.env.SERVE_TEST_VARIABLE).toBe('before');
    delete process.env.SERVE_TEST_VARIABLE;
  });

  it('builds a payload 2.0 event with a body and stage variables, without a Host or User-Agent', () => {
    const event = httpApiV2Event(
      {
        httpMethod: 'POST',
        path: '/a',
        resourceRelativePath: '/a',
        resourcePath: '/a',
        headers: { 'x-many': ['1', '2'] },
        query: new URLSearchParams(),
        pathParameters: {},
        body: Buffer.from('{"a":1}'),
        requestId: 'r',
        stage: '$default',
        stageVariables: { v: '1' },
        sourceIp: '127.0.0.1',
      },
      '$default',
    );
    expect(event).toMatchObject({
      headers: { 'x-many': '1,2' },
      body: '{"a":1}',
      stageVariables: { v: '1' },
      requestContext: { domainName: '127.0.0.1', http: { userAgent: '' } },
    });
    expect(event).not.toHaveProperty('cookies');
    expect(event).not.toHaveProperty('queryStringParameters');
  });
});
