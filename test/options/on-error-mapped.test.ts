// The onErrorMapped hook: called once per mapped error by every middleware and adapter, with the kind,
// status, request id and the thrown value; what it throws or rejects never changes the answer.

import { describe, expect, it, jest } from '@jest/globals';
import middy from '@middy/core';
import {
  defineErrorCatalog,
  type ErrorMappedEvent,
  type ErrorMappedHook,
  errorResponseForEvent,
  problemResponder,
  proxyErrorResponse,
  taggedErrorMessage,
} from '../../src/index.js';
import { lambdaContext, restV1Event } from '../support/events.js';

const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e812345678';
const thrown = catalog.error('OrderNotFound', 'order 42 does not exist');

type Run = (onErrorMapped: ErrorMappedHook) => Promise<unknown>;

const throwing = async (): Promise<never> => {
  throw thrown;
};

const RUNS: [string, Run][] = [
  [
    'proxyErrorResponse',
    (onErrorMapped) =>
      middy(throwing).use(proxyErrorResponse({ catalog, logger: false, onErrorMapped }))(
        restV1Event(),
        lambdaContext(),
      ),
  ],
  [
    'taggedErrorMessage',
    (onErrorMapped) =>
      middy(throwing)
        .use(taggedErrorMessage({ catalog, logger: false, onErrorMapped }))({}, lambdaContext())
        .catch((error: unknown) => (error as Error).message),
  ],
  [
    'errorResponseForEvent',
    async (onErrorMapped) =>
      errorResponseForEvent(thrown, restV1Event(), lambdaContext(), {
        catalog,
        logger: false,
        onErrorMapped,
      }),
  ],
  [
    'problemResponder',
    async (onErrorMapped) => {
      const response = problemResponder({ catalog, logger: false, onErrorMapped })(thrown, {
        requestId: REQUEST_ID,
      });
      return [response.status, await response.text()];
    },
  ],
];

describe.each(RUNS)('onErrorMapped with %s', (_, run) => {
  it('is called once with the kind, status, request id and the thrown value', async () => {
    const events: ErrorMappedEvent[] = [];
    await run((event) => {
      events.push(event);
    });
    expect(events).toEqual([{ kind: 'OrderNotFound', status: 404, requestId: REQUEST_ID, error: thrown }]);
    expect(events[0]?.error).toBe(thrown);
  });

  it('never changes the answer when it throws or rejects', async () => {
    const expected = await run(() => {});
    expect(
      await run(() => {
        throw new Error('metrics are down');
      }),
    ).toEqual(expected);
    const rejecting = jest.fn(() => Promise.reject(new Error('metrics are down')));
    expect(await run(rejecting)).toEqual(expected);
    expect(rejecting).toHaveBeenCalledTimes(1);
  });
});

describe('the onErrorMapped option', () => {
  it('must be a function', () => {
    expect(() => proxyErrorResponse({ onErrorMapped: 'metrics' as never })).toThrow(
      'proxyErrorResponse: option "onErrorMapped" must be a function, got "metrics"',
    );
  });
});
