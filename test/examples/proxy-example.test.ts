// The proxy example's answers as each integration hands them to the client: a success keeps its Content-Type
// whatever the event kind (an ALB in multi-value mode reads multiValueHeaders only).
import { describe, expect, it } from '@jest/globals';
import { handler } from '../../examples/serverless/proxy.js';
import { fakeLambdaContext, type ProxyEventKind, proxyResult } from '../../src/testing/index.js';
import {
  albEvent,
  albMultiValueEvent,
  functionUrlEvent,
  httpApiV1Event,
  httpApiV2Event,
  restV1Event,
} from '../support/events.js';

const EVENTS: ReadonlyArray<readonly [ProxyEventKind, object]> = [
  ['rest-v1', { ...restV1Event({ path: '/proxy/orders/ok' }), pathParameters: { case: 'ok' } }],
  ['http-api-v1', { ...httpApiV1Event({ path: '/api/v1/orders/ok' }), pathParameters: { case: 'ok' } }],
  ['http-api-v2', { ...httpApiV2Event({ path: '/api/orders/ok' }), pathParameters: { case: 'ok' } }],
  ['function-url', { ...functionUrlEvent({ path: '/orders' }), queryStringParameters: { case: 'ok' } }],
  ['alb', { ...albEvent({ path: '/orders' }), queryStringParameters: { case: 'ok' } }],
  [
    'alb-multi-value',
    { ...albMultiValueEvent({ path: '/orders' }), multiValueQueryStringParameters: { case: ['ok'] } },
  ],
];

describe('the proxy example', () => {
  it.each(EVENTS)('%s: the order as JSON, with its Content-Type', async (kind, event) => {
    const answer = proxyResult(await handler(event as never, fakeLambdaContext()), kind);

    expect(answer.statusCode).toBe(200);
    expect(answer.headers['Content-Type'] ?? answer.headers['content-type']).toBe('application/json');
    expect(JSON.parse(answer.body)).toEqual({ orderId: '42', state: 'shipped' });
  });
});
