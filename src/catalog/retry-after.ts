import { isObjectLike, ownKeys, readProperty } from '../util/safe-read.js';
import type { ErrorKind } from './catalog-types.js';

/**
 * The longest wait a Retry-After may announce: one year. A client told to wait longer has in effect been
 * told never; the bound also keeps every value a short run of digits (8 at most) wherever it is written.
 */
export const MAX_RETRY_AFTER_SECONDS = 31_536_000;

// delta-seconds (RFC 9110 §10.2.3) with the optional whitespace around a field value; an HTTP-date is not taken.
const DELTA_SECONDS = /^[ \t]*(\d{1,9})[ \t]*$/;

/** Whether a value is a valid Retry-After: a whole number of seconds from 0 to `MAX_RETRY_AFTER_SECONDS`. */
export function isRetryAfterSeconds(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_RETRY_AFTER_SECONDS
  );
}

/** The seconds of an error's own `Retry-After` header (any letter case), when it holds valid delta-seconds. */
export function retryAfterOfHeaders(headers: unknown): number | undefined {
  if (!isObjectLike(headers) || Array.isArray(headers)) return undefined;
  for (const name of ownKeys(headers)) {
    if (name.length !== 11 || name.toLowerCase() !== 'retry-after') continue;
    const value = readProperty(headers, name);
    const match = typeof value === 'string' ? DELTA_SECONDS.exec(value) : null;
    const seconds = match === null ? undefined : Number(match[1]);
    if (isRetryAfterSeconds(seconds)) return seconds;
  }
  return undefined;
}

/**
 * The Retry-After of an error: its own `retryAfterSeconds`, else its own `Retry-After` header, else its
 * kind's `retryAfterSeconds`; the first valid one wins, an invalid one is skipped.
 */
export function retryAfterOf(ownSeconds: unknown, ownHeaders: unknown, kind: ErrorKind): number | undefined {
  if (isRetryAfterSeconds(ownSeconds)) return ownSeconds;
  return (
    retryAfterOfHeaders(ownHeaders) ??
    (isRetryAfterSeconds(kind.retryAfterSeconds) ? kind.retryAfterSeconds : undefined)
  );
}
