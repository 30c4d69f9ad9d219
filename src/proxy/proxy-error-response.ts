import { classify } from '../catalog/classify.js';
import { hasEntries } from '../catalog/mapped.js';
import { isRetryAfterSeconds } from '../catalog/retry-after.js';
import type { MappedError } from '../catalog/types.js';
import { describeThrown } from '../logging/describe-thrown.js';
import { buildLogEntry } from '../logging/error-logger.js';
import {
  type CommonOptions,
  type ResolvedCommonOptions,
  resolveCommonOptions,
} from '../options/common-options.js';
import { buildProblem, mayShowDetail, showsExtensions } from '../problem/build-problem.js';
import type { ErrorMiddleware, MiddyErrorRequest } from '../util/lambda-types.js';
import { readRequestId } from '../util/safe-read.js';
import { truncateUtf8 } from '../util/utf8.js';
import {
  addHeaderIfAbsent,
  contentTypeOf,
  cookiesOfResponse,
  type HeaderList,
  headersOfResponse,
  PROXY_RESPONSE_FORMATS,
  type ProxyResponseFormat,
  renderBody,
} from './error-reply.js';
import {
  type ErrorReply,
  eventSourceName,
  type ProxyErrorResponse,
  type ProxyRequestInfo,
  type RestV1ErrorResponse,
  readRequestInfo,
  writePlainReply,
  writeReply,
} from './event-kinds.js';

export interface ProxyErrorResponseOptions extends CommonOptions {
  /** Body format: `'problem+json'` (default, RFC 9457), `'json'` (same members, application/json) or `'text'`. */
  format?: ProxyResponseFormat;
}

export type { ProxyErrorResponse } from './event-kinds.js';

export interface ProxySettings extends ResolvedCommonOptions {
  readonly format: ProxyResponseFormat;
  /** Whether the non-HTTP event warning was logged already (once per container and middleware). */
  warnedNonHttp: boolean;
}

const MIDDLEWARE = 'proxyErrorResponse';
const MAX_INSTANCE_BYTES = 2048;
/** The body sent if building the real response failed. */
export const LAST_RESORT_BODY =
  '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Internal Server Error"}';
// Used only if building the real response failed; valid for every proxy kind.
const LAST_RESORT_RESPONSE: RestV1ErrorResponse = {
  statusCode: 500,
  headers: { 'Content-Type': 'application/problem+json' },
  body: LAST_RESORT_BODY,
  isBase64Encoded: false,
};

export function resolveFormat(caller: string, format: unknown): ProxyResponseFormat {
  if (format === undefined) return 'problem+json';
  if (PROXY_RESPONSE_FORMATS.includes(format as ProxyResponseFormat)) return format as ProxyResponseFormat;
  throw new TypeError(
    `${caller}: option "format" must be one of ${PROXY_RESPONSE_FORMATS.map((f) => `"${f}"`).join(', ')}, got ${JSON.stringify(format) ?? typeof format}`,
  );
}

/** Sent whatever the status, exactly when the problem carries `retryAfter` (the non-proxy templates do the same). */
export function retryAfterHeader(mapped: MappedError): string | undefined {
  return isRetryAfterSeconds(mapped.retryAfter) ? String(mapped.retryAfter) : undefined;
}

/** What the body depends on: the format and the exposure settings. */
export type BodySettings = Pick<ProxySettings, 'format' | 'exposeServerErrors' | 'maxDetailBytes'>;

/** The body: none for HEAD; else the problem, written directly when it holds standard members only. */
export function bodyFor(
  mapped: MappedError,
  info: Pick<ProxyRequestInfo, 'isHead' | 'path'>,
  requestId: string | undefined,
  settings: BodySettings,
): string {
  if (info.isHead) return '';
  const problem = buildProblem(mapped, {
    exposeServerErrors: settings.exposeServerErrors,
    maxDetailBytes: settings.maxDetailBytes,
    requestId,
    instance: info.path === undefined ? undefined : truncateUtf8(info.path, MAX_INSTANCE_BYTES),
  });
  return renderBody(problem, settings.format, !showsExtensions(mapped, settings.exposeServerErrors));
}

/**
 * Adds the error's own headers and its `Retry-After` to `headers`, never replacing one already there. A hidden
 * (5xx) error's own headers are hidden with it, as @middy/http-error-handler does: they can carry secrets.
 */
export function addErrorHeaders(headers: HeaderList, mapped: MappedError, exposeServerErrors: boolean): void {
  const ownHeaders = mayShowDetail(mapped, exposeServerErrors) ? mapped.headers : {};
  for (const [name, value] of Object.entries(ownHeaders)) addHeaderIfAbsent(headers, name, value);
  const retryAfter = retryAfterHeader(mapped);
  if (retryAfter !== undefined) addHeaderIfAbsent(headers, 'Retry-After', retryAfter);
}

function replyFor(
  mapped: MappedError,
  info: ProxyRequestInfo,
  previousResponse: unknown,
  requestId: string | undefined,
  settings: ProxySettings,
): ErrorReply {
  // Headers already set (e.g. CORS) are kept; the error's own headers add to them but do not replace them.
  const headers = headersOfResponse(previousResponse);
  addErrorHeaders(headers, mapped, settings.exposeServerErrors);
  const isV2 = info.kind === 'http-api-v2' || info.kind === 'function-url';
  return {
    status: mapped.status,
    contentType: contentTypeOf(settings.format),
    headers,
    body: bodyFor(mapped, info, requestId, settings),
    cookies: isV2 ? cookiesOfResponse(previousResponse) : undefined,
  };
}

/**
 * The response written directly when there is nothing to merge: no previous response, and no header of
 * the error's own to add. Undefined otherwise; the caller then merges through a header list. Same bytes.
 */
function plainResponse(
  mapped: MappedError,
  info: ProxyRequestInfo,
  previousResponse: unknown,
  requestId: string | undefined,
  settings: ProxySettings,
): ProxyErrorResponse | undefined {
  if (previousResponse !== undefined && previousResponse !== null) return undefined;
  if (mayShowDetail(mapped, settings.exposeServerErrors) && hasEntries(mapped.headers)) return undefined;
  const body = bodyFor(mapped, info, requestId, settings);
  return writePlainReply(
    info.kind,
    mapped.status,
    contentTypeOf(settings.format),
    retryAfterHeader(mapped),
    body,
  );
}

/** The response for a mapped error, in the shape of the event kind that arrived. */
export function responseFor(
  mapped: MappedError,
  info: ProxyRequestInfo,
  previousResponse: unknown,
  requestId: string | undefined,
  settings: ProxySettings,
): ProxyErrorResponse {
  return (
    plainResponse(mapped, info, previousResponse, requestId, settings) ??
    writeReply(info.kind, replyFor(mapped, info, previousResponse, requestId, settings))
  );
}

/**
 * The response for one thrown value and the event it interrupted, in that event kind's exact shape.
 * `previousResponse` is whatever `request.response` held (its headers and cookies are kept). Never throws.
 */
function errorResponseFor(
  thrown: unknown,
  info: ProxyRequestInfo,
  context: unknown,
  previousResponse: unknown,
  settings: ProxySettings,
): ProxyErrorResponse {
  const requestId = readRequestId(context);
  try {
    const mapped = classify(thrown, settings.catalog);
    settings.report(mapped, requestId);
    return responseFor(mapped, info, previousResponse, requestId, settings);
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
    const info = readRequestInfo(request.event);
    if (info === undefined) {
      // No response: Middy then rethrows request.error, the original thrown value.
      warnNonHttpOnce(request.error, request.event, request.context, settings, MIDDLEWARE);
      return;
    }
    request.response = errorResponseFor(request.error, info, request.context, request.response, settings);
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
  const info = readRequestInfo(event);
  if (info === undefined) {
    warnNonHttpOnce(thrown, event, context, settings, ERROR_RESPONSE_FOR_EVENT);
    errorResponseForEventWarned = true;
    throw thrown;
  }
  return errorResponseFor(thrown, info, context, undefined, settings);
}
