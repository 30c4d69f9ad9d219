// What a classification rule decides becomes a MappedError here: the kind for a status, the detail text, the
// exposure rule, and the error's own headers and extensions read safely (the reserved problem members never
// among them).
import { isSafeHeaderName, isSafeHeaderValue } from '../util/header-rules.js';
import { type AnyObject, isObjectLike, ownKeys, readProperty, readString } from '../util/safe-read.js';
import type { ErrorKind, MappedError } from './catalog-types.js';
import type { ErrorCatalog } from './define-catalog.js';
import { statusTitle } from './status-titles.js';

/** What a rule decides; the rest of a MappedError comes from the kind. */
export interface Decision {
  detail: string;
  exposed: boolean;
  headers?: Readonly<Record<string, string>>;
  retryAfter?: number | undefined;
  extensions?: Readonly<Record<string, unknown>>;
}

/** The kind for a status: the catalog's, or a neutral `ClientError` / `ServerError` with the reason phrase. */
export function kindForStatus(catalog: ErrorCatalog, status: number): ErrorKind {
  return catalog.kindForStatus(status) ?? fallbackKind(status);
}

function fallbackKind(status: number): ErrorKind {
  return {
    kind: status >= 500 ? 'ServerError' : 'ClientError',
    status,
    title: statusTitle(status),
    type: 'about:blank',
    expose: status < 500,
    retryAfterSeconds: undefined,
    awsExceptions: [],
    claims: undefined,
  };
}

export function mapped(kind: ErrorKind, decision: Decision, cause: unknown): MappedError {
  return {
    kind: kind.kind,
    status: kind.status,
    title: kind.title,
    type: kind.type,
    detail: decision.detail,
    exposed: decision.exposed,
    headers: decision.headers ?? EMPTY,
    retryAfter: decision.retryAfter,
    extensions: decision.extensions ?? EMPTY,
    cause,
  };
}

/** 500 for anything nothing else understood. */
export function internalError(catalog: ErrorCatalog, detail: string, cause: unknown): MappedError {
  return mapped(kindForStatus(catalog, 500), { detail, exposed: false }, cause);
}

/**
 * The members of a problem document this package writes itself, in order: RFC 9457's `type`, `title`,
 * `status`, `detail`, `instance`, and this package's `requestId` and `retryAfter`. An error's extensions may
 * never replace them, whether they come through `classify` or straight
 * to `buildProblem`.
 */
export const STANDARD_MEMBERS = [
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'requestId',
  'retryAfter',
] as const;

const RESERVED_MEMBERS: ReadonlySet<string> = new Set<string>(STANDARD_MEMBERS);

/** Whether an extension of this name must be dropped: a member we write, or `__proto__` (never copied). */
export function isReservedMember(name: string): boolean {
  return RESERVED_MEMBERS.has(name) || name === '__proto__';
}

/**
 * The exposure rule: an error's detail and extensions are exposed when the
 * kind it maps to allows it (`expose`, default `status < 500`) and the thrown error does not say
 * `expose: false`. The error can hide itself, never reveal itself: an `expose: true` on it does not widen
 * its kind (http-errors sets `expose` on every error, so it cannot tell a choice from a default).
 * `exposeServerErrors` (applied by the writers) then exposes every 5xx.
 */
export function isExposed(kind: ErrorKind, ownExpose: unknown): boolean {
  return kind.expose && ownExpose !== false;
}

/** Upper bound on `detail`, in UTF-16 code units; the writers cap bytes again for their transport. */
export const MAX_DETAIL_LENGTH = 65_536;

/** Caps text without splitting a surrogate pair. */
export function capText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const lastKept = text.charCodeAt(maxLength - 1);
  const end = lastKept >= 0xd800 && lastKept <= 0xdbff ? maxLength - 1 : maxLength;
  return text.slice(0, end);
}

/** The detail of an Error-like object: its string `message`, or empty. */
export function messageOf(error: AnyObject): string {
  let message: unknown;
  try {
    message = (error as { message?: unknown }).message;
  } catch {
    return '';
  }
  return typeof message === 'string' ? capText(message, MAX_DETAIL_LENGTH) : '';
}

/**
 * A safe description of a thrown value that is not an Error. Never calls `String()` on an object:
 * `toString`/`Symbol.toPrimitive` may be user code that throws or loops.
 */
export function describeNonError(thrown: unknown): string {
  switch (typeof thrown) {
    case 'string':
      return capText(thrown, MAX_DETAIL_LENGTH);
    case 'number':
    case 'boolean':
      return `Non-error value thrown: ${typeof thrown} ${String(thrown)}`;
    case 'bigint':
      return `Non-error value thrown: bigint ${thrown.toString()}n`;
    case 'symbol':
      return capText(`Non-error value thrown: ${thrown.toString()}`, MAX_DETAIL_LENGTH);
    case 'undefined':
      return 'Non-error value thrown: undefined';
    case 'function':
      return 'Non-error value thrown: [function]';
    default: {
      if (thrown === null) return 'Non-error value thrown: null';
      const message = readString(thrown as AnyObject, 'message');
      return message === undefined ? '[object]' : capText(message, MAX_DETAIL_LENGTH);
    }
  }
}

const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

const MAX_HEADERS = 64;
const MAX_HEADER_VALUE_LENGTH = 8192;
const MAX_EXTENSIONS = 64;

/**
 * The headers of `error.headers` that are safe to send (see header-rules). `Retry-After` is not among them:
 * it is parsed into the mapped error's `retryAfter`, from which the writers send that header.
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
 * A shallow copy of `error.extensions` without the reserved members (isReservedMember). Values are kept as
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
