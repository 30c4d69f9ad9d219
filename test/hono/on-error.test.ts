// The hono adapter with real hono: through its Lambda adapter (`hono/aws-lambda`) on realistic REST v1 and
// HTTP API 2.0 events, and through `app.request()`.
import { DynamoDBClient, GetItemCommand, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { Hono } from 'hono';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { problemOnError } from '../../src/hono/index.js';
import { defineErrorCatalog, type ErrorLogEntry } from '../../src/index.js';
import { httpApiV2Event, lambdaContext, restV1Event } from '../support/events.js';
import { assertValidProxyResponse, headerValues } from '../support/response-validators.js';

const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e812345678';
const SECRET = 'password=hunter2 at db-1.internal';
const dynamo = mockClient(DynamoDBClient);

afterEach(() => {
  dynamo.reset();
});

/** An app whose GET /orders/:id runs `handler`, with the adapter as its onError. */
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

const throwsNotFound = async () => {
  throw catalog.error('OrderNotFound', 'order 42 does not exist');
};

const EVENTS = [
  ['rest-v1', restV1Event],
  ['http-api-v2', httpApiV2Event],
] as const;

describe.each(EVENTS)('problemOnError under hono/aws-lambda on a %s event', (kind, event) => {
  it('answers a catalog error with its status, problem+json and the instance and request id', async () => {
    const entries: ErrorLogEntry[] = [];
    const response = await invoke(appWith(throwsNotFound, entries), event());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    expect(JSON.parse(response.body)).toEqual({
      type: 'about:blank',
      title: 'Order not found',
      status: 404,
      detail: 'order 42 does not exist',
      instance: '/orders/42',
      requestId: REQUEST_ID,
    });
    expect(entries).toEqual([
      expect.objectContaining({ level: 'warn', status: 404, kind: 'OrderNotFound', requestId: REQUEST_ID }),
    ]);
  });

  it('hides the detail of an unknown error behind a 500 and logs the original', async () => {
    const entries: ErrorLogEntry[] = [];
    const app = appWith(async () => {
      throw new Error(SECRET);
    }, entries);
    const response = await invoke(app, event());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(500);
    expect(JSON.stringify(response)).not.toContain('hunter2');
    expect(JSON.parse(response.body)).toMatchObject({ status: 500, detail: 'Internal Server Error' });
    expect(entries).toEqual([
      expect.objectContaining({ level: 'error', error: expect.objectContaining({ message: SECRET }) }),
    ]);
  });

  it('answers AWS SDK v3 throttling with 503 and Retry-After', async () => {
    dynamo.on(GetItemCommand).rejects(new ThrottlingException({ message: SECRET, $metadata: {} }));
    const client = new DynamoDBClient({ region: 'eu-west-1' });
    const app = appWith(() => client.send(new GetItemCommand({ TableName: 'orders', Key: {} })));
    const response = await invoke(app, event());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(503);
    expect(headerValues(response, 'retry-after')).toEqual(['1']);
    expect(JSON.parse(response.body)).toMatchObject({ status: 503, retryAfter: 1 });
    expect(JSON.stringify(response)).not.toContain('hunter2');
  });

  it('answers a HEAD request without a body', async () => {
    const response = await invoke(appWith(throwsNotFound), event({ method: 'HEAD' }));
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(404);
    expect(response.body).toBe('');
  });

  it("keeps hono's CORS headers on the error response", async () => {
    const app = new Hono();
    app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'] }));
    app.get('/orders/:id', throwsNotFound);
    app.onError(problemOnError({ catalog, logger: false }));
    const request = event({ headers: { Origin: 'https://admin.example.com' } });
    const response = await invoke(app, request);
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

  it('hides the message and the response headers of a 5xx HTTPException', async () => {
    const app = appWith(async () => {
      throw new HTTPException(503, {
        message: SECRET,
        res: new Response(null, { headers: { 'X-Upstream': SECRET } }),
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

  it('refuses a wrong option with a TypeError naming the handler and the option', () => {
    expect(() => problemOnError({ format: 'xml' as never })).toThrow(
      'problemOnError: option "format" must be one of "problem+json", "json", "text", got "xml"',
    );
  });
});
