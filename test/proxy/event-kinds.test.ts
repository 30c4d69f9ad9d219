import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import createError from 'http-errors';
import { defaultCatalog, defineErrorCatalog, detectEventKind, proxyErrorResponse } from '../../src/index.js';
import { EVENT_BUILDERS, EVENT_KINDS, lambdaContext } from '../support/events.js';
import {
  assertValidProxyResponse,
  headerValues,
  proxyResponseProblems,
} from '../support/response-validators.js';
import { parsedBody, REQUEST_ID, respondTo } from './support.js';

const catalog = defineErrorCatalog({
  OrderNotFound: {
    status: 404,
    title: 'Order not found',
    type: 'https://example.com/problems/order-not-found',
  },
  Throttled: { status: 503, retryAfterSeconds: 7 },
});
const quiet = () => proxyErrorResponse({ catalog, logger: false });
const SECRET = 'postgres://admin:hunter2@db.internal:5432/orders';

describe.each(EVENT_KINDS)('proxyErrorResponse on a %s event', (kind) => {
  const isAlb = kind === 'alb' || kind === 'alb-multi-value';

  it('answers a catalog 404 with an RFC 9457 body in exactly this kind of response', async () => {
    const response = await respondTo(kind, catalog.error('OrderNotFound', 'order 42 does not exist'), [
      quiet(),
    ]);
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    expect(response.isBase64Encoded).toBe(false);
    if (isAlb) expect(response.statusDescription).toBe('404 Not Found');
    else expect(response).not.toHaveProperty('statusDescription');
    expect(parsedBody(response)).toEqual({
      type: 'https://example.com/problems/order-not-found',
      title: 'Order not found',
      status: 404,
      detail: 'order 42 does not exist',
      instance: '/orders/42',
      requestId: REQUEST_ID,
    });
  });

  it('hides a plain 500 error message everywhere in the response', async () => {
    const thrown = new Error(`could not connect to ${SECRET}`);
    const response = await respondTo(kind, thrown, [quiet()]);
    expect(response.statusCode).toBe(500);
    expect(JSON.stringify(response)).not.toContain('hunter2');
    expect(JSON.stringify(response)).not.toContain('could not connect');
    expect(parsedBody(response)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'Internal Server Error',
      instance: '/orders/42',
      requestId: REQUEST_ID,
    });
    if (isAlb) expect(response.statusDescription).toBe('500 Internal Server Error');
  });

  it('sends Retry-After with a 503 whose retry delay is known', async () => {
    const response = await respondTo(kind, catalog.error('Throttled', 'orders table is throttled'), [
      quiet(),
    ]);
    expect(response.statusCode).toBe(503);
    expect(headerValues(response, 'retry-after')).toEqual(['7']);
    expect(parsedBody(response)).toMatchObject({ status: 503, retryAfter: 7, detail: 'Service Unavailable' });
    if (isAlb) expect(response.statusDescription).toBe('503 Service Unavailable');
  });

  it('shows the message of an http-errors 404 (expose: true)', async () => {
    const response = await respondTo(kind, createError(404, 'gone fishing'), [quiet()]);
    expect(response.statusCode).toBe(404);
    expect(parsedBody(response)).toMatchObject({ status: 404, title: 'Not Found', detail: 'gone fishing' });
  });

  it('sends no body to a HEAD request, but the same status and headers', async () => {
    const response = await respondTo(kind, catalog.error('OrderNotFound', 'order 42'), [quiet()], {
      method: 'HEAD',
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).toBe('');
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
  });

  it("writes plain text with format 'text'", async () => {
    const middleware = proxyErrorResponse({ catalog, logger: false, format: 'text' });
    const response = await respondTo(kind, catalog.error('OrderNotFound', 'order 42 does not exist'), [
      middleware,
    ]);
    expect(headerValues(response, 'content-type')).toEqual(['text/plain; charset=utf-8']);
    expect(response.body).toBe(`Order not found: order 42 does not exist (request id ${REQUEST_ID})`);
  });

  it("writes the same members as application/json with format 'json'", async () => {
    const middleware = proxyErrorResponse({ catalog, logger: false, format: 'json' });
    const response = await respondTo(kind, createError(409, 'version mismatch'), [middleware]);
    expect(headerValues(response, 'content-type')).toEqual(['application/json']);
    expect(parsedBody(response)).toEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'version mismatch',
      instance: '/orders/42',
      requestId: REQUEST_ID,
    });
  });

  it('is detected as its own kind', () => {
    expect(detectEventKind(EVENT_BUILDERS[kind]())).toBe(kind);
  });
});

describe('proxyErrorResponse, whatever the event', () => {
  it('answers a REST v1 event without a path in its shape, without instance', async () => {
    const handler = middy(async () => {
      throw defaultCatalog.error('BadRequest', 'quantity must be positive');
    }).use(proxyErrorResponse({ logger: false }));
    const { path: _, ...event } = EVENT_BUILDERS['rest-v1']() as { path: string };
    const response = await handler(event as never, lambdaContext('req-1'));
    assertValidProxyResponse('rest-v1', response);
    expect(response).toEqual({
      statusCode: 400,
      headers: { 'Content-Type': 'application/problem+json' },
      body: JSON.stringify({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'quantity must be positive',
        requestId: 'req-1',
      }),
      isBase64Encoded: false,
    });
  });

  it('leaves request.error as thrown and sets request.response for middlewares that run after it', async () => {
    const thrown = catalog.error('OrderNotFound', 'order 42');
    const seen: { error?: unknown; status?: unknown } = {};
    const observer = {
      onError: (request: { error: unknown; response: unknown }) => {
        seen.error = request.error;
        seen.status = (request.response as { statusCode?: unknown } | undefined)?.statusCode;
      },
    };
    const handler = middy(async () => {
      throw thrown;
    })
      .use(observer)
      .use(quiet());
    const response = await handler(EVENT_BUILDERS['http-api-v2']() as never, lambdaContext());
    expect(seen.error).toBe(thrown);
    expect(seen.status).toBe(404);
    expect((response as { statusCode: number }).statusCode).toBe(404);
  });

  it('runs nothing on the success path', async () => {
    const handler = middy(async () => ({ statusCode: 200, body: 'ok' })).use(quiet());
    expect(await handler(EVENT_BUILDERS['rest-v1']() as never, lambdaContext())).toEqual({
      statusCode: 200,
      body: 'ok',
    });
    expect(Object.keys(quiet())).toEqual(['onError']);
  });

  it('shows 5xx details only with exposeServerErrors, and never a stack', async () => {
    const thrown = createError(502, 'payment provider answered 502');
    const hidden = await respondTo('rest-v1', thrown, [quiet()]);
    const shown = await respondTo('rest-v1', thrown, [
      proxyErrorResponse({ catalog, logger: false, exposeServerErrors: true }),
    ]);
    expect(parsedBody(hidden).detail).toBe('Bad Gateway');
    expect(parsedBody(shown).detail).toBe('payment provider answered 502');
    expect(shown.body).not.toContain('at ');
  });

  it('the validators reject what API Gateway and ALB reject', () => {
    const good = {
      statusCode: 404,
      headers: { 'Content-Type': 'text/plain' },
      body: 'x',
      isBase64Encoded: false,
    };
    expect(proxyResponseProblems('rest-v1', good)).toEqual([]);
    expect(proxyResponseProblems('rest-v1', { ...good, cookies: [] })).toEqual([
      'key "cookies" is not allowed in a rest-v1 response',
    ]);
    expect(proxyResponseProblems('http-api-v2', { ...good, multiValueHeaders: { A: ['1'] } })).toEqual([
      'key "multiValueHeaders" is not allowed in a http-api-v2 response',
    ]);
    expect(proxyResponseProblems('alb', good)).toEqual([
      'key "statusDescription" is required in a alb response',
      'statusDescription: must be "<status> <reason>", got undefined',
    ]);
    expect(proxyResponseProblems('rest-v1', { ...good, body: { a: 1 } })).toEqual([
      'body: must be a string, got object',
    ]);
    expect(proxyResponseProblems('function-url', { body: 'x' })).toContain(
      'key "statusCode" is required in a function-url response',
    );
  });
});
