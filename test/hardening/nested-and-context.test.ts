// Issue 9, items 6, 7 and 8: nested wrappers keep the status; a hostile context never replaces the
// response; the last-resort response says why in the log; Error.stackTraceLimit may be read-only.
import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import {
  defaultCatalog,
  type ErrorCatalog,
  type ErrorLogEntry,
  errorResponseForEvent,
  proxyErrorResponse,
  taggedErrorMessage,
} from '../../src/index.js';
import { parsedBody, respondTo } from '../proxy/support.js';
import { lambdaContext, restV1Event } from '../support/events.js';

async function rejectionOf(handler: (event: unknown, context: never) => Promise<unknown>): Promise<Error> {
  try {
    await handler({}, lambdaContext('req-6') as never);
  } catch (error) {
    return error as Error;
  }
  throw new Error('the handler did not reject');
}

function innerHandler() {
  return middy(async () => {
    throw defaultCatalog.error('Conflict', 'order 42 was edited elsewhere', { retryAfterSeconds: 2 });
  }).use(taggedErrorMessage({ logger: false }));
}

describe('nested wrappers keep the status (item 6)', () => {
  it('the tagged error carries status, statusCode and expose', async () => {
    const error = await rejectionOf(innerHandler());
    expect(error).toMatchObject({ name: 'Conflict', status: 409, statusCode: 409, expose: true });
    const hidden = await rejectionOf(
      middy(async () => {
        throw new Error('db password hunter2');
      }).use(taggedErrorMessage({ logger: false })),
    );
    expect(hidden).toMatchObject({ status: 500, statusCode: 500, expose: false });
  });

  it('an outer taggedErrorMessage keeps the inner tag as it is', async () => {
    const inner = await rejectionOf(innerHandler());
    const inside = innerHandler();
    const outer = middy(async (event: unknown, context: never) => inside(event, context)).use(
      taggedErrorMessage({ logger: false }),
    );
    const error = await rejectionOf(outer);
    expect(error.message).toBe(inner.message);
    expect(error.name).toBe('Conflict');
  });

  it('an outer proxyErrorResponse answers with the inner status, detail and Retry-After', async () => {
    const inside = innerHandler();
    const response = await respondTo('rest-v1', await rejectionOf(inside), [
      proxyErrorResponse({ logger: false }),
    ]);
    expect(response.statusCode).toBe(409);
    expect((response.headers as Record<string, string>)['Retry-After']).toBe('2');
    expect(parsedBody(response)).toMatchObject({ detail: 'order 42 was edited elsewhere', retryAfter: 2 });
  });
});

function hostileContext(): object {
  return Object.defineProperty({ ...lambdaContext() }, 'awsRequestId', {
    get() {
      throw new Error('no request id today');
    },
  });
}

describe('no unguarded reads of context (item 7)', () => {
  it('proxyErrorResponse answers 404 when awsRequestId throws', async () => {
    const handler = middy(async () => {
      throw defaultCatalog.error('NotFound', 'order 42');
    }).use(proxyErrorResponse({ logger: false }));
    const response = (await handler(restV1Event() as never, hostileContext() as never)) as {
      statusCode: number;
      body: string;
    };
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ detail: 'order 42' });
    expect(JSON.parse(response.body)).not.toHaveProperty('requestId');
  });

  it('errorResponseForEvent answers 404 when awsRequestId throws', () => {
    const response = errorResponseForEvent(
      defaultCatalog.error('NotFound'),
      restV1Event(),
      hostileContext(),
      {
        logger: false,
      },
    );
    expect(response.statusCode).toBe(404);
  });

  it('taggedErrorMessage tags a 404 when awsRequestId throws', async () => {
    const handler = middy(async () => {
      throw defaultCatalog.error('NotFound');
    }).use(taggedErrorMessage({ logger: false }));
    await expect(handler({}, hostileContext() as never)).rejects.toThrow(/^\[404\] /);
  });

  it('logs why when the last-resort 500 is used', async () => {
    const entries: ErrorLogEntry[] = [];
    const broken: ErrorCatalog = {
      kinds: [],
      statuses: [],
      kind: () => undefined,
      kindForStatus: () => {
        throw new TypeError('catalog lookup failed');
      },
      kindForAwsException: () => undefined,
      error: () => {
        throw new Error('unused');
      },
      is: (_value: unknown): _value is never => false,
    };
    const thrown = new Error('the original failure');
    const response = await respondTo('rest-v1', thrown, [
      proxyErrorResponse({ catalog: broken, logger: (entry) => entries.push(entry) }),
    ]);
    expect(response.statusCode).toBe(500);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      level: 'error',
      status: 500,
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      error: { name: 'Error', message: 'the original failure' },
    });
    expect(entries[0]!.message).toContain('last-resort');
    expect(entries[0]!.message).toContain('TypeError: catalog lookup failed');
  });
});

describe('a read-only Error.stackTraceLimit (item 8)', () => {
  it('still yields the tagged error', async () => {
    const original = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')!;
    Object.defineProperty(Error, 'stackTraceLimit', { value: 10, writable: false, configurable: true });
    try {
      const error = await rejectionOf(innerHandler());
      expect(error.name).toBe('Conflict');
      expect(error.message).toMatch(/^\[409\] \{/);
    } finally {
      Object.defineProperty(Error, 'stackTraceLimit', original);
    }
  });
});
