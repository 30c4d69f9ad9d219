import { classify } from '../catalog/classify.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import { describeThrown } from '../logging/describe-thrown.js';
import { buildLogEntry } from '../logging/error-logger.js';
import {
  type CommonOptions,
  type ResolvedCommonOptions,
  resolveCommonOptions,
} from '../options/common-options.js';
import type { ErrorMiddleware, MiddyErrorRequest } from '../util/lambda-types.js';
import { readRequestId } from '../util/safe-read.js';
import {
  LAST_RESORT_BODY,
  type ProxyResponseFormat,
  type ReplySettings,
  replyFor,
  resolveFormat,
} from './error-reply.js';
import {
  detectEventKind,
  eventSourceName,
  isHeadRequest,
  type ProxyErrorResponse,
  type ProxyEventKind,
  type RestV1ErrorResponse,
  requestPathOf,
  writeResponse,
} from './event-kinds.js';

export interface ProxyErrorResponseOptions extends CommonOptions {
  /** Body format: `'problem+json'` (default, RFC 9457), `'json'` (same members, application/json) or `'text'`. */
  format?: ProxyResponseFormat;
}

export type { ProxyErrorResponse } from './event-kinds.js';

export interface ProxySettings extends ResolvedCommonOptions, ReplySettings {
  /** Whether the non-HTTP event warning was logged already (once per container and middleware). */
  warnedNonHttp: boolean;
}

const MIDDLEWARE = 'proxyErrorResponse';
// Used only if building the real response failed; valid for every proxy kind.
const LAST_RESORT_RESPONSE: RestV1ErrorResponse = {
  statusCode: 500,
  headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
  body: LAST_RESORT_BODY,
  isBase64Encoded: false,
};

/**
 * The response for one thrown value and the HTTP event of `kind` it interrupted, in that kind's exact shape (a
 * HEAD request's without a body). `previousResponse` is whatever `request.response` held (its headers and cookies
 * are kept). Never throws.
 */
function errorResponseFor(
  thrown: unknown,
  event: unknown,
  kind: ProxyEventKind,
  context: unknown,
  previousResponse: unknown,
  settings: ProxySettings,
): ProxyErrorResponse {
  const requestId = readRequestId(context);
  try {
    const mapped = classify(thrown, settings.catalog);
    settings.report(mapped, requestId);
    const reply = replyFor(mapped, requestPathOf(event, kind), previousResponse, requestId, settings);
    return writeResponse(kind, isHeadRequest(event, kind) ? { ...reply, body: '' } : reply);
  } catch (failure) {
    logLastResort(thrown, failure, requestId, settings);
    return { ...LAST_RESORT_RESPONSE, headers: { ...LAST_RESORT_RESPONSE.headers } };
  }
}

/** Says why the last-resort 500 was sent, with the original thrown value as the entry's error. */
export function logLastResort(
  thrown: unknown,
  failure: unknown,
  requestId: string | undefined,
  settings: ResolvedCommonOptions,
): void {
  const reason = describeThrown(failure);
  settings.write({
    level: 'error',
    message: `lambda-error-map: the error response could not be built (${reason.name}: ${reason.message}); sent the last-resort 500`,
    status: 500,
    kind: 'InternalServerError',
    requestId,
    error: describeThrown(thrown),
  });
}

/**
 * Logs, once, that the error of an event that is not an HTTP request (SQS, Kafka, EventBridge, a direct
 * invocation...) is rethrown: answering it with a response would make the invocation succeed, and the
 * event source would never retry it.
 */
function warnNonHttpOnce(
  thrown: unknown,
  event: unknown,
  context: unknown,
  settings: ProxySettings,
  caller: string,
): void {
  if (settings.warnedNonHttp) return;
  settings.warnedNonHttp = true;
  const entry = buildLogEntry(classify(thrown, settings.catalog), readRequestId(context));
  settings.write({
    ...entry,
    level: 'warn',
    message: `lambda-error-map: ${caller} received an event that is not an HTTP request (${eventSourceName(event)}); it rethrows the error so that the event source can retry it or send it to a dead-letter queue. Use it on HTTP handlers only.`,
  });
}

/**
 * Middy middleware for proxy integrations (REST API, HTTP API 1.0 and 2.0, Function URLs, ALB): turns
 * any thrown value into a response of exactly the shape the arriving event's kind requires, with an
 * RFC 9457 body. `onError` only. It sets `request.response` and leaves `request.error` as thrown.
 *
 *     middy(handler).use(httpCors()).use(proxyErrorResponse({ catalog }))
 */
export function proxyErrorResponse(options: ProxyErrorResponseOptions = {}): ErrorMiddleware {
  const common = resolveCommonOptions(MIDDLEWARE, options, ['format']);
  const settings: ProxySettings = {
    ...common,
    format: resolveFormat(MIDDLEWARE, options.format),
    warnedNonHttp: false,
  };
  const onError = (request: MiddyErrorRequest): void => {
    const { event } = request;
    const kind = detectEventKind(event);
    if (kind === undefined) {
      // No response: Middy then rethrows request.error, the original thrown value.
      warnNonHttpOnce(request.error, event, request.context, settings, MIDDLEWARE);
      return;
    }
    request.response = errorResponseFor(
      request.error,
      event,
      kind,
      request.context,
      request.response,
      settings,
    );
  };
  return { onError };
}

const ERROR_RESPONSE_FOR_EVENT = 'errorResponseForEvent';
// Its settings live for one call, so whether it warned about a non-HTTP event is kept per container here.
let errorResponseForEventWarned = false;

/**
 * The same response without Middy, for handlers that catch errors themselves:
 * `catch (error) { return errorResponseForEvent(error, event, context, { catalog }) }`.
 * On an event that is not an HTTP request (SQS, Kafka, EventBridge, a direct invocation...) it throws
 * `thrown` itself instead, as the middleware does.
 */
export function errorResponseForEvent(
  thrown: unknown,
  event: unknown,
  context?: unknown,
  options: ProxyErrorResponseOptions = {},
): ProxyErrorResponse {
  const common = resolveCommonOptions(ERROR_RESPONSE_FOR_EVENT, options, ['format']);
  const settings: ProxySettings = {
    ...common,
    format: resolveFormat(ERROR_RESPONSE_FOR_EVENT, options.format),
    warnedNonHttp: errorResponseForEventWarned,
  };
  const kind = detectEventKind(event);
  if (kind === undefined) {
    warnNonHttpOnce(thrown, event, context, settings, ERROR_RESPONSE_FOR_EVENT);
    errorResponseForEventWarned = true;
    throw thrown;
  }
  return errorResponseFor(thrown, event, kind, context, undefined, settings);
}
