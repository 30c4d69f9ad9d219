import type { ErrorCatalog } from '../define-catalog.js';
import type { ErrorKind, MappedError } from '../types.js';
import { type AnyObject } from './safe-read.js';
/** `statusCode`, else `status`, when it is an integer from 400 to 599 (http-errors sets both). */
export declare function readErrorStatus(error: AnyObject): number | undefined;
/** The kind an error names itself after, when this catalog has it with the error's status. */
export declare function namedKind(catalog: ErrorCatalog, name: string | undefined, status: number): ErrorKind | undefined;
/** An error of a catalog kind (by `name` and status), from this or another copy of the library. */
export declare function classifyNamedKind(error: AnyObject, kind: ErrorKind): MappedError;
/** http-errors and anything else carrying an HTTP error status: `expose` as http-errors means it. */
export declare function classifyStatusError(error: AnyObject, status: number, catalog: ErrorCatalog, extensions?: Readonly<Record<string, unknown>>): MappedError;
//# sourceMappingURL=status-like.d.ts.map