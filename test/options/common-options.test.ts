import { describe, expect, it, jest } from '@jest/globals';
import middy from '@middy/core';
import createError from 'http-errors';
import { defaultCatalog, errorResponseForEvent, taggedErrorMessage } from '../../src/index.js';

const context = { awsRequestId: 'opt-1' } as never;

async function messageOf(
  middleware: ReturnType<typeof taggedErrorMessage>,
  thrown: unknown,
): Promise<string> {
  const handler = middy(async () => {
    throw thrown;
  }).use(middleware);
  return handler({}, context).then(
    () => {
      throw new Error('the handler did not reject');
    },
    (error: Error) => error.message,
  );
}

describe('common options: refused values name the option and what was given', () => {
  it.each([
    [null, 'taggedErrorMessage: options must be an object such as {}, got null'],
    [[], 'taggedErrorMessage: options must be an object such as {}, got an array'],
    [5, 'taggedErrorMessage: options must be an object such as {}, got 5'],
    [
      { catalog: null },
      'taggedErrorMessage: option "catalog" must be an ErrorCatalog made by defineErrorCatalog, got null',
    ],
    [
      { catalog: [] },
      'taggedErrorMessage: option "catalog" must be an ErrorCatalog made by defineErrorCatalog, got an array',
    ],
    [
      { catalog: { ...defaultCatalog, kinds: [] } },
      'taggedErrorMessage: option "catalog" must be an ErrorCatalog made by defineErrorCatalog, got an object',
    ],
    [
      { logger: true },
      'taggedErrorMessage: option "logger" must be a function, an object with error() and warn() methods, or false, got true',
    ],
    [
      { logger: null },
      'taggedErrorMessage: option "logger" must be a function, an object with error() and warn() methods, or false, got null',
    ],
    [
      { logger: { error: () => {} } },
      'taggedErrorMessage: option "logger" must be a function, an object with error() and warn() methods, or false, got an object',
    ],
    [
      { logger: { warn: () => {}, error: 'x' } },
      'taggedErrorMessage: option "logger" must be a function, an object with error() and warn() methods, or false, got an object',
    ],
    [{ exposeServerErrors: 1 }, 'taggedErrorMessage: option "exposeServerErrors" must be a boolean, got 1'],
    [
      { maxDetailBytes: 0 },
      'taggedErrorMessage: option "maxDetailBytes" must be a positive integer of at most 262144, got 0',
    ],
    [
      { maxDetailBytes: 262_145 },
      'taggedErrorMessage: option "maxDetailBytes" must be a positive integer of at most 262144, got 262145',
    ],
    [
      { maxDetailBytes: 2.5 },
      'taggedErrorMessage: option "maxDetailBytes" must be a positive integer of at most 262144, got 2.5',
    ],
    [
      { maxDetailBytes: '64' },
      'taggedErrorMessage: option "maxDetailBytes" must be a positive integer of at most 262144, got "64" (a string)',
    ],
    [
      { format: 'text' },
      'taggedErrorMessage: unknown option "format"; the options are "catalog", "logger", "consoleClientErrors", "exposeServerErrors", "maxDetailBytes", "onErrorMapped", "maxMessageBytes"',
    ],
  ])('%p', (options, message) => {
    expect(() => taggedErrorMessage(options as never)).toThrow(new TypeError(message));
  });

  it('names the calling function and its own options', () => {
    expect(() =>
      errorResponseForEvent(new Error('x'), {}, undefined, { maxMessageBytes: 1 } as never),
    ).toThrow(
      'errorResponseForEvent: unknown option "maxMessageBytes"; the options are "catalog", "logger", "consoleClientErrors", "exposeServerErrors", "maxDetailBytes", "onErrorMapped", "format"',
    );
  });
});

describe('common options: accepted values', () => {
  it('with no options, logs one JSON line to console.error and tags with the default catalog', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const message = await messageOf(taggedErrorMessage(), new Error('db password hunter2'));
      expect(message).toBe(
        '[500] {"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Internal Server Error","requestId":"opt-1"}',
      );
      expect(spy).toHaveBeenCalledTimes(1);
      expect(JSON.parse(spy.mock.calls[0]?.[0] as string)).toMatchObject({
        level: 'error',
        status: 500,
        kind: 'InternalServerError',
        requestId: 'opt-1',
      });
    } finally {
      spy.mockRestore();
    }
  });

  it('accepts an { error, warn } logger, the limits of maxDetailBytes and explicit undefined values', async () => {
    const calls: string[] = [];
    const logger = {
      error: (text: string) => calls.push(`error ${text}`),
      warn: (text: string) => calls.push(`warn ${text}`),
    };
    const middleware = taggedErrorMessage({
      logger,
      maxDetailBytes: 1,
      catalog: undefined,
      exposeServerErrors: undefined,
    });
    expect(await messageOf(middleware, createError(404, 'abc'))).toBe(
      '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"a","requestId":"opt-1"}',
    );
    expect(calls).toEqual(['warn lambda-error-map: 404 NotFound']);
    expect(() => taggedErrorMessage({ logger: false, maxDetailBytes: 262_144 })).not.toThrow();
  });
});
