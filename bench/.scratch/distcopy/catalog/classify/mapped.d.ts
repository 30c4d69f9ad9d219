import type { ErrorCatalog } from '../define-catalog.js';
import type { ErrorKind, MappedError } from '../types.js';
/** What a rule decides; the rest of a MappedError comes from the kind. */
export interface Decision {
    detail: string;
    exposed: boolean;
    headers?: Readonly<Record<string, string>>;
    retryAfter?: number | undefined;
    extensions?: Readonly<Record<string, unknown>>;
}
/** The kind for a status: the catalog's, or a neutral `ClientError` / `ServerError` with the reason phrase. */
export declare function kindForStatus(catalog: ErrorCatalog, status: number): ErrorKind;
export declare function mapped(kind: ErrorKind, decision: Decision, cause: unknown): MappedError;
/** 500 for anything nothing else understood. */
export declare function internalError(catalog: ErrorCatalog, detail: string, cause: unknown): MappedError;
//# sourceMappingURL=mapped.d.ts.map