// Issue 9, item 9: the real @aws-lambda-powertools/logger receives each entry without reserved keys
// (no "reserved key … will be dropped" warning) and logs it with the level and message it should have.

import { Logger } from '@aws-lambda-powertools/logger';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import middy from '@middy/core';
import createError from 'http-errors';
import { defaultCatalog, proxyErrorResponse, taggedErrorMessage } from '../../src/index.js';
import { respondTo } from '../proxy/support.js';
import { lambdaContext } from '../support/events.js';

type Printed = Record<string, unknown>;

let printed: Printed[];
let previousDev: string | undefined;

beforeEach(() => {
  printed = [];
  previousDev = process.env.POWERTOOLS_DEV;
  // Dev mode makes Powertools print through the global console, where the test reads it.
  process.env.POWERTOOLS_DEV = 'true';
  for (const method of ['info', 'warn', 'error', 'debug', 'log'] as const) {
    jest.spyOn(console, method).mockImplementation((line: unknown) => {
      printed.push(JSON.parse(String(line)) as Printed);
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
  if (previousDev === undefined) delete process.env.POWERTOOLS_DEV;
  else process.env.POWERTOOLS_DEV = previousDev;
});

describe('@aws-lambda-powertools/logger as the logger option', () => {
  it('logs a 5xx at ERROR and a 4xx at WARN, with no reserved-key warning', async () => {
    const logger = new Logger({ serviceName: 'orders' });
    const middleware = proxyErrorResponse({ logger });
    await respondTo('rest-v1', new Error('db down'), [middleware]);
    await respondTo('rest-v1', createError(404, 'no order 42'), [middleware]);

    expect(printed.map((line) => line.message)).toEqual([
      'lambda-error-map: 500 InternalServerError',
      'lambda-error-map: 404 NotFound',
    ]);
    expect(printed[0]).toMatchObject({
      level: 'ERROR',
      service: 'orders',
      status: 500,
      kind: 'InternalServerError',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      error: { name: 'Error', message: 'db down' },
    });
    expect((printed[0]!.error as Printed).stack).toEqual(expect.stringContaining('db down'));
    expect(printed[1]).toMatchObject({ level: 'WARN', status: 404, kind: 'NotFound' });
  });

  it('gets the same shape from taggedErrorMessage', async () => {
    const logger = new Logger({ serviceName: 'orders' });
    const handler = middy(async () => {
      throw defaultCatalog.error('Conflict', 'edited elsewhere');
    }).use(taggedErrorMessage({ logger }));
    await expect(handler({}, lambdaContext('req-9'))).rejects.toThrow(/^\[409\] /);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatchObject({
      level: 'WARN',
      message: 'lambda-error-map: 409 Conflict',
      status: 409,
      kind: 'Conflict',
      requestId: 'req-9',
      error: { name: 'Conflict', message: 'edited elsewhere' },
    });
  });
});
