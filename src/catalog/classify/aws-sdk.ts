import { type AnyObject, readObject, readProperty, readString } from '../../safe-read/safe-read.js';
import type { ErrorCatalog } from '../define-catalog.js';
import { retryAfterOf } from '../retry-after.js';
import type { MappedError } from '../types.js';
import { messageOf } from './detail-text.js';
import { isExposed } from './exposure.js';
import { kindForStatus, mapped } from './mapped.js';

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
