import type { MappedError } from '../catalog/types.js';
import { type ThrownDescription } from './describe-thrown.js';
/** What is logged for each error a middleware turns into a response. */
export interface ErrorLogEntry {
    /** `error` for 5xx, `warn` for 4xx. */
    level: 'error' | 'warn';
    message: string;
    status: number;
    kind: string;
    requestId: string | undefined;
    /** The original thrown value: name, message, stack and cause chain. Logged, never sent to the client. */
    error: ThrownDescription;
}
/** A function that receives every entry. */
export type LogFunction = (entry: ErrorLogEntry) => void;
/** A Powertools-style logger (`@aws-lambda-powertools/logger` fits): `logger.error(message, entry)`. */
export interface LevelLogger {
    error(message: string, entry: ErrorLogEntry): void;
    warn(message: string, entry: ErrorLogEntry): void;
}
/** The `logger` option: omitted for one JSON line on the console, a function, a `{ error, warn }` object, or `false`. */
export type LoggerOption = LogFunction | LevelLogger | false | undefined;
/** Logs one mapped error. Returned by `createErrorLogger`; never throws. */
export type ErrorLogger = (mapped: MappedError, requestId: string | undefined) => void;
export declare function buildLogEntry(mapped: MappedError, requestId: string | undefined): ErrorLogEntry;
/** Turns the `logger` option into a function that logs a mapped error; a failing logger never breaks the response. */
export declare function createErrorLogger(option: LoggerOption): ErrorLogger;
//# sourceMappingURL=error-logger.d.ts.map