import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { integrationResponses } from '../../src/generate/index.js';
import { taggedErrorMessage } from '../../src/index.js';
import { invokeNonProxy } from '../../src/testing/index.js';
import { ordersCatalog } from '../support/orders-catalog.js';

const catalog = ordersCatalog;
const model = integrationResponses(catalog);

/** A real middy handler for a non-proxy integration: the event is whatever the request template built. */
const handlerThatThrows = (makeError: () => unknown) =>
  middy(async (_event: { orderId: string }, _context: Context) => {
    throw makeError();
  }).use(taggedErrorMessage({ catalog, logger: false }));

const invoke = (handler: ReturnType<typeof handlerThatThrows>, requestId = 'apigw-req-1') =>
  invokeNonProxy({ handler, event: { orderId: '42' }, integration: model, requestId });

describe('end to end: catalog error → middy + taggedErrorMessage → generated integration responses', () => {
  it('answers 404 with the problem JSON as application/problem+json', async () => {
    const response = await invoke(
      handlerThatThrows(() => catalog.error('OrderNotFound', 'order 42 does not exist')),
    );
    expect(response.statusCode).toBe(404);
    expect(response.headers).toEqual({ 'Content-Type': 'application/problem+json' });
    expect(JSON.parse(response.body)).toMatchObject({
      type: 'https://errors.example.com/order-not-found',
      title: 'Order not found',
      status: 404,
      detail: 'order 42 does not exist',
    });
  });

  it('answers 503 with Retry-After from the catalog', async () => {
    const response = await invoke(handlerThatThrows(() => catalog.error('PaymentsDown')));
    expect(response.statusCode).toBe(503);
    expect(response.headers).toEqual({ 'Content-Type': 'application/problem+json', 'Retry-After': '30' });
    expect(JSON.parse(response.body)).toMatchObject({ status: 503 });
  });

  it('answers a fixed 500 body for an untagged crash, without the raw message', async () => {
    const crash = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'secretTableName')");
    };
    const response = await invokeNonProxy({
      handler: crash,
      event: {},
      integration: model,
      requestId: 'apigw-req-2',
    });
    expect(response.statusCode).toBe(500);
    expect(response.headers).toEqual({ 'Content-Type': 'application/problem+json' });
    expect(response.body).not.toContain('secretTableName');
    expect(JSON.parse(response.body)).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'The server could not complete the request.',
      requestId: 'apigw-req-2',
    });
  });

  it('answers 504 when the function times out', async () => {
    const hangs = () => new Promise(() => {});
    const response = await invokeNonProxy({
      handler: hangs,
      event: {},
      integration: model,
      requestId: 'apigw-req-3',
      timeoutSeconds: 0.05,
    });
    expect(response.statusCode).toBe(504);
    expect(JSON.parse(response.body)).toMatchObject({ status: 504, requestId: 'apigw-req-3' });
  });

  it('answers 200 with the result for a success', async () => {
    const ok = middy(async () => ({ orderId: '42' })).use(taggedErrorMessage({ catalog, logger: false }));
    const response = await invokeNonProxy({ handler: ok, event: {}, integration: model });
    expect(response).toEqual({
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      body: '{"orderId":"42"}',
    });
  });
});
