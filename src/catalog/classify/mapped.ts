import type { ErrorCatalog } from '../define-catalog.js';
import { statusTitle } from '../status-titles.js';
import type { ErrorKind, MappedError } from '../types.js';
import { EMPTY_RECORD } from './safe-fields.js';

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
    headers: decision.headers ?? EMPTY_RECORD,
    retryAfter: decision.retryAfter,
    extensions: decision.extensions ?? EMPTY_RECORD,
    cause,
  };
}

/** 500 for anything nothing else understood. */
export function internalError(catalog: ErrorCatalog, detail: string, cause: unknown): MappedError {
  return mapped(kindForStatus(catalog, 500), { detail, exposed: false }, cause);
}
