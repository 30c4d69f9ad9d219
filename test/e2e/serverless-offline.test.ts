/**
 * `serverless offline` (serverless-offline@13.10.1) serving the example service on 127.0.0.1: the REST proxy
 * and HTTP API endpoints over real HTTP. The non-proxy endpoint is not checked here: serverless-offline
 * does not select integration responses as API Gateway does (see the README, `serverless offline` and non-proxy endpoints); the emulator test
 * covers it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { catalog } from '../../examples/serverless/catalog.js';
import { CRASH_SECRET } from '../../examples/serverless/orders.js';
import type { ExampleCopy } from '../support/example-copy.js';
import { type OfflineServer, prepareExampleService, startOffline } from './support/example-service.js';

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
  offline = await startOffline(service.dir, ENDPOINTS[0].path('ok'), READY_TIMEOUT_MS);
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await offline?.stop();
  service?.remove();
}, 30_000);

interface ClientResponse {
  readonly status: number;
  readonly contentType: string | null;
  readonly retryAfter: string | null;
  readonly text: string;
  readonly json: Record<string, unknown>;
}

async function get(path: string): Promise<ClientResponse> {
  if (!offline) throw new Error('serverless offline did not start');
  const response = await fetch(`${offline.baseUrl}${path}`, { signal: AbortSignal.timeout(20_000) });
  const text = await response.text();
  return {
    status: response.status,
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
