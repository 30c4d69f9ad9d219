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
export declare class CatalogError extends Error {
    readonly kind: string;
    readonly status: number;
    readonly statusCode: number;
    readonly expose: boolean;
    readonly headers: Record<string, string> | undefined;
    readonly extensions: Record<string, unknown> | undefined;
    readonly retryAfterSeconds: number | undefined;
    constructor(kind: ErrorKind, detail?: string, options?: CatalogErrorOptions);
}
//# sourceMappingURL=catalog-error.d.ts.map