import type { ErrorKind } from './types.js';

export interface CatalogErrorOptions {
  /** Extra RFC 9457 members sent with the problem (only when the detail is exposed). */
  extensions?: Record<string, unknown>;
  /** Response headers this error asks for (CR/LF and Content-Type are refused when written). */
  headers?: Record<string, string>;
  /** The error that caused this one; logged, never sent. */
  cause?: unknown;
  /** Overrides the kind's `retryAfterSeconds` for this one error. */
  retryAfterSeconds?: number;
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
    this.retryAfterSeconds = options?.retryAfterSeconds ?? kind.retryAfterSeconds;
  }
}
