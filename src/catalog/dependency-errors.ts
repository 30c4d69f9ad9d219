// The rules for errors of what a handler calls: AWS SDK v3/v2 service exceptions, timeouts and network
// failures, and HTTP clients' errors (axios, got, ky, fetch wrappers).
import { type AnyObject, hasOwn, readObject, readProperty, readString } from '../util/safe-read.js';
import type { MappedError } from './catalog-types.js';
import type { ErrorCatalog } from './define-catalog.js';
import { isExposed, kindForStatus, mapped, messageOf } from './mapped.js';
import { retryAfterOf } from './retry-after.js';

/** Exposed in place of AWS's own message, which can name tables, keys and items. */
export const CONFLICT_DETAIL = 'The request conflicts with the current state of the resource.';

/** Retry-After for a throttled dependency when the catalog's 503 kind names none. */
export const DEFAULT_THROTTLE_RETRY_AFTER_SECONDS = 1;

const CONFLICTS = new Set([
  'ConditionalCheckFailedException',
  'TransactionConflictException',
  'TransactionCanceledException',
]);

// v3's names, and the ones the v2 SDK retries as throttling (its `throttledError`).
const THROTTLES = new Set([
  'ThrottlingException',
  'Throttling',
  'RequestThrottled',
  'RequestThrottledException',
  'EC2ThrottledException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'ThrottledException',
  'SlowDown',
]);

/**
 * An AWS service exception: of SDK v3 (a `$metadata` object and a `$fault` of 'client' or 'server') or of
 * SDK v2 (see asAwsSdkV2Error).
 */
export interface AwsServiceException {
  readonly name: string;
  readonly fault: 'client' | 'server';
  readonly throttling: boolean;
}

export function asAwsServiceException(thrown: AnyObject): AwsServiceException | undefined {
  const fault = readProperty(thrown, '$fault');
  if (fault !== 'client' && fault !== 'server') return asAwsSdkV2Error(thrown);
  if (readObject(thrown, '$metadata') === undefined) return undefined;
  const name = readString(thrown, 'name');
  if (name === undefined) return undefined;
  const retryable = readObject(thrown, '$retryable');
  const throttling = retryable !== undefined && readProperty(retryable, 'throttling') === true;
  return { name, fault, throttling };
}

/**
 * An AWS SDK v2 service error, by its whole shape: `name` equal to `code`, a boolean `retryable`, a string
 * `requestId`, a Date `time` and a numeric `statusCode`. A user's error with `code` and `statusCode` alone
 * is not one. v2 marks no fault: a 5xx is the service's, anything else our call's; a 429 is throttling.
 */
function asAwsSdkV2Error(thrown: AnyObject): AwsServiceException | undefined {
  // `retryable` first: every other error (http-errors, plain ones) lacks it, so they cost one read here.
  if (typeof readProperty(thrown, 'retryable') !== 'boolean') return undefined;
  const statusCode = readProperty(thrown, 'statusCode');
  if (typeof statusCode !== 'number') return undefined;
  const name = readString(thrown, 'name');
  if (name === undefined || readProperty(thrown, 'code') !== name) return undefined;
  if (readString(thrown, 'requestId') === undefined) return undefined;
  if (!isDate(readProperty(thrown, 'time'))) return undefined;
  return { name, fault: statusCode >= 500 ? 'server' : 'client', throttling: statusCode === 429 };
}

/** Also a Date of another realm; a Proxy whose traps throw is not one. */
function isDate(value: unknown): boolean {
  try {
    return Object.prototype.toString.call(value) === '[object Date]';
  } catch {
    return false;
  }
}

/**
 * The catalog's own kind for a service exception (`awsExceptions`), which wins over every built-in rule.
 * AWS messages are never exposed: they describe our infrastructure, not the caller's request.
 */
export function classifyAwsOverride(
  exception: AwsServiceException,
  thrown: AnyObject,
  catalog: ErrorCatalog,
): MappedError | undefined {
  const override = catalog.kindForAwsException(exception.name);
  if (override === undefined) return undefined;
  return mapped(
    override,
    {
      detail: override.title,
      exposed: isExposed(override, undefined),
      retryAfter: retryAfterOf(undefined, undefined, override),
    },
    thrown,
  );
}

export function isConflict(exception: AwsServiceException): boolean {
  return CONFLICTS.has(exception.name);
}

/** A conflict as the catalog's 409, with a generic detail in place of AWS's message. */
export function classifyConflict(thrown: AnyObject, catalog: ErrorCatalog): MappedError {
  const kind = kindForStatus(catalog, 409);
  return mapped(kind, { detail: CONFLICT_DETAIL, exposed: isExposed(kind, undefined) }, thrown);
}

export function isThrottle(exception: AwsServiceException): boolean {
  return exception.throttling || THROTTLES.has(exception.name);
}

/** A throttled dependency as the catalog's 503, always with a Retry-After. */
export function classifyThrottle(thrown: AnyObject, catalog: ErrorCatalog): MappedError {
  const kind = kindForStatus(catalog, 503);
  const retryAfter = retryAfterOf(undefined, undefined, kind) ?? DEFAULT_THROTTLE_RETRY_AFTER_SECONDS;
  return mapped(kind, { detail: messageOf(thrown), exposed: false, retryAfter }, thrown);
}

// Names the SDK (@smithy/node-http-handler sets `TimeoutError` on its request, socket and stream timeouts
// and on ECONNRESET/EPIPE/ETIMEDOUT), services (`RequestTimeout`, `RequestTimeoutException`) and
// middy's early-timeout error (`TimeoutError`, cause.package '@middy/core') use for "ran out of time".
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

// Node's network error codes: the dependency could not be reached in time, not a bug in our request.
const NETWORK_CODES = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
  'ENETUNREACH',
]);

/** Whether the error says a dependency timed out or could not be reached (→ 504). */
export function isTimeoutOrNetworkError(error: AnyObject, name: string | undefined): boolean {
  if (name !== undefined && TIMEOUT_NAMES.has(name)) return true;
  const code = readString(error, 'code');
  return code !== undefined && NETWORK_CODES.has(code);
}

/**
 * The detail of a downstream HTTP error, in place of the client's message: got's names the URL, and any of them
 * may be exposed with `exposeServerErrors`. The original stays the logged cause.
 */
export function downstreamDetail(status: number | undefined): string {
  return status === undefined
    ? 'An upstream HTTP request failed.'
    : `An upstream HTTP request failed with status ${status}.`;
}

export const DOWNSTREAM_TIMEOUT_DETAIL = 'An upstream HTTP request timed out.';

function isHttpStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** The status of an upstream `response` (`status` for axios and fetch/ky, `statusCode` for got). */
function upstreamStatus(response: AnyObject): number | undefined {
  const status = readProperty(response, 'status');
  if (isHttpStatus(status)) return status;
  const statusCode = readProperty(response, 'statusCode');
  return isHttpStatus(statusCode) ? statusCode : undefined;
}

/**
 * Whether an error is an HTTP client's failure calling a dependency: axios (`isAxiosError`), got's RequestError
 * family (own `timings` and an `options` object, whether or not a response came), or any error carrying an
 * upstream `response` with a status (ky's HTTPError, fetch wrappers). Its status is the dependency's answer to
 * us, never the caller's: the caller gets 502 (timeouts are read before, as 504).
 */
export function asDownstreamHttpError(error: AnyObject): { status: number | undefined } | undefined {
  const response = readObject(error, 'response');
  const status = response === undefined ? undefined : upstreamStatus(response);
  if (status !== undefined) return { status };
  if (readProperty(error, 'isAxiosError') === true) return { status };
  if (hasOwn(error, 'timings') && readObject(error, 'options') !== undefined) return { status };
  return undefined;
}

/**
 * Whether a timeout is an HTTP client's: one asDownstreamHttpError knows, or one carrying the fetch `Request` it
 * sent (ky's TimeoutError: a string `url` and `method`), whose message names the URL.
 */
export function isDownstreamHttpTimeout(error: AnyObject): boolean {
  if (asDownstreamHttpError(error) !== undefined) return true;
  const request = readObject(error, 'request');
  return (
    request !== undefined &&
    typeof readProperty(request, 'url') === 'string' &&
    typeof readProperty(request, 'method') === 'string'
  );
}
