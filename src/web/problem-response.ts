// The framework-neutral form of the proxy middleware: a thrown value becomes a WHATWG `Response` (global in
// Node >= 18), for routers whose error handlers return one (Powertools' HTTP router, hono, ...). Same
// classification, exposure, Retry-After, instance/requestId and logging as `proxyErrorResponse`.

import { classify } from '../catalog/classify.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import { type CommonOptions, resolveCommonOptions } from '../options/common-options.js';
import {
  type ErrorReply,
  LAST_RESORT_BODY,
  type ProxyResponseFormat,
  type ReplySettings,
  replyFor,
  resolveFormat,
} from '../proxy/error-reply.js';
import { logLastResort } from '../proxy/proxy-error-response.js';
import { isObjectLike, readString } from '../util/safe-read.js';

export interface ProblemResponseOptions extends CommonOptions {
  /** Body format: `'problem+json'` (default, RFC 9457), `'json'` (same members, application/json) or `'text'`. */
  format?: ProxyResponseFormat;
}

/**
 * The request an error interrupted, as far as the response depends on it. A WHATWG `Request` fits (its
 * `method` and `url`); `path` wins over the path of `url`.
 */
export interface ProblemRequest {
  /** A HEAD request gets no body. */
  method?: string | undefined;
  /** The problem's `instance`. */
  path?: string | undefined;
  /** Absolute URL of the request; its path is the problem's `instance` when `path` is not given. */
  url?: string | undefined;
  /** Sent as the `requestId` member and logged, e.g. `context.awsRequestId`. */
  requestId?: string | undefined;
}

/** Turns any thrown value into a problem response. Never throws. */
export type ProblemResponder = (thrown: unknown, request?: ProblemRequest) => Response;

const RESPONDER = 'problemResponder';

function stringField(request: unknown, key: string): string | undefined {
  const value = isObjectLike(request) ? readString(request, key) : undefined;
  return value === '' ? undefined : value;
}

function pathOfUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

function headersOf(reply: ErrorReply): Headers {
  const headers = new Headers({ 'Content-Type': reply.contentType });
  for (const { name, values } of reply.headers?.values() ?? []) {
    for (const value of values) headers.append(name, value);
  }
  return headers;
}

function responseFor(
  thrown: unknown,
  request: unknown,
  settings: ReturnType<typeof resolveSettings>,
): Response {
  const requestId = stringField(request, 'requestId');
  try {
    const mapped = classify(thrown, settings.catalog);
    settings.report(mapped, requestId);
    const isHead = stringField(request, 'method')?.toUpperCase() === 'HEAD';
    const path = stringField(request, 'path') ?? pathOfUrl(stringField(request, 'url'));
    const reply = replyFor(mapped, path, undefined, requestId, settings);
    return new Response(isHead ? null : reply.body, { status: reply.status, headers: headersOf(reply) });
  } catch (failure) {
    logLastResort(thrown, failure, requestId, settings);
    return new Response(LAST_RESORT_BODY, {
      status: 500,
      headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
    });
  }
}

function resolveSettings(caller: string, options: ProblemResponseOptions) {
  const common = resolveCommonOptions(caller, options, ['format']);
  const settings: typeof common & ReplySettings = {
    ...common,
    format: resolveFormat(caller, options.format),
  };
  return settings;
}

/**
 * Validates the options once (a TypeError names a wrong one) and returns the function that turns a thrown
 * value into a `Response`:
 *
 *     const respond = problemResponder({ catalog });
 *     catch (error) { return respond(error, { method: request.method, url: request.url }) }
 *
 * `caller` is the name option errors start with; the router adapters pass their own.
 */
export function problemResponder(options: ProblemResponseOptions = {}, caller = RESPONDER): ProblemResponder {
  const settings = resolveSettings(caller, options);
  return (thrown, request) => responseFor(thrown, request, settings);
}
