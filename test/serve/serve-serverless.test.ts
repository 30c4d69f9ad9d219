import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli } from '../../src/cli/run-cli.js';
import { type RunningServer, serve } from '../../src/serve/server.js';

// A serverless.yml served as `serverless package` would compile it: expectations come from the framework's
// documented output (the default request template's event, the stage prefix, ApiGatewayRestApi's Gateway
// Responses added by the plugin) and from API Gateway's documentation of HTTP APIs, not from the emulator.
const SERVICE = fileURLToPath(new URL('./fixtures/serverless/', import.meta.url));
const PROBLEM = 'application/problem+json';

let server: RunningServer;
const logged: string[] = [];
beforeAll(async () => {
  server = await serve({ template: `${SERVICE}serverless.yml`, port: 0, log: (line) => logged.push(line) });
});
afterAll(() => server.close());

/** What the fixture's handlers answer: the event they got, their environment, what they read of the event. */
interface Echo {
  readonly event: { readonly path: unknown; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

async function get(path: string): Promise<{ status: number; headers: Headers; text: string; json(): Echo }> {
  const response = await fetch(server.url + path, { headers: { 'user-agent': 'serve-test' } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

describe('lambda-error-map serve: a serverless.yml', () => {
  it("builds the framework's default request template event for an integration: lambda event, under the provider's stage", async () => {
    const response = await get('/test/orders/42?expand=items');
    expect(response.status).toBe(200);
    expect(response.json().event).toEqual({
      body: {},
      method: 'GET',
      principalId: '',
      stage: 'test',
      cognitoPoolClaims: { sub: '' },
      enhancedAuthContext: {},
      headers: expect.objectContaining({ 'user-agent': 'serve-test' }),
      query: { expand: 'items' },
      path: { id: '42' },
      identity: { sourceIp: expect.stringMatching(/127\.0\.0\.1/), userAgent: 'serve-test' },
      stageVariables: {},
      requestPath: '/orders/{id}',
    });
  });

  it('carries an apostrophe and a line break in a path parameter through that template', async () => {
    const response = await get(`/test/orders/${encodeURIComponent("O'Brien\nline 2")}`);
    expect(response.status).toBe(200);
    expect(response.json().event.path).toEqual({ id: "O'Brien\nline 2" });
  });

  it("routes a catalog error with the plugin's patterns and templates (404 problem)", async () => {
    const response = await get('/test/orders/missing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(PROBLEM);
    expect(response.json()).toMatchObject({ status: 404, detail: 'order missing does not exist' });
  });

  it('sets provider and function environment variables for the invocation, the function winning, and restores them', async () => {
    const response = await get('/test/orders/7');
    expect(response.json().environment).toEqual({
      STAGE_NAME: 'test',
      OVERRIDDEN: 'from-function',
      QUEUE_URL: null,
    });
    const proxy = await get('/test/proxy/7');
    expect(proxy.json().OVERRIDDEN).toBe('from-provider');
    expect(process.env.STAGE_NAME).toBeUndefined();
    expect(process.env.OVERRIDDEN).toBeUndefined();
  });

  it('warns once, naming the variable, about an environment value known only once deployed', () => {
    const warnings = logged.filter((line) => line.includes('QUEUE_URL'));
    expect(warnings).toEqual([
      expect.stringContaining('function nonProxy: environment variable QUEUE_URL is left unset'),
      expect.stringContaining('function proxy: environment variable QUEUE_URL is left unset'),
    ]);
  });

  it('serves the shorthand http event as a REST proxy method (the REST API event)', async () => {
    const response = await get('/test/proxy/7');
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ id: '7', version: null, resource: '/proxy/{id}' });
  });

  it('serves the httpApi event on the HTTP API at the root, with a payload 2.0 event', async () => {
    const response = await get('/api/orders/9');
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ id: '9', version: '2.0', routeKey: 'GET /api/orders/{id}' });
  });

  it("answers an unknown REST route with the plugin's Gateway Response, and an unknown root path with the HTTP API's 404", async () => {
    const rest = await get('/test/nowhere');
    expect(rest.status).toBe(403);
    expect(rest.headers.get('content-type')).toBe(PROBLEM);
    expect(rest.json()).toMatchObject({ status: 403, gatewayResponseType: 'MISSING_AUTHENTICATION_TOKEN' });
    const httpApi = await get('/nowhere');
    expect(httpApi.status).toBe(404);
    expect(httpApi.text).toBe('{"message":"Not Found"}');
  });
});

describe('lambda-error-map serve --template <service directory> (command line)', () => {
  it('reads the serverless.yml in the directory and prints its URL', async () => {
    const controller = new AbortController();
    let printed = '';
    let errors = '';
    let ready: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const run = runCli(['serve', '--template', '.', '--port', '0'], {
      stdout: (text) => {
        printed += text;
        ready();
      },
      stderr: (text) => {
        errors += text;
      },
      cwd: SERVICE,
      signal: controller.signal,
    });
    await Promise.race([started, run]);
    const url = printed.split('\n')[0] as string;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/test/proxy/3`)).status).toBe(200);
    controller.abort();
    expect(await run).toBe(0);
    expect(errors).toContain('environment variable QUEUE_URL is left unset');
  });

  it('refuses --api for a serverless.yml in one line', async () => {
    let errors = '';
    const code = await runCli(['serve', '--template', 'serverless.yml', '--api', 'Other', '--port', '0'], {
      stdout: () => {},
      stderr: (text) => {
        errors += text;
      },
      cwd: SERVICE,
    });
    expect(code).toBe(2);
    expect(errors.trim().split('\n')).toHaveLength(1);
    expect(errors).toContain('a serverless.yml has one REST API; leave --api out');
  });
});
