// Issue 9 item 5, issue 20 item 1: HTTP events are recognised by the fields their source always sends; every
// other event (a queue, a stream, Kafka, MQ, Firehose, a Cognito trigger, a direct invocation...) makes the
// proxy middleware and errorResponseForEvent rethrow the original error, so that the source retries the
// batch, and warn once.
import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import {
  defaultCatalog,
  detectEventKind,
  type ErrorLogEntry,
  errorResponseForEvent,
  proxyErrorResponse,
} from '../../src/index.js';
import {
  EVENT_BUILDERS,
  EVENT_KINDS,
  lambdaContext,
  restV1Event,
  type WebSocketEventType,
  webSocketEvent,
} from '../support/events.js';
import { NON_HTTP_EVENTS } from '../support/non-http-events.js';

function throwingEvent(): object {
  return new Proxy(
    {},
    {
      get: () => {
        throw new Error('get trap');
      },
    },
  );
}

describe('proxyErrorResponse on an event that is not an HTTP request', () => {
  it.each(NON_HTTP_EVENTS)(
    '%s: the invocation fails with the original error, and one warning names the source',
    async (_label, makeEvent, source) => {
      const entries: ErrorLogEntry[] = [];
      const thrown = defaultCatalog.error('NotFound', 'order 42');
      const handler = middy(async () => {
        throw thrown;
      }).use(proxyErrorResponse({ logger: (entry) => entries.push(entry) }));
      await expect(handler(makeEvent() as never, lambdaContext())).rejects.toBe(thrown);
      await expect(handler(makeEvent() as never, lambdaContext())).rejects.toBe(thrown);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ level: 'warn', status: 404, kind: 'NotFound' });
      expect(entries[0]!.message).toContain(`not an HTTP request (${source})`);
    },
  );

  it('rethrows on an event whose every read throws, and the warning says its source is unknown', async () => {
    const entries: ErrorLogEntry[] = [];
    const thrown = new Error('boom');
    const handler = middy(async () => {
      throw thrown;
    }).use(proxyErrorResponse({ logger: (entry) => entries.push(entry) }));
    await expect(handler(throwingEvent() as never, lambdaContext())).rejects.toBe(thrown);
    expect(entries[0]!.message).toContain('not an HTTP request (an event of no known source)');
  });

  it('names an EventBridge event without source by its detail-type alone', async () => {
    const entries: ErrorLogEntry[] = [];
    const handler = middy(async () => {
      throw new Error('boom');
    }).use(proxyErrorResponse({ logger: (entry) => entries.push(entry) }));
    await expect(
      handler({ 'detail-type': 'OrderPlaced', detail: {} } as never, lambdaContext()),
    ).rejects.toThrow('boom');
    expect(entries[0]!.message).toContain('not an HTTP request (OrderPlaced)');
  });

  it('also rethrows a non-Error thrown value untouched', async () => {
    const handler = middy(async () => {
      throw 'plain string';
    }).use(proxyErrorResponse({ logger: false }));
    await expect(handler(NON_HTTP_EVENTS[0]![1]() as never, lambdaContext())).rejects.toBe('plain string');
  });

  it.each(EVENT_KINDS)('still answers an HTTP event (%s) with a response', async (kind) => {
    const handler = middy(async () => {
      throw defaultCatalog.error('NotFound');
    }).use(proxyErrorResponse({ logger: false }));
    const response = (await handler(EVENT_BUILDERS[kind]() as never, lambdaContext())) as {
      statusCode: number;
    };
    expect(response.statusCode).toBe(404);
  });

  it.each<WebSocketEventType>(['CONNECT', 'MESSAGE', 'DISCONNECT'])(
    'answers an API Gateway WebSocket %s event in the REST v1 shape its proxy integration reads',
    async (eventType) => {
      const handler = middy(async () => {
        throw defaultCatalog.error('Unauthorized', 'token expired');
      }).use(proxyErrorResponse({ logger: false }));
      const response = await handler(webSocketEvent(eventType) as never, lambdaContext('ws-1'));
      expect(response).toEqual({
        statusCode: 401,
        headers: { 'Content-Type': 'application/problem+json' },
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'token expired',
          requestId: 'ws-1',
        }),
        isBase64Encoded: false,
      });
    },
  );
});

describe('errorResponseForEvent on an event that is not an HTTP request', () => {
  it.each(NON_HTTP_EVENTS)(
    '%s: throws the original error instead of returning a response',
    (_l, makeEvent) => {
      const thrown = new Error('poison message');
      let caught: unknown;
      try {
        errorResponseForEvent(thrown, makeEvent(), lambdaContext(), { logger: false });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBe(thrown);
    },
  );
});

describe('detectEventKind', () => {
  it.each(NON_HTTP_EVENTS)('%s: undefined, the event is not an HTTP request', (_label, makeEvent) => {
    expect(detectEventKind(makeEvent())).toBeUndefined();
  });

  it.each(EVENT_KINDS)('%s: the kind', (kind) => {
    expect(detectEventKind(EVENT_BUILDERS[kind]())).toBe(kind);
  });

  it.each<WebSocketEventType>(['CONNECT', 'MESSAGE', 'DISCONNECT'])(
    'WebSocket %s: rest-v1, the shape of its response',
    (eventType) => {
      expect(detectEventKind(webSocketEvent(eventType))).toBe('rest-v1');
    },
  );

  it.each([
    [
      'a version 2.0 event without requestContext.http',
      { version: '2.0', rawPath: '/orders', requestContext: {} },
    ],
    ['a version 2.0 event without requestContext', { version: '2.0', rawPath: '/orders' }],
    ['an ALB-like event without httpMethod', { requestContext: { elb: { targetGroupArn: 'arn' } } }],
    ['a requestContext without httpMethod or connection', { requestContext: { requestId: 'x' } }],
    ['an httpMethod without requestContext', { httpMethod: 'GET', path: '/orders' }],
    ['a connectionId without routeKey or eventType', { requestContext: { connectionId: 'c' } }],
  ])('%s: undefined', (_label, event) => {
    expect(detectEventKind(event)).toBeUndefined();
  });

  it('HTTP API 2.0 for a version 2.0 event with requestContext.http and no domain name', () => {
    expect(
      detectEventKind({ version: '2.0', rawPath: '/', requestContext: { http: { method: 'GET' } } }),
    ).toBe('http-api-v2');
  });

  it('undefined for an event whose every read throws', () => {
    expect(detectEventKind(throwingEvent())).toBeUndefined();
  });

  it('a REST event keeps its kind when a WebSocket field is present too', () => {
    const event = restV1Event();
    expect(
      detectEventKind({ ...event, requestContext: { ...event.requestContext, connectionId: 'c' } }),
    ).toBe('rest-v1');
  });
});
