import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { defaultCatalog, type ErrorLogEntry, proxyErrorResponse } from '../../src/index.js';
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

  it('writes one JSON line by default: console.error for 5xx, console.warn for 4xx', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    await respondTo('http-api-v2', failingWithCause(), [proxyErrorResponse()]);
    await respondTo('http-api-v2', defaultCatalog.error('Conflict', 'stale'), [proxyErrorResponse()]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = error.mock.calls[0]?.[0] as string;
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({ level: 'error', status: 500, requestId: REQUEST_ID });
    expect(JSON.parse(warn.mock.calls[0]?.[0] as string)).toMatchObject({
      level: 'warn',
      status: 409,
      kind: 'Conflict',
    });
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
