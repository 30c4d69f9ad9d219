/**
 * `serverless offline` (serverless-offline@13.10.1) serving the example service on 127.0.0.1, with the plugin
 * loaded: the REST proxy and HTTP API endpoints over real HTTP; the plugin's warning for each non-proxy event and
 * the Content-Type of a non-proxy success (nothing the plugin does may make offline drop it); and what offline does
 * differently from API Gateway (docs/serverless.md), observed on the non-proxy endpoint and on one more non-proxy
 * function the copy adds, which throws the path parameter as its message (and never settles for `slow`).
 */

import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { catalog } from '../../examples/serverless/catalog.js';
import { CRASH_SECRET } from '../../examples/serverless/orders.js';
import type { ExampleCopy } from '../support/example-copy.js';
import { type OfflineServer, prepareExampleService, ROOT, startOffline } from './support/example-service.js';

const SETUP_TIMEOUT_MS = 6 * 60 * 1000;
const READY_TIMEOUT_MS = 90 * 1000;
const PROBLEM_JSON = 'application/problem+json';

const ENDPOINTS = [
  { name: 'REST API proxy (http)', path: (exampleCase: string) => `/dev/proxy/orders/${exampleCase}` },
  { name: 'HTTP API (httpApi)', path: (exampleCase: string) => `/api/orders/${exampleCase}` },
] as const;

let service: ExampleCopy | undefined;
let offline: OfflineServer | undefined;

beforeAll(async () => {
  // The example does not list serverless-offline (it cannot emulate the non-proxy endpoint): the copy adds it.
  service = await prepareExampleService({ withOffline: true });
  addThrowingFunction(service.dir);
  offline = await startOffline(service.dir, ENDPOINTS[0].path('ok'), READY_TIMEOUT_MS);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await offline?.stop();
  service?.remove();
}, 30_000);

/**
 * A non-proxy function (Timeout 1 s) that throws its path parameter as the message; `ok` succeeds, `slow` hangs,
 * `empty` throws an empty message.
 */
function addThrowingFunction(dir: string): void {
  copyFileSync(
    join(ROOT, 'test', 'e2e', 'fixtures', 'offline-throws.mjs'),
    join(dir, '.build', 'throws.mjs'),
  );
  const yml = join(dir, 'serverless.yml');
  writeFileSync(
    yml,
    `${readFileSync(yml, 'utf8')}  throws:\n    handler: .build/throws.handler\n    timeout: 1\n    events:\n      - http:\n          path: throws/{case}\n          method: get\n          integration: lambda\n`,
  );
}

interface ClientResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly contentType: string | null;
  readonly retryAfter: string | null;
  readonly text: string;
  readonly json: Record<string, unknown>;
}

async function get(path: string, headers: Record<string, string> = {}): Promise<ClientResponse> {
  if (!offline) throw new Error('serverless offline did not start');
  const response = await fetch(`${offline.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(20_000) });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    contentType: response.headers.get('content-type'),
    retryAfter: response.headers.get('retry-after'),
    text,
    json: JSON.parse(text) as Record<string, unknown>,
  };
}

function kind(name: string) {
  const definition = catalog.kind(name);
  if (!definition) throw new Error(`the example catalog has no kind ${name}`);
  return definition;
}

describe.each(ENDPOINTS)('serverless offline, $name', ({ path }) => {
  it('ok: 200 JSON', async () => {
    const response = await get(path('ok'));

    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(response.json).toEqual({ orderId: '42', state: 'shipped' });
  });

  it('notfound: 404 problem+json with the detail and the extension', async () => {
    const response = await get(path('notfound'));
    const definition = kind('OrderNotFound');

    expect(response.status).toBe(404);
    expect(response.contentType).toBe(PROBLEM_JSON);
    expect(response.json).toMatchObject({
      type: definition.type,
      title: definition.title,
      status: 404,
      detail: 'Order 42 does not exist.',
      orderId: '42',
    });
  });

  it('conflict: 409 problem+json', async () => {
    const response = await get(path('conflict'));

    expect(response.status).toBe(409);
    expect(response.contentType).toBe(PROBLEM_JSON);
    expect(response.json).toMatchObject({ title: kind('OutOfStock').title, status: 409 });
  });

  it('throttled: 503 with Retry-After, without the AWS message', async () => {
    const response = await get(path('throttled'));

    expect(response.status).toBe(503);
    expect(response.contentType).toBe(PROBLEM_JSON);
    expect(response.retryAfter).toBe(String(kind('StoreBusy').retryAfterSeconds));
    expect(response.json).toMatchObject({ title: kind('StoreBusy').title, status: 503 });
    expect(response.text).not.toContain('orders-prod');
  });

  it('crash: 500 problem+json that does not leak the message', async () => {
    const response = await get(path('crash'));

    expect(response.status).toBe(500);
    expect(response.contentType).toBe(PROBLEM_JSON);
    expect(response.json).toMatchObject({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
    expect(response.text).not.toContain(CRASH_SECRET);
    expect(response.text).not.toContain('ECONNREFUSED');
  });
});

describe('serverless offline with the plugin loaded', () => {
  it('warns once per non-proxy http event, pointing to lambda-error-map serve', () => {
    const warnings = (offline?.output() ?? '')
      .split('\n')
      .filter((line) => line.includes('lambda-error-map: function'));
    expect(warnings).toEqual([
      expect.stringContaining(
        'function "nonProxyOrders", http event GET /nonproxy/orders/{case} (integration: lambda)',
      ),
      expect.stringContaining('function "throws", http event GET /throws/{case} (integration: lambda)'),
    ]);
    for (const line of warnings) expect(line).toContain('npx lambda-error-map serve --template');
  });

  it('keeps the Content-Type of a non-proxy success (offline reads response.headers)', async () => {
    const response = await get('/dev/nonproxy/orders/ok');
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(response.json).toEqual({ orderId: '42', state: 'shipped' });
  });
});

// Each of these answers differs from API Gateway's (docs/serverless.md, "What serverless-offline does differently").
describe('serverless offline, observed differences from API Gateway', () => {
  it.each([
    ['[404] plain text', 404],
    ['cache miss [404] for key k', 404],
    ['upstream failed [503] then [404]', 503],
    ['plain failure', 502],
  ])(
    '%j: the first [NNN] anywhere, else 502 (API Gateway: 500 by the generated patterns)',
    async (message, status) => {
      const response = await get(`/dev/throws/${encodeURIComponent(message)}`);
      expect(response.status).toBe(status);
      // The raw error payload, with the stack trace and this machine's file paths.
      expect(response.json).toMatchObject({ errorMessage: message, errorType: 'Error' });
      expect(JSON.stringify(response.json.stackTrace)).toContain('file://');
    },
  );

  it('an empty error message: 502 (API Gateway: the default response, 500 through its guarded template)', async () => {
    const response = await get('/dev/throws/empty');
    expect(response.status).toBe(502);
  });

  it.each(["O'Brien", 'line\nbreak', "O'Brien\nline 2"])(
    'the path parameter %j: the handler gets an empty event (API Gateway: the parameter intact)',
    async (parameter) => {
      // The framework's default request template, rendered by offline, is not JSON for these; offline then gives the
      // handler nothing of the request.
      const response = await get(`/dev/throws/${encodeURIComponent(parameter)}`);
      expect(response.status).toBe(502);
      expect(response.json.errorMessage).toBe('no path: the event is {}');
    },
  );

  it('a tagged 503: the raw errorMessage, no problem body, no Retry-After', async () => {
    const response = await get('/dev/nonproxy/orders/throttled');
    expect(response.status).toBe(503);
    expect(response.retryAfter).toBeNull();
    expect(response.contentType).toMatch(/^application\/json/);
    expect(String(response.json.errorMessage)).toMatch(/^\[503\] \{/);
  });

  it("an unknown route: offline's own 404 JSON listing the routes (API Gateway: 403 Missing Authentication Token)", async () => {
    const response = await get('/dev/nowhere');
    expect(response.status).toBe(404);
    expect(response.json).toMatchObject({ error: 'Serverless-offline: route not found.', statusCode: 404 });
  });

  it('echoes any Origin with credentials allowed, with no CORS configured', async () => {
    const response = await get('/dev/proxy/orders/ok', { Origin: 'https://anyone.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('https://anyone.example');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('after one function timeout, every later call to that function answers 504', async () => {
    expect((await get('/dev/throws/ok')).status).toBe(200);
    const timedOut = await get('/dev/throws/slow');
    expect(timedOut.status).toBe(504);
    expect(timedOut.json).toMatchObject({
      errorMessage: '[504] - Lambda timeout.',
      errorType: 'LambdaTimeoutError',
    });
    expect((await get('/dev/throws/ok')).status).toBe(504);
    expect((await get('/dev/throws/plain')).status).toBe(504);
  });
});
