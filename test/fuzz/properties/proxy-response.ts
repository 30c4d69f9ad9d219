/**
 * Property 1: for any thrown value and any proxy event kind (HEAD included), `proxyErrorResponse` through
 * real @middy/core never throws and answers a response valid for that kind, with a 400–599 status equal to
 * what `classify` decides, exactly one Content-Type, and a body that parses as that type. On an event of any
 * other source (every non-HTTP source, a direct invocation of any JSON), it answers nothing: the invocation
 * rejects with the thrown value itself.
 */
import fc from 'fast-check';
import { classify, type ProxyResponseFormat, proxyErrorResponse } from '../../../src/index.js';
import {
  anyThrownValue,
  hostileText,
  proxyOptions,
  type RandomCatalog,
  sometimesHuge,
} from '../../support/arbitraries.js';
import { EVENT_KINDS } from '../../support/events.js';
import { NON_HTTP_EVENTS } from '../../support/non-http-events.js';
import { headerValues, proxyResponseProblems } from '../../support/response-validators.js';
import {
  invokeOnEvent,
  invokeProxy,
  METHODS,
  type ProxyInvocation,
  serialisingLogger,
} from '../support/invoke.js';
import { checkProperty, type PropertyReport } from '../support/report.js';
import type { RunSettings } from '../support/settings.js';

export const PROXY_RESPONSE_PROPERTY =
  'proxyErrorResponse: valid response for any thrown value and HTTP event kind, the thrown value rethrown on any other event';

const FORMAT_CONTENT_TYPES: Readonly<Record<ProxyResponseFormat, string>> = {
  'problem+json': 'application/problem+json',
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
};

interface ProxyCase {
  readonly thrown: unknown;
  readonly invocation: ProxyInvocation;
  /** When set, the handler runs on this event instead, one that is not an HTTP request. */
  readonly nonHttpEvent: { readonly source: string; readonly event: unknown } | null;
  readonly catalog: RandomCatalog;
  readonly format: ProxyResponseFormat;
  readonly exposeServerErrors: boolean;
  readonly maxDetailBytes: number | undefined;
}

const proxyCase: fc.Arbitrary<ProxyCase> = fc.record({
  thrown: anyThrownValue(sometimesHuge(hostileText())),
  invocation: fc
    .record({
      kind: fc.constantFrom(...EVENT_KINDS),
      method: fc.constantFrom(...METHODS),
      path: fc.oneof(
        fc.constant('/orders/42'),
        sometimesHuge(hostileText()).map((text) => `/${text}`),
      ),
      withCors: fc.boolean(),
    })
    // http-cors writes a `headers` map, which ALB ignores in multi-value mode (README, CORS with @middy/http-cors): not ours to test.
    .map((invocation) => ({
      ...invocation,
      withCors: invocation.withCors && invocation.kind !== 'alb-multi-value',
    })),
  nonHttpEvent: fc.option(
    fc.oneof(
      fc.constantFrom(...NON_HTTP_EVENTS).map(([source, makeEvent]) => ({ source, event: makeEvent() })),
      fc.jsonValue().map((event) => ({ source: 'direct invocation of any JSON', event })),
    ),
    { freq: 4 },
  ),
  ...proxyOptions(),
});

/** Everything wrong with the response to one case (empty when it is right). */
function responseProblems(testCase: ProxyCase, response: unknown): string[] {
  const { kind, method } = testCase.invocation;
  const problems = proxyResponseProblems(kind, response);
  if (problems.length > 0) return problems;
  const { statusCode, body } = response as { statusCode: number; body: string };
  if (statusCode < 400 || statusCode > 599) problems.push(`status ${statusCode} is not an error status`);
  const expectedStatus = classify(testCase.thrown, testCase.catalog.catalog).status;
  if (statusCode !== expectedStatus) problems.push(`status ${statusCode}, classify says ${expectedStatus}`);
  const contentTypes = headerValues(response, 'content-type');
  if (contentTypes.length !== 1 || contentTypes[0] !== FORMAT_CONTENT_TYPES[testCase.format]) {
    problems.push(`Content-Type ${JSON.stringify(contentTypes)} for format ${testCase.format}`);
  }
  if (method === 'HEAD') {
    if (body !== '') problems.push('a HEAD response has a body');
    return problems;
  }
  if (testCase.format === 'text') {
    if (body === '') problems.push('empty text body');
    return problems;
  }
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(body) as Record<string, unknown>;
  } catch (error) {
    return [...problems, `body is not JSON: ${(error as Error).message}`];
  }
  if (parsed.status !== statusCode) problems.push(`body status ${parsed.status} ≠ statusCode ${statusCode}`);
  for (const member of ['type', 'title', 'detail', 'instance']) {
    // `instance` (the request path) is missing only from the last-resort response: it shows a hidden crash.
    if (typeof parsed[member] !== 'string') problems.push(`body member "${member}" is not a string`);
  }
  return problems;
}

export function runProxyResponseProperty(settings: RunSettings): Promise<PropertyReport> {
  return checkProperty(PROXY_RESPONSE_PROPERTY, settings, proxyCase, async (testCase) => {
    const logProblems: string[] = [];
    const middleware = proxyErrorResponse({
      catalog: testCase.catalog.catalog,
      format: testCase.format,
      exposeServerErrors: testCase.exposeServerErrors,
      maxDetailBytes: testCase.maxDetailBytes,
      // The one entry on a non-HTTP event is the setup warning, at `warn` whatever the status.
      logger: serialisingLogger(logProblems, testCase.nonHttpEvent === null),
    });
    if (testCase.nonHttpEvent !== null) {
      const outcome = await invokeOnEvent(testCase.thrown, middleware, testCase.nonHttpEvent.event);
      if (!outcome.rejected || !Object.is(outcome.value, testCase.thrown)) {
        throw new Error(`${testCase.nonHttpEvent.source}: the thrown value was not rethrown as is`);
      }
      if (logProblems.length > 0) throw new Error(logProblems.join('\n'));
      return;
    }
    const response = await invokeProxy(testCase.thrown, middleware, testCase.invocation);
    const problems = [...logProblems, ...responseProblems(testCase, response)];
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });
}
