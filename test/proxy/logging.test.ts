import { afterEach, describe, expect, it, jest } from '@jest/globals';
import middy from '@middy/core';
import {
  defaultCatalog,
  type ErrorLogEntry,
  proxyErrorResponse,
  taggedErrorMessage,
} from '../../src/index.js';
import { lambdaContext } from '../support/events.js';
import { REQUEST_ID, respondTo } from './support.js';

afterEach(() => {
  jest.restoreAllMocks();
});

function failingWithCause(): Error {
  const root = new Error('connection reset');
  root.name = 'NetworkError';
  return new Error('could not load order 42', { cause: root });
}

describe('the logger option', () => {
  it('calls a function with one structured entry per error', async () => {
    const entries: ErrorLogEntry[] = [];
    await respondTo('rest-v1', failingWithCause(), [
      proxyErrorResponse({ logger: (entry) => entries.push(entry) }),
    ]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry).toMatchObject({
      level: 'error',
      message: 'lambda-error-map: 500 InternalServerError',
      status: 500,
      kind: 'InternalServerError',
      requestId: REQUEST_ID,
      error: {
        name: 'Error',
        message: 'could not load order 42',
        cause: { name: 'NetworkError', message: 'connection reset' },
      },
    });
    expect(entry?.error.stack).toContain('could not load order 42');
    expect(entry?.error.cause?.stack).toContain('connection reset');
  });

  it('calls error() for 5xx and warn() for 4xx on a Powertools-style logger, as methods', async () => {
    class RecordingLogger {
      readonly calls: [string, string, ErrorLogEntry][] = [];
      error(message: string, entry: ErrorLogEntry) {
        this.calls.push(['error', message, entry]);
      }
      warn(message: string, entry: ErrorLogEntry) {
        this.calls.push(['warn', message, entry]);
      }
    }
    const logger = new RecordingLogger();
    await respondTo('alb', new Error('boom'), [proxyErrorResponse({ logger })]);
    await respondTo('alb', defaultCatalog.error('NotFound', 'order 42'), [proxyErrorResponse({ logger })]);
    expect(logger.calls.map(([level, message, entry]) => [level, message, entry.status])).toEqual([
      ['error', 'lambda-error-map: 500 InternalServerError', 500],
      ['warn', 'lambda-error-map: 404 NotFound', 404],
    ]);
  });

  it('writes one JSON line by default: console.error with the stack for 5xx, console.info without any for 4xx', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const info = jest.spyOn(console, 'info').mockImplementation(() => {});
    await respondTo('http-api-v2', failingWithCause(), [proxyErrorResponse()]);
    const conflict = defaultCatalog.error('Conflict', 'stale', { cause: new Error('version 3') });
    await respondTo('http-api-v2', conflict, [proxyErrorResponse()]);
    expect([error.mock.calls.length, warn.mock.calls.length, info.mock.calls.length]).toEqual([1, 0, 1]);
    const line = error.mock.calls[0]?.[0] as string;
    expect(line).not.toContain('\n');
    const serverEntry = JSON.parse(line);
    expect(serverEntry).toMatchObject({ level: 'error', status: 500, requestId: REQUEST_ID });
    expect(serverEntry.error.stack).toEqual(expect.any(String));
    expect(serverEntry.error.cause.stack).toEqual(expect.any(String));
    expect(JSON.parse(info.mock.calls[0]?.[0] as string)).toEqual({
      level: 'info',
      message: 'lambda-error-map: 409 Conflict',
      status: 409,
      kind: 'Conflict',
      requestId: REQUEST_ID,
      error: { name: 'Conflict', message: 'stale', cause: { name: 'Error', message: 'version 3' } },
    });
  });

  it("consoleClientErrors: 'warn' writes 4xx with console.warn and the stack, 'off' not at all; 5xx unchanged", async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const info = jest.spyOn(console, 'info').mockImplementation(() => {});
    const notFound = () => defaultCatalog.error('NotFound', 'order 42');
    await respondTo('rest-v1', notFound(), [proxyErrorResponse({ consoleClientErrors: 'warn' })]);
    await respondTo('rest-v1', notFound(), [proxyErrorResponse({ consoleClientErrors: 'off' })]);
    await respondTo('rest-v1', new Error('boom'), [proxyErrorResponse({ consoleClientErrors: 'off' })]);
    await respondTo('rest-v1', notFound(), [proxyErrorResponse({ consoleClientErrors: 'info' })]);
    expect([error.mock.calls.length, warn.mock.calls.length, info.mock.calls.length]).toEqual([1, 1, 1]);
    expect(JSON.parse(warn.mock.calls[0]?.[0] as string)).toMatchObject({
      level: 'warn',
      status: 404,
      error: { stack: expect.any(String) },
    });
    expect(JSON.parse(info.mock.calls[0]?.[0] as string).error.stack).toBeUndefined();
  });

  it('keeps the non-HTTP warning at console.warn whatever the status', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const info = jest.spyOn(console, 'info').mockImplementation(() => {});
    const handler = middy(async () => {
      throw defaultCatalog.error('NotFound', 'order 42');
    }).use(proxyErrorResponse({ consoleClientErrors: 'off' }));
    await expect(handler({ Records: [] } as never, lambdaContext())).rejects.toThrow('order 42');
    expect([warn.mock.calls.length, info.mock.calls.length]).toEqual([1, 0]);
    expect(JSON.parse(warn.mock.calls[0]?.[0] as string)).toMatchObject({ level: 'warn', status: 404 });
  });

  it("the non-proxy middleware's default logger follows the same levels", async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const info = jest.spyOn(console, 'info').mockImplementation(() => {});
    const handler = middy(async () => {
      throw defaultCatalog.error('NotFound', 'order 42');
    }).use(taggedErrorMessage());
    await expect(handler({} as never, lambdaContext())).rejects.toThrow('order 42');
    expect([warn.mock.calls.length, info.mock.calls.length]).toEqual([0, 1]);
    expect(JSON.parse(info.mock.calls[0]?.[0] as string)).toMatchObject({ level: 'info', status: 404 });
  });

  it.each([
    [
      { consoleClientErrors: 'debug' },
      'option "consoleClientErrors" must be "info", "warn" or "off", got "debug" (a string)',
    ],
    [
      { consoleClientErrors: 'warn', logger: () => {} },
      'option "consoleClientErrors" sets how the default console logger writes 4xx errors; a logger of your own receives them at "warn": remove one of the two options',
    ],
    [
      { consoleClientErrors: 'off', logger: false },
      'option "consoleClientErrors" sets how the default console logger writes 4xx errors; a logger of your own receives them at "warn": remove one of the two options',
    ],
  ])('refuses %p', (options, message) => {
    expect(() => proxyErrorResponse(options as never)).toThrow(
      new TypeError(`proxyErrorResponse: ${message}`),
    );
  });

  it('is silent with false', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    const log = jest.spyOn(console, 'log').mockImplementation(() => {});
    await respondTo('rest-v1', new Error('boom'), [proxyErrorResponse({ logger: false })]);
    expect([error.mock.calls, warn.mock.calls, log.mock.calls]).toEqual([[], [], []]);
  });

  it('never breaks the response when the logger throws or rejects', async () => {
    const throwing = await respondTo('rest-v1', new Error('boom'), [
      proxyErrorResponse({
        logger: () => {
          throw new Error('log sink down');
        },
      }),
    ]);
    const rejecting = await respondTo('rest-v1', new Error('boom'), [
      proxyErrorResponse({ logger: (() => Promise.reject(new Error('log sink down'))) as () => void }),
    ]);
    expect([throwing.statusCode, rejecting.statusCode]).toEqual([500, 500]);
  });

  it('describes cyclic and deep cause chains and hostile values without throwing', async () => {
    const entries: ErrorLogEntry[] = [];
    const logger = (entry: ErrorLogEntry) => entries.push(entry);
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    Object.assign(a, { cause: b });
    let deep = new Error('level 0');
    for (let i = 1; i <= 30; i++) deep = new Error(`level ${i}`, { cause: deep });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
        has() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
      },
    );
    for (const thrown of [a, deep, hostile, Symbol('s'), null]) {
      const response = await respondTo('rest-v1', thrown, [proxyErrorResponse({ logger })]);
      expect(response.statusCode).toBe(500);
    }
    expect(entries[0]?.error).toMatchObject({ message: 'a', cause: { message: 'b', circular: true } });
    let depth = 0;
    for (let node = entries[1]?.error; node?.cause; node = node.cause) depth++;
    expect(depth).toBe(8);
    expect(entries[2]?.error).toMatchObject({ name: 'object' });
    expect(entries[3]?.error).toEqual({ name: 'symbol', message: 'Symbol(s)' });
    expect(entries[4]?.error).toEqual({ name: 'null', message: 'null' });
  });
});
