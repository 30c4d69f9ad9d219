// problemResponder, the framework-neutral form of the proxy middleware: its Response carries exactly what
// errorResponseForEvent writes for the same thrown value (status, Content-Type, Retry-After, the error's own
// headers, body), so the adapters built on it classify, expose and log as the middlewares do.
import { describe, expect, it, jest } from '@jest/globals';
import createError from 'http-errors';
import {
  defaultCatalog,
  defineErrorCatalog,
  type ErrorLogEntry,
  errorResponseForEvent,
  problemResponder,
  type RestV1ErrorResponse,
} from '../../src/index.js';
import { lambdaContext, restV1Event } from '../support/events.js';

const catalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
  VersionConflict: { status: 409, title: 'Version conflict' },
  SlowDown: { status: 429, retryAfterSeconds: 30 },
});
const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e812345678';

const THROWN: [string, unknown][] = [
  ['a catalog error', catalog.error('OrderNotFound', 'order 42 does not exist')],
  [
    'a catalog error with headers and extensions',
    catalog.error('VersionConflict', 'version 3 is stale', {
      headers: { ETag: '"4"', 'X-Bad': 'line\r\nbreak' },
      extensions: { latest: 4 },
    }),
  ],
  ['a catalog error with Retry-After', catalog.error('SlowDown')],
  [
    'an http-errors 5xx with headers',
    createError(503, 'db-1.internal is down', { headers: { 'X-Db': 'db-1' } }),
  ],
  ['an unknown Error', new Error('password=hunter2')],
  ['a string', 'something broke'],
  ['null', null],
];

function headersOf(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

describe('problemResponder', () => {
  it.each(THROWN)('answers %s exactly as errorResponseForEvent does', async (_, thrown) => {
    for (const exposeServerErrors of [false, true]) {
      const options = { catalog, exposeServerErrors, logger: false as const };
      const expected = errorResponseForEvent(
        thrown,
        restV1Event(),
        lambdaContext(),
        options,
      ) as RestV1ErrorResponse;
      const response = problemResponder(options)(thrown, {
        method: 'GET',
        url: 'https://api.example.com/orders/42?token=abc',
        requestId: REQUEST_ID,
      });
      expect(response.status).toBe(expected.statusCode);
      expect(headersOf(response)).toEqual(lowerCased(expected.headers));
      expect(await response.text()).toBe(expected.body);
    }
  });

  it('takes a WHATWG Request as the request: its method and the path of its url', async () => {
    const respond = problemResponder({ catalog, logger: false });
    const request = new Request('https://api.example.com/orders/42?secret=1', { method: 'DELETE' });
    const response = respond(catalog.error('OrderNotFound', 'gone'), request);
    expect(await response.json()).toMatchObject({ status: 404, instance: '/orders/42' });
  });

  it('prefers path to the path of url, and leaves instance and requestId out when unknown', async () => {
    const respond = problemResponder({ logger: false });
    const thrown = defaultCatalog.error('NotFound', 'no');
    expect(await respond(thrown, { path: '/a', url: 'https://x.example/b' }).json()).toMatchObject({
      instance: '/a',
    });
    expect(await respond(thrown).json()).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'no',
    });
    expect(await respond(thrown, { url: 'not a url' }).json()).not.toHaveProperty('instance');
  });

  it('uses the default catalog and logs one JSON line on the console without options; an empty request id is none', async () => {
    const info = jest.spyOn(console, 'info').mockImplementation(() => {});
    try {
      const response = problemResponder()(defaultCatalog.error('NotFound', 'no'), { requestId: '' });
      expect(await response.json()).not.toHaveProperty('requestId');
      // A client error goes to console.info (consoleClientErrors' default).
      expect(info).toHaveBeenCalledTimes(1);
      expect(JSON.parse(String(info.mock.calls[0]?.[0]))).toMatchObject({ status: 404, kind: 'NotFound' });
    } finally {
      info.mockRestore();
    }
  });

  it('answers HEAD (any case) without a body but with the headers', async () => {
    const response = problemResponder({ catalog, logger: false })(catalog.error('SlowDown'), {
      method: 'head',
    });
    expect(response.status).toBe(429);
    expect(response.body).toBeNull();
    expect(headersOf(response)).toEqual({ 'content-type': 'application/problem+json', 'retry-after': '30' });
  });

  it.each([
    ['json', 'application/json'],
    ['text', 'text/plain; charset=utf-8'],
  ] as const)('writes format %s as %s', async (format, contentType) => {
    const response = problemResponder({ format, logger: false })(new Error('x'));
    expect(response.headers.get('content-type')).toBe(contentType);
  });

  it('logs each error once, as the middlewares do, with the request id', () => {
    const entries: ErrorLogEntry[] = [];
    const respond = problemResponder({ catalog, logger: (entry) => entries.push(entry) });
    respond(catalog.error('OrderNotFound', 'order 42'), { requestId: REQUEST_ID });
    expect(entries).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: 'lambda-error-map: 404 OrderNotFound',
        status: 404,
        kind: 'OrderNotFound',
        requestId: REQUEST_ID,
      }),
    ]);
  });

  it('refuses wrong options when created, naming problemResponder', () => {
    expect(() => problemResponder({ maxDetailBytes: 0 })).toThrow(
      'problemResponder: option "maxDetailBytes" must be a positive integer',
    );
    expect(() => problemResponder({ fallbackMessage: 'x' } as never)).toThrow(
      'problemResponder: unknown option "fallbackMessage"',
    );
  });

  it('sends the last-resort 500 and logs why when the response cannot be built', async () => {
    const RealResponse = globalThis.Response;
    const failing = jest.fn((body?: BodyInit | null, init?: ResponseInit) => {
      if (failing.mock.calls.length === 1) throw new TypeError('no Response today');
      return new RealResponse(body, init);
    });
    const entries: ErrorLogEntry[] = [];
    const respond = problemResponder({ logger: (entry) => entries.push(entry) });
    globalThis.Response = failing as unknown as typeof Response;
    let response: Response;
    try {
      response = respond(defaultCatalog.error('NotFound', 'no'), { requestId: REQUEST_ID });
    } finally {
      globalThis.Response = RealResponse;
    }
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 500, detail: 'Internal Server Error' });
    expect(entries.at(-1)).toMatchObject({
      level: 'error',
      status: 500,
      requestId: REQUEST_ID,
      message: expect.stringContaining('(TypeError: no Response today); sent the last-resort 500'),
    });
  });
});
