import type { ErrorKind } from './catalog-types.js';
import { retryAfterOf } from './retry-after.js';

export interface CatalogErrorOptions {
  /** Extra RFC 9457 members sent with the problem (only when the detail is exposed). */
  extensions?: Record<string, unknown>;
  /**
   * Response headers this error asks for, sent only when the error is exposed (unsafe names and values are
   * dropped). A `Retry-After` among them counts as the error's retry delay when it holds delta-seconds.
   */
  headers?: Record<string, string>;
  /** The error that caused this one; logged, never sent. */
  cause?: unknown;
  /**
   * Overrides the kind's `retryAfterSeconds` for this one error: a whole number of seconds from 0 to
   * `MAX_RETRY_AFTER_SECONDS` (one year); any other value is ignored in favour of the kind's.
   */
  retryAfterSeconds?: number;
}

/**
 * Marks CatalogError's prototype. Recognising catalog errors by this mark rather than `instanceof` keeps
 * them recognised across copies of the class: each entry of the package is its own file, and an app can
 * hold two installed versions.
 */
const CATALOG_ERROR = Symbol.for('lambda-error-map.catalog-error');

/** Whether a value is a CatalogError, also one made by another copy of this package. Never throws. */
export function isCatalogError(value: unknown): value is CatalogError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as { [CATALOG_ERROR]?: unknown })[CATALOG_ERROR] === true;
  } catch {
    return false;
  }
}

/**
 * An error of a catalog kind. Light on purpose (a few fields on top of `Error`), and shaped the way
 * http-errors and @middy/http-error-handler recognise: `status` = `statusCode`, boolean `expose`.
 */
export class CatalogError<K extends string = string> extends Error {
  /** The catalog kind; also the error's `name` (the `errorType` Lambda reports). */
  declare name: K;
  readonly kind: K;
  readonly status: number;
  readonly statusCode: number;
  readonly expose: boolean;
  readonly headers: Record<string, string> | undefined;
  readonly extensions: Record<string, unknown> | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(kind: ErrorKind, detail?: string, options?: CatalogErrorOptions) {
    super(detail ?? kind.title, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = kind.kind as K;
    this.kind = kind.kind as K;
    this.status = kind.status;
    this.statusCode = kind.status;
    this.expose = kind.expose;
    this.headers = options?.headers;
    this.extensions = options?.extensions;
    this.retryAfterSeconds = retryAfterOf(options?.retryAfterSeconds, options?.headers, kind);
  }
}

Object.defineProperty(CatalogError.prototype, CATALOG_ERROR, { value: true });
