import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { type ErrorLogger, type LoggerOption } from '../logging/error-logger.js';
/** Options both middlewares (proxy and non-proxy) accept. */
export interface CommonOptions {
    /** The catalog errors are classified with. Defaults to `defaultCatalog`. */
    catalog?: ErrorCatalog;
    /** Where errors are logged: omitted = one JSON line on the console; a function; a `{ error, warn }` logger; `false`. */
    logger?: LoggerOption;
    /** Show the detail of 5xx errors to clients. Off by default: server error messages can hold secrets. */
    exposeServerErrors?: boolean;
    /** Upper bound of the `detail` member, in UTF-8 bytes. Defaults to 4096. */
    maxDetailBytes?: number;
}
export interface ResolvedCommonOptions {
    readonly catalog: ErrorCatalog;
    readonly log: ErrorLogger;
    readonly exposeServerErrors: boolean;
    readonly maxDetailBytes: number;
}
export declare const DEFAULT_MAX_DETAIL_BYTES = 4096;
/** Caps maxDetailBytes so a response can never approach ALB's 1 MB limit. */
export declare const MAX_DETAIL_BYTES_LIMIT: number;
/** Throws a TypeError for an option name the middleware does not know (usually a typo). */
export declare function assertKnownOptions(middleware: string, options: object, extraOptionNames?: readonly string[]): void;
/**
 * Validates the options shared by both middlewares, at middleware creation, and fills in defaults.
 * Throws a TypeError naming the option and the expected type. `extraOptionNames` are the calling
 * middleware's own options (validated by it), so that unknown names can still be refused.
 */
export declare function resolveCommonOptions(middleware: string, options: unknown, extraOptionNames?: readonly string[]): ResolvedCommonOptions;
//# sourceMappingURL=common-options.d.ts.map