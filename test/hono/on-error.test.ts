// The hono adapter with real hono: through its Lambda adapter (`hono/aws-lambda`) on realistic REST v1 and
// HTTP API 2.0 events, and through `app.request()`.
import { describe, expect, it, jest } from '@jest/globals';
import { Hono } from 'hono';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { problemOnError } from '../../src/hono/index.js';
import type { ErrorLogEntry } from '../../src/index.js';
import {
  adapterCatalog as catalog,
  describeAdapterContract,
  throwsNotFound,
} from '../support/adapter-contract.js';
import { httpApiV2Event, lambdaContext, restV1Event } from '../support/events.js';
import { headerValues } from '../support/response-validators.js';

/** An app whose GET /orders/:id runs `handler` (hono answers HEAD with it too), with the adapter as its onError. */
function appWith(handler: () => Promise<unknown>, entries: ErrorLogEntry[] = []) {
  const app = new Hono();
  app.get('/orders/:id', async (c) => c.json((await handler()) as object));
  app.onError(problemOnError({ catalog, logger: (entry) => entries.push(entry) }));
  return app;
}

/** Through hono's Lambda adapter; its event types say `undefined` where API Gateway sends `null`. */
function invoke(app: Hono, event: object) {
  return handle(app)(event as LambdaEvent, lambdaContext());
}

describeAdapterContract('problemOnError under hono/aws-lambda', (handler, entries, event) =>
  invoke(appWith(handler, entries), event),
);

describe.each([
  ['rest-v1', restV1Event],
  ['http-api-v2', httpApiV2Event],
] as const)('problemOnError and hono middlewares on a %s event', (_, event) => {
  it("keeps hono's CORS headers on the error response", async () => {
    const app = new Hono();
    app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'] }));
    app.get('/orders/:id', throwsNotFound);
    app.onError(problemOnError({ catalog, logger: false }));
    const response = await invoke(app, event({ headers: { Origin: 'https://admin.example.com' } }));
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'access-control-allow-origin')).toEqual(['https://admin.example.com']);
  });
});

describe('problemOnError through app.request()', () => {
  it('answers without a Lambda context: no requestId member', async () => {
    const response = await appWith(throwsNotFound).request('/orders/42');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: 'Order not found',
      status: 404,
      detail: 'order 42 does not exist',
      instance: '/orders/42',
    });
  });

  it("maps hono's HTTPException to its status: a 4xx message shown, its response's headers kept", async () => {
    const unauthorized = new Response('Unauthorized', {
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer realm="orders"', 'Content-Type': 'text/plain' },
    });
    const app = appWith(async () => {
      throw new HTTPException(401, { message: 'token expired', res: unauthorized });
    });
    const response = await app.request('/orders/42');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="orders"');
    expect(await response.json()).toMatchObject({
      title: 'Unauthorized',
      status: 401,
      detail: 'token expired',
    });
  });

  it("keeps every Set-Cookie of an HTTPException's response, not its Content-Type nor a non-ASCII value", async () => {
    const headers = new Headers({ 'Content-Type': 'text/plain', 'X-Realm': 'caf\u00e9' });
    headers.append('Set-Cookie', 'session=; Max-Age=0');
    headers.append('Set-Cookie', 'csrf=; Max-Age=0');
    const app = appWith(async () => {
      throw new HTTPException(401, { res: new Response('go away', { headers }) });
    });
    const response = await app.request('/orders/42');
    expect(response.headers.getSetCookie()).toEqual(['session=; Max-Age=0', 'csrf=; Max-Age=0']);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.has('x-realm')).toBe(false);
  });

  it('hides the message and the response headers of a 5xx HTTPException', async () => {
    const app = appWith(async () => {
      throw new HTTPException(503, {
        message: 'password=hunter2 at db-1.internal',
        res: new Response(null, { headers: { 'X-Upstream': 'db-1.internal' } }),
      });
    });
    const response = await app.request('/orders/42');
    expect(response.status).toBe(503);
    expect(response.headers.get('x-upstream')).toBeNull();
    expect(await response.text()).not.toContain('hunter2');
  });

  it('titles an HTTPException without a message after its status', async () => {
    const app = appWith(async () => {
      throw new HTTPException(403);
    });
    const response = await app.request('/orders/42');
    expect(await response.json()).toMatchObject({ title: 'Forbidden', status: 403, detail: 'Forbidden' });
  });

  it('works without options: the default catalog, logged on the console', async () => {
    const info = jest.spyOn(console, 'info').mockImplementation(() => {});
    try {
      const app = new Hono();
      app.get('/orders/:id', () => {
        throw new HTTPException(404, { message: 'no order 42' });
      });
      app.onError(problemOnError());
      const response = await app.request('/orders/42');
      expect(await response.json()).toMatchObject({ title: 'Not Found', status: 404, detail: 'no order 42' });
      // A client error goes to console.info (consoleClientErrors' default).
      expect(info).toHaveBeenCalledWith(expect.stringContaining('"kind":"NotFound"'));
    } finally {
      info.mockRestore();
    }
  });

  it('refuses a wrong option with a TypeError naming the handler and the option', () => {
    expect(() => problemOnError({ format: 'xml' as never })).toThrow(
      'problemOnError: option "format" must be one of "problem+json", "json", "text", got "xml"',
    );
  });
});
