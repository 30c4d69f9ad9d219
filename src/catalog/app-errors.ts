// The rules for errors the application and its libraries throw: errors carrying an HTTP status (http-errors,
// catalog errors of another copy), values a kind claims, @middy/validator's errors, and tagged errors rethrown.
import { type AnyObject, isObjectLike, readObject, readProperty } from '../util/safe-read.js';
import type { ClaimOfKind, ErrorKind, MappedError } from './catalog-types.js';
import type { ErrorCatalog } from './define-catalog.js';
import {
  capText,
  type Decision,
  describeNonError,
  isExposed,
  kindForStatus,
  mapped,
  messageOf,
  safeExtensions,
  safeHeaders,
} from './mapped.js';
import { retryAfterOf } from './retry-after.js';

function isErrorStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 599;
}

/** `statusCode`, else `status`, when it is an integer from 400 to 599 (http-errors sets both). */
export function readErrorStatus(error: AnyObject): number | undefined {
  const statusCode = readProperty(error, 'statusCode');
  if (isErrorStatus(statusCode)) return statusCode;
  const status = readProperty(error, 'status');
  return isErrorStatus(status) ? status : undefined;
}

/** The kind an error names itself after, when this catalog has it with the error's status. */
export function namedKind(
  catalog: ErrorCatalog,
  name: string | undefined,
  status: number,
): ErrorKind | undefined {
  if (name === undefined) return undefined;
  const kind = catalog.kind(name);
  return kind !== undefined && kind.status === status ? kind : undefined;
}

function retryAfterOfError(error: AnyObject, headers: unknown, kind: ErrorKind): number | undefined {
  return retryAfterOf(readProperty(error, 'retryAfterSeconds'), headers, kind);
}

/**
 * An error mapped to `kind`, with its own message, `expose`, headers, Retry-After and extensions (unless
 * `extensions` replaces them).
 */
function classifyWithKind(
  error: AnyObject,
  kind: ErrorKind,
  extensions?: Readonly<Record<string, unknown>>,
): MappedError {
  const headers = readProperty(error, 'headers');
  const decision: Decision = {
    detail: messageOf(error),
    exposed: isExposed(kind, readProperty(error, 'expose')),
    headers: safeHeaders(headers),
    retryAfter: retryAfterOfError(error, headers, kind),
    extensions: extensions ?? safeExtensions(readProperty(error, 'extensions')),
  };
  return mapped(kind, decision, error);
}

/** An error of a catalog kind (by `name` and status), from this or another copy of the library. */
export function classifyNamedKind(error: AnyObject, kind: ErrorKind): MappedError {
  return classifyWithKind(error, kind);
}

/** http-errors and anything else carrying an HTTP error status, as the catalog's kind for that status. */
export function classifyStatusError(
  error: AnyObject,
  status: number,
  catalog: ErrorCatalog,
  extensions?: Readonly<Record<string, unknown>>,
): MappedError {
  return classifyWithKind(error, kindForStatus(catalog, status), extensions);
}

/** The first kind of the catalog that claims the value; a claim whose `instanceOf` or `when` throws does not. */
export function claimingKind(catalog: ErrorCatalog, thrown: unknown): ErrorKind | undefined {
  const kinds = catalog.claimingKinds;
  if (kinds === undefined) return undefined;
  for (const kind of kinds) {
    if (kind.claims !== undefined && claims(kind.claims, thrown)) return kind;
  }
  return undefined;
}

function claims(claim: ClaimOfKind, thrown: unknown): boolean {
  try {
    if (claim.instanceOf.length > 0 && !claim.instanceOf.some((type) => thrown instanceof type)) return false;
    return claim.when === undefined || claim.when(thrown) === true;
  } catch {
    return false;
  }
}

/**
 * A claimed value as its kind: the claim's `detail`, else the error's message; exposed by the exposure rule;
 * the claim's issues as the `errors` extension. Nothing else of a third-party error is taken (no headers, no
 * extensions, no Retry-After but the kind's).
 */
export function classifyClaimed(thrown: unknown, kind: ErrorKind): MappedError {
  const claim = kind.claims as ClaimOfKind;
  const object = isObjectLike(thrown) ? thrown : undefined;
  const issues = claim.issues === undefined ? undefined : claimedIssues(claim, thrown);
  return mapped(
    kind,
    {
      detail: claim.detail ?? (object === undefined ? describeNonError(thrown) : messageOf(object)),
      exposed: isExposed(kind, object === undefined ? undefined : readProperty(object, 'expose')),
      retryAfter: retryAfterOf(undefined, undefined, kind),
      extensions: issues === undefined ? undefined : { errors: issues },
    },
    thrown,
  );
}

/**
 * The claim's issues: the first MAX_VALIDATION_ERRORS entries (an endless iterable ends there), those that
 * are objects kept. What was gathered when `issues` or the iteration throws.
 */
function claimedIssues(claim: ClaimOfKind, thrown: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  try {
    const returned = claim.issues?.(thrown) as Iterable<unknown> | undefined;
    if (!isObjectLike(returned) || typeof readProperty(returned, Symbol.iterator) !== 'function')
      return issues;
    let seen = 0;
    for (const entry of returned) {
      if (++seen > MAX_VALIDATION_ERRORS) break;
      if (isObjectLike(entry)) issues.push(claimedIssue(entry));
    }
  } catch {
    // A throwing issues function, iterator or Proxy: what was read so far stands.
  }
  return issues;
}

function claimedIssue(issue: AnyObject): ValidationIssue {
  return validationIssue(pointerOf(readProperty(issue, 'path')), readProperty(issue, 'message'));
}

/** A path as a JSON Pointer (RFC 6901): segments joined by `/`, `~` and `/` escaped; a string as it is. */
function pointerOf(path: unknown): unknown {
  if (!Array.isArray(path)) return path;
  let pointer = '';
  for (const segment of path as unknown[]) {
    if (pointer.length > MAX_VALIDATION_TEXT) break;
    pointer += `/${segmentText(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return pointer;
}

function segmentText(segment: unknown): string {
  if (typeof segment === 'string') return segment;
  if (typeof segment === 'number') return String(segment);
  return typeof segment === 'symbol' ? (segment.description ?? '') : '';
}

const VALIDATOR_PACKAGE = '@middy/validator';
export const MAX_VALIDATION_ERRORS = 50;
export const MAX_VALIDATION_TEXT = 512;

export interface ValidationIssue {
  readonly instancePath: string;
  readonly message: string;
}

/** The ajv errors of a @middy/validator error (`cause: { package, data }`), or undefined for any other error. */
export function validatorData(error: AnyObject): unknown[] | undefined {
  const cause = readObject(error, 'cause');
  if (cause === undefined || readProperty(cause, 'package') !== VALIDATOR_PACKAGE) return undefined;
  const data = readProperty(cause, 'data');
  return Array.isArray(data) ? data : [];
}

/**
 * Only where the request failed and what rule it broke: ajv's `params`, `schemaPath` and `data` can
 * echo schema internals or the caller's own values back, so they are dropped.
 */
export function validationIssues(data: readonly unknown[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const length = readProperty(data, 'length');
  const count = typeof length === 'number' ? Math.min(length, MAX_VALIDATION_ERRORS) : 0;
  for (let i = 0; i < count; i++) {
    const entry = readProperty(data, i);
    if (!isObjectLike(entry)) continue;
    issues.push(validationIssue(readProperty(entry, 'instancePath'), readProperty(entry, 'message')));
  }
  return issues;
}

/** One issue as the `errors` extension shows it: two strings, each capped. */
export function validationIssue(instancePath: unknown, message: unknown): ValidationIssue {
  return {
    instancePath: typeof instancePath === 'string' ? capText(instancePath, MAX_VALIDATION_TEXT) : '',
    message: typeof message === 'string' ? capText(message, MAX_VALIDATION_TEXT) : 'is invalid',
  };
}

/** Marks the errors taggedErrorMessage throws, across copies of the library (a registered symbol). */
export const TAGGED_ERROR = Symbol.for('lambda-error-map.tagged');

/**
 * The value a tagged error was made from, when `thrown` is one: a wrapper around a handler that already
 * tagged its error classifies what that handler threw, so it answers the same status and detail.
 */
export function taggedErrorCause(thrown: unknown): { readonly cause: unknown } | undefined {
  if (!isObjectLike(thrown) || readProperty(thrown, TAGGED_ERROR) !== true) return undefined;
  return { cause: readProperty(thrown, 'cause') };
}
