import type { MappedError } from '../catalog/catalog-types.js';
import { describeThrown, type ThrownDescription } from './describe-thrown.js';

/** What is logged for each error a middleware turns into a response. */
export interface ErrorLogEntry {
  /** `error` for 5xx, `warn` for 4xx (the default console logger writes 4xx at `info`: `consoleClientErrors`). */
  level: 'error' | 'warn';
  message: string;
  status: number;
  kind: string;
  requestId: string | undefined;
  /** The original thrown value: name, message, stack and cause chain. Logged, never sent to the client. */
  error: ThrownDescription;
}

/**
 * How the default console logger writes expected client errors (4xx): `'info'` (default) one
 * `console.info` line without stack traces, `'warn'` one `console.warn` line with them, `'off'` none.
 * 5xx errors always go to `console.error` with their stacks.
 */
export type ConsoleClientErrors = 'info' | 'warn' | 'off';

export const CONSOLE_CLIENT_ERRORS: readonly ConsoleClientErrors[] = ['info', 'warn', 'off'];

/** A function that receives every entry. */
export type LogFunction = (entry: ErrorLogEntry) => void;

/**
 * What a `{ error, warn }` logger receives beside the message: the entry without `level` and `message`,
 * which such loggers write themselves (Powertools drops them with a "reserved key" warning otherwise).
 */
export type LogAttributes = Omit<ErrorLogEntry, 'level' | 'message'>;

/** A Powertools-style logger (`@aws-lambda-powertools/logger` fits): `logger.error(message, attributes)`. */
export interface LevelLogger {
  error(message: string, attributes: LogAttributes): void;
  warn(message: string, attributes: LogAttributes): void;
}

/** The `logger` option: omitted for one JSON line on the console, a function, a `{ error, warn }` object, or `false`. */
export type LoggerOption = LogFunction | LevelLogger | false | undefined;

/** Logs one mapped error; never throws. */
export type ErrorLogger = (mapped: MappedError, requestId: string | undefined) => void;

/** Writes one entry to the configured logger. Returned by `createLogWriter`; never throws. */
export type LogWriter = (entry: ErrorLogEntry) => void;

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

/** The description without the stack of any level: a client error's trace is noise and log cost. */
function withoutStacks(description: ThrownDescription): ThrownDescription {
  const { stack: _, cause, ...rest } = description;
  return cause === undefined ? rest : { ...rest, cause: withoutStacks(cause) };
}

function writeToConsole(entry: ErrorLogEntry): void {
  const line = JSON.stringify(entry);
  if (entry.level === 'error') console.error(line);
  else console.warn(line);
}

function writeToLevelLogger(logger: LevelLogger, entry: ErrorLogEntry): unknown {
  const { level, message, ...attributes } = entry;
  return level === 'error' ? logger.error(message, attributes) : logger.warn(message, attributes);
}

type UnsafeWriter = (entry: ErrorLogEntry) => unknown;

function writerFor(option: Exclude<LoggerOption, false>): UnsafeWriter {
  if (option === undefined) return writeToConsole;
  if (typeof option === 'function') return option;
  return (entry) => writeToLevelLogger(option, entry);
}

/** Lets a returned promise reject without an unhandled rejection. */
export function ignoreRejection(result: unknown): void {
  if (typeof (result as Promise<unknown> | undefined)?.then === 'function') {
    (result as Promise<unknown>).then(undefined, () => {});
  }
}

/** Turns the `logger` option into a function that writes an entry; a failing logger never breaks the response. */
export function createLogWriter(option: LoggerOption): LogWriter {
  if (option === false) return () => {};
  const write = writerFor(option);
  return (entry) => {
    try {
      ignoreRejection(write(entry));
    } catch {
      // A logger that throws must not turn a well-formed error response into a crash.
    }
  };
}

/** The default console logger's `info` line of a client error: without stacks. */
function writeClientErrorInfo(entry: ErrorLogEntry): void {
  console.info(JSON.stringify({ ...entry, level: 'info', error: withoutStacks(entry.error) }));
}

/**
 * Logs each mapped error through `write`, the writer of the `logger` option. With the default console logger,
 * a client error (4xx) is written as `clientErrors` says; every other logger receives the entry as documented.
 */
export function createErrorLogger(
  option: LoggerOption,
  clientErrors: ConsoleClientErrors,
  write: LogWriter,
): ErrorLogger {
  if (option === false) return () => {};
  if (option !== undefined || clientErrors === 'warn') {
    return (mapped, requestId) => write(buildLogEntry(mapped, requestId));
  }
  return (mapped, requestId) => {
    try {
      const entry = buildLogEntry(mapped, requestId);
      if (entry.level === 'error') writeToConsole(entry);
      else if (clientErrors === 'info') writeClientErrorInfo(entry);
    } catch {
      // As createLogWriter: the console failing must not break the response.
    }
  };
}
