// The proxy response written directly (no header list when there is nothing to merge, the problem JSON
// without JSON.stringify, HEAD found without upper-casing) is byte for byte the response as it was written
// before, for generated thrown values × event kinds × previous responses × option sets.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { proxyErrorResponse } from '../../src/index.js';
import { anyThrownValue, hostileText, proxyOptions, sometimesHuge } from '../support/arbitraries.js';
import { EVENT_BUILDERS, EVENT_KINDS, lambdaContext } from '../support/events.js';
import { previousResponse } from '../support/previous-responses.js';
import { referenceProxyResponse } from '../support/reference-proxy.js';

const proxyCase = fc.record({
  thrown: anyThrownValue(sometimesHuge(hostileText())),
  kind: fc.constantFrom(...EVENT_KINDS),
  method: fc.constantFrom('GET', 'POST', 'HEAD', 'head', 'Head', 'OPTIONS', 'hEAD', 'PUT'),
  path: fc.oneof(
    fc.constant('/orders/42'),
    sometimesHuge(hostileText()).map((text) => `/${text}`),
  ),
  previous: previousResponse(),
  ...proxyOptions(),
  requestId: fc.option(fc.oneof(fc.constant('c6af9ac6-7b61-11e6-9a41-93e812345678'), hostileText()), {
    nil: undefined,
  }),
});

describe('proxy responses written directly', () => {
  it('are byte for byte the responses written through a header list and JSON.stringify', () => {
    let direct = 0;
    fc.assert(
      fc.property(proxyCase, (testCase) => {
        const { thrown, kind, method, path, previous, catalog, format, exposeServerErrors, maxDetailBytes } =
          testCase;
        const event = EVENT_BUILDERS[kind]({ method, path });
        const context = { ...lambdaContext(), awsRequestId: testCase.requestId };
        const middleware = proxyErrorResponse({
          catalog: catalog.catalog,
          format,
          exposeServerErrors,
          maxDetailBytes,
          logger: false,
        });
        const request = { event, context, response: previous, error: thrown };
        middleware.onError(request);
        if (previous === undefined) direct++;
        const expected = referenceProxyResponse(thrown, event, context, previous, {
          catalog: catalog.catalog,
          format,
          exposeServerErrors,
          maxDetailBytes: maxDetailBytes ?? 4096,
        });
        expect(JSON.stringify(request.response)).toBe(JSON.stringify(expected));
        expect(request.response).toEqual(expected);
      }),
      { numRuns: 4000 },
    );
    // Most cases have nothing to merge: the direct writers were exercised, not only the merging ones.
    expect(direct).toBeGreaterThan(1000);
  });
});
