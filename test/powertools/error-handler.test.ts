// The Powertools adapter with the real HTTP router (@aws-lambda-powertools/event-handler/http), resolving
// realistic REST v1 and HTTP API 2.0 events through `app.resolve(event, context)`.

import { Router } from '@aws-lambda-powertools/event-handler/http';
import { DynamoDBClient, GetItemCommand, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { defineErrorCatalog, type ErrorLogEntry } from '../../src/index.js';
import { problemErrorHandler } from '../../src/powertools/index.js';
import { httpApiV2Event, lambdaContext, restV1Event } from '../support/events.js';
import { assertValidProxyResponse, headerValues } from '../support/response-validators.js';

const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e812345678';
const SECRET = 'password=hunter2 at db-1.internal';
const dynamo = mockClient(DynamoDBClient);

afterEach(() => {
  dynamo.reset();
});

/** A router whose GET and HEAD /orders/:id run `handler`, with the adapter registered for every Error. */
function appWith(handler: () => Promise<unknown>, entries: ErrorLogEntry[] = []) {
  const app = new Router();
  app.route(async () => (await handler()) as Record<string, string>, {
    method: ['GET', 'HEAD'],
    path: '/orders/:id',
  });
  app.errorHandler(Error, problemErrorHandler({ catalog, logger: (entry) => entries.push(entry) }));
  return app;
}

const EVENTS = [
  ['rest-v1', restV1Event],
  ['http-api-v2', httpApiV2Event],
] as const;

describe.each(EVENTS)('problemErrorHandler on a %s event', (kind, event) => {
  it('answers a catalog error with its status, problem+json and the instance and request id', async () => {
    const entries: ErrorLogEntry[] = [];
    const app = appWith(async () => {
      throw catalog.error('OrderNotFound', 'order 42 does not exist');
    }, entries);
    const response = await app.resolve(event(), lambdaContext());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    expect(JSON.parse(response.body as string)).toEqual({
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
    const response = await app.resolve(event(), lambdaContext());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(500);
    expect(JSON.stringify(response)).not.toContain('hunter2');
    expect(JSON.parse(response.body as string)).toMatchObject({
      title: 'Internal Server Error',
      status: 500,
      detail: 'Internal Server Error',
    });
    expect(entries).toEqual([
      expect.objectContaining({
        level: 'error',
        status: 500,
        kind: 'InternalServerError',
        error: expect.objectContaining({ message: SECRET }),
      }),
    ]);
  });

  it('answers AWS SDK v3 throttling with 503 and Retry-After', async () => {
    dynamo.on(GetItemCommand).rejects(new ThrottlingException({ message: SECRET, $metadata: {} }));
    const client = new DynamoDBClient({ region: 'eu-west-1' });
    const app = appWith(() => client.send(new GetItemCommand({ TableName: 'orders', Key: {} })));
    const response = await app.resolve(event(), lambdaContext());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(503);
    expect(headerValues(response, 'retry-after')).toEqual(['1']);
    expect(JSON.parse(response.body as string)).toMatchObject({ status: 503, retryAfter: 1 });
    expect(JSON.stringify(response)).not.toContain('hunter2');
  });

  it('answers a HEAD request without a body', async () => {
    const app = appWith(async () => {
      throw catalog.error('OrderNotFound', 'order 42 does not exist');
    });
    const response = await app.resolve(event({ method: 'HEAD' }), lambdaContext());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(404);
    expect(response.body).toBe('');
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
  });

  it("answers the router's own 404 (no route) as a problem, keeping its status and message", async () => {
    const app = appWith(async () => ({}));
    const response = await app.resolve(event({ path: '/nowhere' }), lambdaContext());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    expect(JSON.parse(response.body as string)).toMatchObject({
      status: 404,
      title: 'Not Found',
      detail: 'Route /nowhere for method GET not found',
      instance: '/nowhere',
    });
  });

  it('keeps headers a router middleware set (e.g. CORS) on the error response', async () => {
    const app = appWith(async () => {
      throw catalog.error('OrderNotFound', 'order 42 does not exist');
    });
    app.use(async ({ reqCtx, next }) => {
      reqCtx.res.headers.set('Access-Control-Allow-Origin', 'https://app.example.com');
      await next();
    });
    const response = await app.resolve(event(), lambdaContext());
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'access-control-allow-origin')).toEqual(['https://app.example.com']);
  });
});

describe('problemErrorHandler options', () => {
  it('refuses a wrong option with a TypeError naming the handler and the option', () => {
    expect(() => problemErrorHandler({ exposeServerErrors: 'yes' as never })).toThrow(
      'problemErrorHandler: option "exposeServerErrors" must be a boolean, got "yes"',
    );
  });
});
