import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ServedFixture, serveFixture } from './support/start-server.js';

// Expectations come from AWS's documentation of API Gateway REST APIs and the Lambda Node.js runtime, not from
// the emulator the server uses: a tagged error routes to its status with the problem body the generated
// template writes, a crash to the 500 catch-all that never echoes the message, a Lambda timeout to 504, an
// unknown route to MISSING_AUTHENTICATION_TOKEN (403), a malformed proxy result to 502.
const PROBLEM = 'application/problem+json';

let served: ServedFixture;
beforeAll(async () => {
  served = await serveFixture('sam/template.yaml');
});
afterAll(() => served.server.close());

const get = (path: string, init?: RequestInit) => served.request(path, init);

describe('lambda-error-map serve: a non-proxy method (SAM, OpenAPI DefinitionBody)', () => {
  it('listens on 127.0.0.1 on the free port it was given', () => {
    expect(served.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers a success with the result, under the stage and at the root', async () => {
    for (const path of ['/dev/orders/42', '/orders/42']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(response.json()).toEqual({ id: '42', status: 'shipped' });
    }
  });

  it('routes a catalog 404 to 404 with its problem body', async () => {
    const response = await get('/dev/orders/missing');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe(PROBLEM);
    expect(response.json()).toMatchObject({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'order missing does not exist',
    });
  });

  it('sends Retry-After with a 503', async () => {
    const response = await get('/dev/orders/busy');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
  });

  it('answers a crash (an untagged Error) with the 500 catch-all, leaking nothing', async () => {
    const response = await get('/dev/orders/crash');
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe(PROBLEM);
    expect(response.json()).toMatchObject({ status: 500 });
    expect(response.text).not.toMatch(/hunter2|ECONNREFUSED|db\.internal/);
  });

  it("enforces the function's Timeout (504), and the next call succeeds", async () => {
    const timedOut = await get('/dev/orders/slow');
    expect(timedOut.status).toBe(504);
    expect(timedOut.json()).toMatchObject({ status: 504, detail: 'The function did not complete in time.' });
    const next = await get('/dev/orders/7');
    expect(next.status).toBe(200);
    expect(next.json()).toEqual({ id: '7', status: 'shipped' });
  });

  it('carries a parameter with an apostrophe and a line break through the request template', async () => {
    const response = await get(`/dev/orders/${encodeURIComponent("O'Brien\nline 2")}`);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ id: "O'Brien\nline 2", status: 'shipped' });
  });

  it('answers HEAD on a resource without HEAD with the 403 and no body', async () => {
    const response = await get('/dev/orders/42', { method: 'HEAD' });
    expect(response.status).toBe(403);
    expect(response.text).toBe('');
  });
});

describe('lambda-error-map serve: a proxy method', () => {
  it('sends the REST v1 result as written, each header line kept', async () => {
    const response = await get('/dev/proxy/42');
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.json()).toEqual({
      id: '42',
      status: 'shipped',
      resource: '/proxy/{id}',
      path: '/proxy/42',
    });
  });

  it('routes a greedy {proxy+} path to the rest of the path, for any method', async () => {
    const response = await get('/dev/files/a/b/c', { method: 'POST', body: '{"name": "c"}' });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ id: 'a/b/c', resource: '/files/{proxy+}', path: '/files/a/b/c' });
  });

  it('answers catalog errors with their status, problem body and Retry-After', async () => {
    const missing = await get('/dev/proxy/missing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe(PROBLEM);
    expect(missing.json()).toMatchObject({ status: 404, detail: 'order missing does not exist' });
    const busy = await get('/dev/proxy/busy');
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('7');
  });

  it('answers a crash with a 500 problem that leaks nothing', async () => {
    const response = await get('/dev/proxy/crash');
    expect(response.status).toBe(500);
    expect(response.text).not.toMatch(/hunter2|ECONNREFUSED|db\.internal/);
  });

  it('answers a malformed result (a body that is not a string) with 502 Internal server error', async () => {
    const response = await get('/dev/proxy/malformed');
    expect(response.status).toBe(502);
    expect(response.text).toBe('{"message": "Internal server error"}');
  });

  it("answers middy's early timeout with a 504 problem, and the next call succeeds", async () => {
    const timedOut = await get('/dev/proxy/slow');
    expect(timedOut.status).toBe(504);
    expect(timedOut.json()).toMatchObject({ status: 504, title: 'Gateway Timeout' });
    expect((await get('/dev/proxy/8')).status).toBe(200);
  });
});

describe("lambda-error-map serve: API Gateway's own errors, from the template's Gateway Responses", () => {
  it('answers an unknown route or method with MISSING_AUTHENTICATION_TOKEN (403)', async () => {
    for (const [path, method] of [
      ['/dev/nothing/here', 'GET'],
      ['/dev/orders/42', 'POST'],
      ['/', 'GET'],
      ['/dev', 'GET'],
    ] as const) {
      const response = await get(path, { method });
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toBe(PROBLEM);
      expect(response.json()).toMatchObject({
        status: 403,
        detail: 'Missing Authentication Token',
        gatewayResponseType: 'MISSING_AUTHENTICATION_TOKEN',
      });
    }
  });

  it("answers past the integration's TimeoutInMillis with INTEGRATION_TIMEOUT (504)", async () => {
    const response = await get('/dev/stalled/slow');
    expect(response.status).toBe(504);
    expect(response.json()).toMatchObject({
      status: 504,
      detail: 'Endpoint request timed out',
      gatewayResponseType: 'INTEGRATION_TIMEOUT',
    });
  });

  it('answers a body over 10 MB with REQUEST_TOO_LARGE (413)', async () => {
    const response = await get('/dev/orders/42', {
      method: 'GET',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    const tooLarge = await get('/dev/proxy/42', {
      method: 'POST',
      body: 'x'.repeat(10 * 1024 * 1024 + 1),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.json()).toMatchObject({ status: 413, gatewayResponseType: 'REQUEST_TOO_LARGE' });
  });
});

describe('lambda-error-map serve: one access-log line per request', () => {
  // A tagged error's problem body carries the Lambda's request id (integrationRequestId); a Gateway Response's
  // carries API Gateway's (requestId).
  it("writes the project's JSON access-log format, leading from a problem body's requestId to the line", async () => {
    const found = await get('/dev/orders/missing');
    const foundLine = served.accessLog.find(
      (line) => line.integrationRequestId === (found.json() as Problem).requestId,
    );
    expect(foundLine).toMatchObject({
      httpMethod: 'GET',
      resourcePath: '/orders/{id}',
      status: '404',
      responseType: '-',
      integrationStatus: '200',
    });
    expect(foundLine?.requestTime).toMatch(/^\d\d\/[A-Z][a-z]{2}\/\d{4}:\d\d:\d\d:\d\d \+0000$/);
    expect(foundLine?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(foundLine?.requestId).not.toBe(foundLine?.integrationRequestId);
    expect(Number(foundLine?.responseLatency)).toBeGreaterThanOrEqual(Number(foundLine?.integrationLatency));

    const refused = await get('/dev/nowhere');
    expect(
      served.accessLog.find((line) => line.requestId === (refused.json() as Problem).requestId),
    ).toMatchObject({
      resourcePath: '-',
      status: '403',
      responseType: 'MISSING_AUTHENTICATION_TOKEN',
      errorMessage: 'Missing Authentication Token',
      integrationRequestId: '-',
    });
  });
});

interface Problem {
  readonly requestId: string;
}
