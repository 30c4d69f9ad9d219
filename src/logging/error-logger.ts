import type { MappedError } from '../catalog/types.js';
import { describeThrown, type ThrownDescription } from './describe-thrown.js';

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

export function buildLogEntry(mapped: MappedError, requestId: string | undefined): ErrorLogEntry {
  return {
    level: mapped.status >= 500 ? 'error' : 'warn',
    message: `lambda-error-map: ${mapped.status} ${mapped.kind}`,
    status: mapped.status,
    kind: mapped.kind,
    requestId,
    error: describeThrown(mapped.cause),
  };
}

function writeToConsole(entry: ErrorLogEntry): void {
  const line = JSON.stringify(entry);
  if (entry.level === 'error') console.error(line);
  else console.warn(line);
}

type LogWriter = (entry: ErrorLogEntry) => unknown;

function writerFor(option: Exclude<LoggerOption, false>): LogWriter {
  if (option === undefined) return writeToConsole;
  if (typeof option === 'function') return option;
  return (entry) =>
    entry.level === 'error' ? option.error(entry.message, entry) : option.warn(entry.message, entry);
}

function ignoreRejection(result: unknown): void {
  if (typeof (result as Promise<unknown> | undefined)?.then === 'function') {
    (result as Promise<unknown>).then(undefined, () => {});
  }
}

/** Turns the `logger` option into a function that logs a mapped error; a failing logger never breaks the response. */
export function createErrorLogger(option: LoggerOption): ErrorLogger {
  if (option === false) return () => {};
  const write = writerFor(option);
  return (mapped, requestId) => {
    try {
      ignoreRejection(write(buildLogEntry(mapped, requestId)));
    } catch {
      // A logger that throws must not turn a well-formed error response into a crash.
    }
  };
}
