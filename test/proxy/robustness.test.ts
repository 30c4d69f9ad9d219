import { describe, expect, it, jest } from '@jest/globals';
import middy from '@middy/core';
import {
  defaultCatalog,
  detectEventKind,
  errorResponseForEvent,
  proxyErrorResponse,
} from '../../src/index.js';
import { EVENT_BUILDERS, lambdaContext } from '../support/events.js';
import { assertValidProxyResponse, headerValues } from '../support/response-validators.js';
import { parsedBody, REQUEST_ID, respondTo } from './support.js';

const quiet = () => proxyErrorResponse({ logger: false });
const notFound = () => defaultCatalog.error('NotFound', 'order 42');

/** A value that throws on every operation a reader could try. */
function hostile(): object {
  return new Proxy(
    {},
    {
      get: () => {
        throw new Error('get trap');
      },
      has: () => {
        throw new Error('has trap');
      },
      ownKeys: () => {
        throw new Error('ownKeys trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('getOwnPropertyDescriptor trap');
      },
      getPrototypeOf: () => {
        throw new Error('getPrototypeOf trap');
      },
    },
  );
}

/** An onError middleware that leaves `response` behind, as an earlier-running error middleware would. */
function presetResponse(response: unknown) {
  return {
    onError: (request: { response: unknown }) => {
      request.response = response;
    },
  };
}

const LAST_RESORT = {
  statusCode: 500,
  headers: { 'Content-Type': 'application/problem+json' },
  body: '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Internal Server Error"}',
  isBase64Encoded: false,
};

describe('detectEventKind on events of no known shape', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'GET /orders'],
    ['a number', 42],
    ['an event whose every read throws', hostile()],
  ])('answers undefined (not an HTTP request) for %s', (_, event) => {
    expect(detectEventKind(event)).toBeUndefined();
  });
});

describe('errorResponseForEvent, without Middy', () => {
  it('answers with the shape of the event kind, its path as instance and the request id', () => {
    const response = errorResponseForEvent(
      notFound(),
      EVENT_BUILDERS['http-api-v2'](),
      lambdaContext(REQUEST_ID),
      {
        logger: false,
      },
    );

    assertValidProxyResponse('http-api-v2', response as unknown as Record<string, unknown>);
    expect(response.statusCode).toBe(404);
    expect(parsedBody(response as unknown as Record<string, unknown>)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'order 42',
      instance: '/orders/42',
      requestId: REQUEST_ID,
    });
  });

  it('uses the default catalog and logs one info line for a 4xx when given no options', () => {
    const info = jest.spyOn(console, 'info').mockImplementation(() => {});
    try {
      const response = errorResponseForEvent(
        notFound(),
        EVENT_BUILDERS['rest-v1'](),
        lambdaContext(REQUEST_ID),
      );

      expect(response.statusCode).toBe(404);
      expect(info).toHaveBeenCalledTimes(1);
      expect(JSON.parse(info.mock.calls[0]?.[0] as string)).toMatchObject({
        level: 'info',
        status: 404,
        kind: 'NotFound',
        requestId: REQUEST_ID,
      });
    } finally {
      info.mockRestore();
    }
  });

  it('applies its options: format text', () => {
    const response = errorResponseForEvent(notFound(), EVENT_BUILDERS['rest-v1'](), undefined, {
      logger: false,
      format: 'text',
    });

    expect(response.statusCode).toBe(404);
    expect(headerValues(response as unknown as Record<string, unknown>, 'content-type')).toEqual([
      'text/plain; charset=utf-8',
    ]);
  });

  it('rejects a bad option when called, naming itself', () => {
    expect(() => errorResponseForEvent(notFound(), {}, undefined, { format: 'xml' as never })).toThrow(
      'errorResponseForEvent: option "format" must be one of "problem+json", "json", "text", got "xml"',
    );
  });

  it('answers without instance or request id when the event has no path and there is no context', () => {
    const { path: _, ...event } = EVENT_BUILDERS['rest-v1']() as { path: string };
    const response = errorResponseForEvent(notFound(), event, undefined, { logger: false });

    assertValidProxyResponse('rest-v1', response as unknown as Record<string, unknown>);
    expect(parsedBody(response as unknown as Record<string, unknown>)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'order 42',
    });
  });

  it('answers an HTTP event whose path throws when read, without instance', () => {
    const event = EVENT_BUILDERS['rest-v1']();
    Object.defineProperty(event, 'path', {
      get: () => {
        throw new Error('path getter');
      },
    });
    const response = errorResponseForEvent(notFound(), event, undefined, { logger: false });
    expect(response.statusCode).toBe(404);
    expect(parsedBody(response as unknown as Record<string, unknown>)).not.toHaveProperty('instance');
  });

  it.each([
    ['no event', undefined],
    ['an event that throws whenever it is read', hostile()],
  ])('throws the thrown value itself for %s: it is not an HTTP request', (_, event) => {
    const thrown = notFound();
    let caught: unknown;
    try {
      errorResponseForEvent(thrown, event, lambdaContext(REQUEST_ID), { logger: false });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(thrown);
  });

  it.each([
    ['empty', ''],
    ['a number', 42],
  ])('leaves out a request id that is %s', (_, awsRequestId) => {
    const response = errorResponseForEvent(
      notFound(),
      EVENT_BUILDERS['rest-v1'](),
      { awsRequestId },
      { logger: false },
    );

    expect(parsedBody(response as unknown as Record<string, unknown>)).not.toHaveProperty('requestId');
  });
});

describe('proxyErrorResponse options', () => {
  it.each([
    ['a function', () => 'json', 'a function'],
    ['a symbol', Symbol('json'), 'a symbol'],
  ])('names the type of a format that has no JSON form: %s', (_, format, type) => {
    expect(() => proxyErrorResponse({ format: format as never })).toThrow(
      `proxyErrorResponse: option "format" must be one of "problem+json", "json", "text", got ${type}`,
    );
  });
});

describe('headers of the response an earlier middleware left', () => {
  it('keeps number and boolean header values, as text', async () => {
    const response = await respondTo('rest-v1', notFound(), [
      quiet(),
      presetResponse({ headers: { 'X-Retry-Count': 3, 'X-Cached': false } }),
    ]);

    expect(headerValues(response, 'x-retry-count')).toEqual(['3']);
    expect(headerValues(response, 'x-cached')).toEqual(['false']);
  });

  it('takes the multi-value values of a header set both ways, and ignores a multi-value entry that is no list', async () => {
    const response = await respondTo('rest-v1', notFound(), [
      quiet(),
      presetResponse({
        headers: { Vary: 'Cookie', 'X-Single': 'one' },
        multiValueHeaders: { vary: ['Origin', 'Accept'], 'X-Single': 'not a list' },
      }),
    ]);

    expect(headerValues(response, 'vary')).toEqual(['Origin', 'Accept']);
    expect(headerValues(response, 'x-single')).toEqual(['one']);
  });

  it('ignores header maps that throw when listed', async () => {
    const response = await respondTo('rest-v1', notFound(), [
      quiet(),
      presetResponse({ headers: hostile(), multiValueHeaders: hostile() }),
    ]);

    expect(response.statusCode).toBe(404);
    expect(response.headers).toEqual({ 'Content-Type': 'application/problem+json' });
  });

  it('falls back to a fixed, valid 500 if the earlier response throws whenever it is read', async () => {
    const handler = middy(async () => {
      throw notFound();
    })
      .use(quiet())
      .use(presetResponse(hostile()));

    const response = await handler(EVENT_BUILDERS['rest-v1']() as never, lambdaContext(REQUEST_ID));

    expect(response).toEqual(LAST_RESORT);
  });
});
