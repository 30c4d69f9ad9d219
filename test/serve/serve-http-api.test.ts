import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type RunningServer, serve } from '../../src/serve/server.js';

// HTTP APIs (payload format 2.0 and 1.0) and SAM's implicit REST API. Expectations come from AWS's documentation:
// "Create AWS Lambda proxy integrations for HTTP APIs" (the 2.0 event: cookies, comma-joined headers and query
// parameters; a result without statusCode is a 200 JSON body), "Troubleshooting issues with HTTP API Lambda
// integrations" ({"message":"Internal Server Error"}), HTTP APIs' 404 {"message":"Not Found"} and 503
// {"message":"Service Unavailable"} past the integration timeout, and SAM's Api events, Globals and Cors.
const FIXTURE = fileURLToPath(new URL('./fixtures/http-api/', import.meta.url));

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  json(): Echo;
}

interface Echo {
  readonly event: Record<string, unknown> & { readonly requestContext: Record<string, unknown> };
  readonly environment: Record<string, unknown>;
}

async function request(server: RunningServer, path: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(server.url + path, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

describe('lambda-error-map serve: SAM HttpApi and Api events without API resources', () => {
  let server: RunningServer;
  const logged: string[] = [];
  beforeAll(async () => {
    server = await serve({ template: `${FIXTURE}template.yaml`, port: 0, log: (line) => logged.push(line) });
  });
  afterAll(() => server.close());
  const get = (path: string, init?: RequestInit) => request(server, path, init);

  it('sends the payload 2.0 event: cookies apart, comma-joined query values, no null fields', async () => {
    const response = await get('/v2/orders/42?a=1&a=2&b=x', {
      headers: { cookie: 'session=abc; theme=dark', 'x-trace': 't-1', 'user-agent': 'serve-test' },
    });
    expect(response.status).toBe(200);
    const { event } = response.json();
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /v2/orders/{id}',
      rawPath: '/v2/orders/42',
      rawQueryString: 'a=1&a=2&b=x',
      cookies: ['session=abc', 'theme=dark'],
      queryStringParameters: { a: '1,2', b: 'x' },
      pathParameters: { id: '42' },
      isBase64Encoded: false,
      requestContext: {
        accountId: expect.any(String),
        apiId: expect.any(String),
        http: { method: 'GET', path: '/v2/orders/42', protocol: 'HTTP/1.1', userAgent: 'serve-test' },
        routeKey: 'GET /v2/orders/{id}',
        stage: '$default',
        time: expect.stringMatching(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/),
        timeEpoch: expect.any(Number),
      },
    });
    expect(event.headers).toMatchObject({ 'x-trace': 't-1', 'user-agent': 'serve-test' });
    expect(event.headers).not.toHaveProperty('cookie');
    for (const absent of ['body', 'stageVariables', 'multiValueHeaders', 'resource']) {
      expect(event).not.toHaveProperty(absent);
    }
  });

  it("sets the function's variables over Globals, numbers as text, leaves an intrinsic unset with one warning, restores", async () => {
    const response = await get('/v2/orders/1');
    expect(response.json().environment).toEqual({
      SHARED: 'from-globals',
      OVERRIDDEN: 'from-function',
      RETRIES: '3',
      TABLE_NAME: null,
    });
    expect(logged.filter((line) => line.includes('TABLE_NAME'))).toEqual([
      expect.stringMatching(/^serve: function EchoFunction: environment variable TABLE_NAME is left unset/),
    ]);
    expect(process.env.SHARED).toBeUndefined();
    expect(process.env.RETRIES).toBeUndefined();
  });

  it.each([
    ['object', 200, '{"orderId":42,"state":"shipped"}'],
    ['string', 200, 'plain text'],
  ])('answers a result without statusCode (%s) as a 200 JSON body', async (kind, status, body) => {
    const response = await get(`/results/${kind}`);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.text).toBe(body);
  });

  it('sends a full result with its status, headers and each cookie as a Set-Cookie header', async () => {
    const response = await get('/results/response', { method: 'POST', body: 'x' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-order')).toBe('42');
    expect(response.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2']);
    expect(response.text).toBe('{"created":true}');
  });

  it.each(['bad-status', 'bad-cookies', 'crash'])(
    'answers %s with 500 {"message":"Internal Server Error"}, leaking nothing',
    async (kind) => {
      const response = await get(`/results/${kind}`);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.text).toBe('{"message":"Internal Server Error"}');
    },
  );

  it("answers past the route's TimeoutInMillis with 503 Service Unavailable, and the next call works", async () => {
    const response = await get('/results/slow');
    expect(response.status).toBe(503);
    expect(response.text).toBe('{"message":"Service Unavailable"}');
    expect((await get('/results/object')).status).toBe(200);
  });

  it('answers a path or method no route takes with 404 {"message":"Not Found"}', async () => {
    for (const [path, method] of [
      ['/nowhere', 'GET'],
      ['/v2/orders/42', 'POST'],
    ] as const) {
      const response = await get(path, { method });
      expect(response.status).toBe(404);
      expect(response.text).toBe('{"message":"Not Found"}');
    }
  });

  it("serves the Api events on SAM's implicit REST API under its Prod stage and at the root (REST event)", async () => {
    for (const path of ['/Prod/orders/5', '/orders/5']) {
      const response = await get(path, { method: 'DELETE' });
      expect(response.status).toBe(200);
      const { event } = response.json();
      expect(event).toMatchObject({
        resource: '/orders/{id}',
        httpMethod: 'DELETE',
        pathParameters: { id: '5' },
      });
      expect(event.requestContext.stage).toBe('Prod');
    }
  });

  it('answers an unknown route under the stage with the Globals: Api Gateway Response', async () => {
    const response = await get('/Prod/nowhere');
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    expect(JSON.parse(response.text)).toEqual({ problem: 'no such route', requestId: expect.any(String) });
  });

  it("answers an OPTIONS preflight on a path of the API as SAM's Cors mock method does", async () => {
    const response = await get('/Prod/orders/5', { method: 'OPTIONS' });
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
    const corsHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (name.startsWith('access-control')) corsHeaders[name] = value;
    });
    expect(corsHeaders).toEqual({
      'access-control-allow-origin': 'https://app.example.com',
      'access-control-allow-headers': 'Content-Type,Authorization',
      'access-control-allow-methods': 'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT',
      'access-control-max-age': '600',
    });
    expect((await get('/Prod/elsewhere', { method: 'OPTIONS' })).status).toBe(404);
  });
});

describe('lambda-error-map serve: an HTTP API in CloudFormation (AWS::ApiGatewayV2), from a .serverless directory', () => {
  let server: RunningServer;
  let service: string;
  beforeAll(async () => {
    // The layout serverless package leaves: the template in .serverless/, the handlers in the service directory.
    service = mkdtempSync(join(tmpdir(), 'serve-http-api-'));
    mkdirSync(join(service, '.serverless'));
    copyFileSync(
      `${FIXTURE}cloudformation.json`,
      join(service, '.serverless', 'cloudformation-template-update-stack.json'),
    );
    symlinkSync(`${FIXTURE}handlers`, join(service, 'handlers'));
    server = await serve({ template: join(service, '.serverless'), port: 0, log: () => {} });
  });
  afterAll(async () => {
    await server.close();
    rmSync(service, { recursive: true, force: true });
  });

  it('serves a payload 2.0 route, its handler found in the service directory', async () => {
    const response = await request(server, '/results/object');
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"orderId":42,"state":"shipped"}');
  });

  it('sends a payload 1.0 integration the REST-shaped event with version 1.0', async () => {
    const response = await request(server, '/v1/7?x=1&x=2');
    const { event } = response.json();
    expect(event).toMatchObject({
      version: '1.0',
      resource: '/v1/{id}',
      path: '/v1/7',
      httpMethod: 'GET',
      pathParameters: { id: '7' },
      queryStringParameters: { x: '2' },
      multiValueQueryStringParameters: { x: ['1', '2'] },
    });
    expect(event.requestContext).toMatchObject({ routeKey: 'GET /v1/{id}', stage: '$default' });
  });

  it('answers a body over 10 MB with 413 {"message":"Request Entity Too Large"} (no REST API served)', async () => {
    const response = await request(server, '/results/object', {
      method: 'POST',
      body: 'x'.repeat(10 * 1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(response.text).toBe('{"message":"Request Entity Too Large"}');
  });

  it('sends every request no other route takes to the $default route', async () => {
    const response = await request(server, '/any/where', { method: 'PUT' });
    expect(response.status).toBe(200);
    expect(response.json().event).toMatchObject({ version: '1.0', httpMethod: 'PUT', path: '/any/where' });
    expect(response.json().event.requestContext).toMatchObject({ routeKey: '$default' });
  });
});
