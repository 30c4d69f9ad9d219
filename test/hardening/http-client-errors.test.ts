// Issue 20, item 3: an HTTP client's error calling a dependency never lends the dependency's status to our
// caller: 502 (504 for timeouts), detail hidden, nothing of the request (URL, headers, body) in the response.
// Real axios 1, got 14 and ky 1 against 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import axios from 'axios';
import got from 'got';
import ky from 'ky';
import { classify, defaultCatalog, type ErrorCatalog, proxyErrorResponse } from '../../src/index.js';
import { proxyView, taggedView } from '../support/cross-path.js';
import { lambdaContext, restV1Event } from '../support/events.js';
import { type LocalServer, startLocalServer } from '../support/local-server.js';

// What our Lambda sends the dependency: none of it may reach our caller.
const SECRET_PATH = '/v1/charges/ch_secret_path';
const SECRET_QUERY = 'api_key=sk_live_query_secret';
const SECRET_HEADER = 'Bearer sk_live_header_secret';
const SECRET_BODY = '{"card":"4242424242424242"}';
const SECRETS = /secret|4242|127\.0\.0\.1|charges|Bearer/;

let server: LocalServer;
let timeoutsPending: (() => void)[] = [];

beforeAll(async () => {
  server = await startLocalServer((request, _body, response) => {
    const status = Number(/[?&]status=(\d+)/.exec(request.url ?? '')?.[1] ?? 200);
    if (status === 0) {
      // Never answers: the client's timeout fires. Released at the end so the server can close.
      timeoutsPending.push(() => response.end());
      return;
    }
    response.writeHead(status, { 'content-type': 'application/json', 'www-authenticate': 'Bearer' });
    response.end(JSON.stringify({ error: 'upstream says no', internal: 'payment-db-7' }));
  });
});

afterAll(async () => {
  for (const release of timeoutsPending) release();
  timeoutsPending = [];
  await server.close();
});

function url(status: number): string {
  return `${server.url}${SECRET_PATH}?${SECRET_QUERY}&status=${status}`;
}

async function rejection(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('the client did not reject');
}

const CLIENTS: Record<string, (status: number) => Promise<unknown>> = {
  axios: (status) =>
    rejection(() =>
      axios.post(url(status), SECRET_BODY, { headers: { authorization: SECRET_HEADER }, timeout: 300 }),
    ),
  got: (status) =>
    rejection(() =>
      got.post(url(status), {
        body: SECRET_BODY,
        headers: { authorization: SECRET_HEADER },
        retry: { limit: 0 },
        timeout: { request: 300 },
      }),
    ),
  ky: (status) =>
    rejection(() =>
      ky.post(url(status), {
        body: SECRET_BODY,
        headers: { authorization: SECRET_HEADER },
        retry: 0,
        timeout: 300,
      }),
    ),
};

async function expectBothPaths(thrown: unknown, status: number, catalog: ErrorCatalog = defaultCatalog) {
  const proxy = await proxyView(thrown, catalog);
  const tagged = await taggedView(thrown, catalog);
  for (const view of [proxy, tagged]) {
    expect(view.status).toBe(status);
    expect(view.problem.detail).toBe(view.problem.title);
    expect(JSON.stringify(view.problem)).not.toMatch(SECRETS);
  }
  expect(tagged.message).not.toMatch(SECRETS);
}

describe.each(Object.keys(CLIENTS))('%s errors from a local upstream', (client) => {
  const call = CLIENTS[client] as (status: number) => Promise<unknown>;

  it.each([401, 404, 500])('an upstream %i answers our caller 502, on both paths', async (status) => {
    const thrown = await call(status);
    await expectBothPaths(thrown, 502);
    const mapped = classify(thrown);
    expect(mapped).toMatchObject({ status: 502, kind: 'BadGateway', exposed: false });
    expect(mapped.detail).toBe(`An upstream HTTP request failed with status ${status}.`);
    expect(mapped.headers).toEqual({});
    expect(mapped.extensions).toEqual({});
  });

  it('an upstream timeout answers 504, on both paths', async () => {
    await expectBothPaths(await call(0), 504);
  });

  it.each([
    [401, 'An upstream HTTP request failed with status 401.'],
    [0, 'An upstream HTTP request timed out.'],
  ])('exposeServerErrors shows a detail without the URL (upstream %i)', async (status, detail) => {
    const thrown = await call(status);
    const handler = middy(async () => {
      throw thrown;
    }).use(proxyErrorResponse({ logger: false, exposeServerErrors: true }));
    const response = (await handler(restV1Event() as never, lambdaContext('r'))) as { body: string };
    expect(JSON.parse(response.body).detail).toBe(detail);
    expect(response.body).not.toMatch(SECRETS);
  });
});

describe('other downstream shapes', () => {
  it('an error carrying an upstream response with a status is a 502, whatever its own status', () => {
    const error = Object.assign(new Error('GET https://internal.example/orders failed'), {
      status: 403,
      response: { status: 403, headers: {} },
    });
    expect(classify(error)).toMatchObject({ status: 502, exposed: false });
  });

  it('axios network errors without a response are 502 too (ERR_NETWORK)', () => {
    const error = Object.assign(new Error('Network Error'), { isAxiosError: true, code: 'ERR_NETWORK' });
    expect(classify(error).status).toBe(502);
  });

  it('a status-carrying error without a response object keeps the status rule', () => {
    const error = Object.assign(new Error('no such order'), { status: 404, response: 'not an object' });
    expect(classify(error)).toMatchObject({ status: 404, exposed: true });
  });
});
