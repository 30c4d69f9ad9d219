/**
 * Property 2: a secret hidden anywhere in a 5xx error (message, cause, custom properties, extensions,
 * headers, name, AWS $metadata, ...) appears neither in the proxy response (status, headers, body) nor in
 * the non-proxy errorMessage. With `exposeServerErrors: true` the message of a plain Error does appear,
 * which shows the search would find a leak.
 */
import fc from 'fast-check';
import { type ProxyResponseFormat, proxyErrorResponse, taggedErrorMessage } from '../../../src/index.js';
import {
  type SecretBearingError,
  type SecretPlacement,
  secretBearingServerError,
  secretMarker,
} from '../../support/arbitraries.js';
import { EVENT_KINDS } from '../../support/events.js';
import { invokeNonProxy, invokeProxy, METHODS, type ProxyInvocation } from '../support/invoke.js';
import { checkProperty, type PropertyReport } from '../support/report.js';
import type { RunSettings } from '../support/settings.js';

export const SECRET_LEAK_PROPERTY = 'no 5xx secret in any response or errorMessage unless exposed';

/** Where `exposeServerErrors: true` must make the secret visible (the error's own message is the detail). */
const SHOWN_WHEN_EXPOSED: ReadonlySet<SecretPlacement> = new Set([
  'message',
  'http-errors 5xx message',
  'AWS SDK v2 message',
]);

/** Where even `exposeServerErrors: true` must not show it: an HTTP client's request and upstream response. */
const NEVER_SHOWN: ReadonlySet<SecretPlacement> = new Set([
  'axios request and response',
  'got request and response',
]);

interface SecretCase {
  readonly secret: string;
  readonly bearer: SecretBearingError;
  readonly invocation: ProxyInvocation;
  readonly format: ProxyResponseFormat;
  readonly exposeServerErrors: boolean;
}

const secretCase: fc.Arbitrary<SecretCase> = secretMarker().chain((secret) =>
  fc.record({
    secret: fc.constant(secret),
    bearer: secretBearingServerError(secret),
    invocation: fc.record({
      kind: fc.constantFrom(...EVENT_KINDS),
      method: fc.constantFrom(...METHODS),
      path: fc.constant('/orders/42'),
      withCors: fc.constant(false),
    }),
    format: fc.constantFrom('problem+json', 'json', 'text') as fc.Arbitrary<ProxyResponseFormat>,
    exposeServerErrors: fc.oneof(
      { weight: 4, arbitrary: fc.constant(false) },
      { weight: 1, arbitrary: fc.constant(true) },
    ),
  }),
);

function checkHidden(where: string, text: string, secret: string): string[] {
  return text.includes(secret) ? [`${where} contains the secret: ${text.slice(0, 300)}`] : [];
}

function checkShown(where: string, text: string, secret: string): string[] {
  return text.includes(secret) ? [] : [`${where} lacks the exposed secret: ${text.slice(0, 300)}`];
}

export function runSecretLeakProperty(settings: RunSettings): Promise<PropertyReport> {
  return checkProperty(SECRET_LEAK_PROPERTY, settings, secretCase, async (testCase) => {
    const { secret, bearer, exposeServerErrors } = testCase;
    const options = { logger: false as const, exposeServerErrors };
    const response = await invokeProxy(
      bearer.thrown,
      proxyErrorResponse({ ...options, format: testCase.format }),
      testCase.invocation,
    );
    const { message } = await invokeNonProxy(bearer.thrown, taggedErrorMessage(options));
    const responseText = JSON.stringify(response);
    let problems: string[];
    if (!exposeServerErrors || NEVER_SHOWN.has(bearer.placement)) {
      problems = [
        ...checkHidden('proxy response', responseText, secret),
        ...checkHidden('errorMessage', message, secret),
      ];
    } else if (SHOWN_WHEN_EXPOSED.has(bearer.placement)) {
      const body = (response as { body: string }).body;
      problems = [
        ...(testCase.invocation.method === 'HEAD' ? [] : checkShown('proxy body', body, secret)),
        ...checkShown('errorMessage', message, secret),
      ];
    } else {
      problems = [];
    }
    if (problems.length > 0) throw new Error(`secret in ${bearer.placement}: ${problems.join('\n')}`);
  });
}
