import { type AnyObject, readProperty } from '../../safe-read/safe-read.js';
import type { ErrorCatalog } from '../define-catalog.js';
import { retryAfterOf } from '../retry-after.js';
import type { ErrorKind, MappedError } from '../types.js';
import { messageOf } from './detail-text.js';
import { isExposed } from './exposure.js';
import { type Decision, kindForStatus, mapped } from './mapped.js';
import { safeExtensions, safeHeaders } from './safe-fields.js';

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
