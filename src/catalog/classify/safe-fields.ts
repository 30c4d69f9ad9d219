import { isSafeHeaderName, isSafeHeaderValue } from '../../headers/header-rules.js';
import { isReservedMember } from '../../problem/problem-members.js';
import { type AnyObject, isObjectLike, ownKeys, readProperty } from '../../safe-read/safe-read.js';

const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

const MAX_HEADERS = 64;
const MAX_HEADER_VALUE_LENGTH = 8192;
const MAX_EXTENSIONS = 64;

/**
 * The headers of `error.headers` that are safe to send (see header-rules). `Retry-After` is not among them:
 * it is parsed into the mapped error's `retryAfter`, the one source of that header.
 */
export function safeHeaders(source: unknown): Readonly<Record<string, string>> {
  if (!isObjectLike(source) || Array.isArray(source)) return EMPTY;
  let headers: Record<string, string> | undefined;
  let count = 0;
  for (const name of ownKeys(source)) {
    if (count >= MAX_HEADERS) break;
    if (!isSafeHeaderName(name) || name.toLowerCase() === 'retry-after') continue;
    const value = readProperty(source, name);
    if (typeof value !== 'string' || value.length > MAX_HEADER_VALUE_LENGTH) continue;
    if (!isSafeHeaderValue(value)) continue;
    headers ??= {};
    headers[name] = value;
    count += 1;
  }
  return headers ?? EMPTY;
}

/**
 * A shallow copy of `error.extensions` without the reserved members (see problem-members). Values are kept as
 * given; the writers serialise them defensively.
 */
export function safeExtensions(source: unknown): Readonly<Record<string, unknown>> {
  if (!isObjectLike(source) || typeof source === 'function' || Array.isArray(source)) return EMPTY;
  let extensions: Record<string, unknown> | undefined;
  let count = 0;
  for (const name of ownKeys(source)) {
    if (count >= MAX_EXTENSIONS) break;
    if (isReservedMember(name)) continue;
    const value = readProperty(source as AnyObject, name);
    if (
      value === undefined ||
      typeof value === 'function' ||
      typeof value === 'symbol' ||
      typeof value === 'bigint'
    )
      continue;
    extensions ??= {};
    extensions[name] = value;
    count += 1;
  }
  return extensions ?? EMPTY;
}

export { EMPTY as EMPTY_RECORD };

/** Whether a record made by these functions holds anything (no array of entries made to find out). */
export function hasEntries(record: Readonly<Record<string, unknown>>): boolean {
  for (const _ in record) return true;
  return false;
}
