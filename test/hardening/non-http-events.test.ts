// Issue 9, item 5: on an event that is clearly not HTTP, the proxy middleware rethrows the original
// error (so SQS, streams and EventBridge retry or dead-letter it) and warns once.
import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import {
  defaultCatalog,
  type ErrorLogEntry,
  errorResponseForEvent,
  proxyErrorResponse,
} from '../../src/index.js';
import { EVENT_BUILDERS, EVENT_KINDS, lambdaContext } from '../support/events.js';
import { NON_HTTP_EVENTS } from '../support/non-http-events.js';

describe('proxyErrorResponse on a non-HTTP event', () => {
  it.each(NON_HTTP_EVENTS)(
    '%s: the invocation fails with the original error',
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
      expect(entries[0]!.message).toContain(source);
      expect(entries[0]!.message).toContain('non-HTTP');
    },
  );

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

  it('still answers a direct invocation with no known shape (the REST v1 shape)', async () => {
    const handler = middy(async () => {
      throw defaultCatalog.error('NotFound');
    }).use(proxyErrorResponse({ logger: false }));
    const response = (await handler({ orderId: '42' } as never, lambdaContext())) as { statusCode: number };
    expect(response.statusCode).toBe(404);
  });
});

describe('errorResponseForEvent on a non-HTTP event', () => {
  it('throws the original error instead of returning a response', () => {
    const thrown = new Error('poison message');
    const [, makeEvent] = NON_HTTP_EVENTS[0]!;
    expect(() => errorResponseForEvent(thrown, makeEvent(), lambdaContext(), { logger: false })).toThrow(
      thrown,
    );
  });
});
