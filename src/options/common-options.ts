import type { MappedError } from '../catalog/catalog-types.js';
import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import {
  CONSOLE_CLIENT_ERRORS,
  type ConsoleClientErrors,
  createErrorLogger,
  createLogWriter,
  type LoggerOption,
  type LogWriter,
} from '../logging/error-logger.js';
import { describeValue } from '../util/describe-value.js';
import { type ErrorMappedHook, reportMappedError } from './error-mapped-hook.js';
import { isErrorCatalog } from './is-error-catalog.js';

/** Options both middlewares (proxy and non-proxy) accept. */
export interface CommonOptions {
  /** The catalog errors are classified with. Defaults to `defaultCatalog`. */
  catalog?: ErrorCatalog;
  /** Where errors are logged: omitted = one JSON line on the console; a function; a `{ error, warn }` logger; `false`. */
  logger?: LoggerOption;
  /**
   * How the default console logger (no `logger` option) writes client errors (4xx): `'info'` (default, one
   * `console.info` line without stack traces), `'warn'` (`console.warn`, with them) or `'off'`.
   */
  consoleClientErrors?: ConsoleClientErrors;
  /** Show the detail of 5xx errors to clients. Off by default: server error messages can hold secrets. */
  exposeServerErrors?: boolean;
  /** Upper bound of the `detail` member, in UTF-8 bytes. Defaults to 4096. */
  maxDetailBytes?: number;
  /**
   * Called once per error turned into a response (or a tagged error), after it is logged, with its kind, status,
   * request id and the thrown value: for metrics per kind or tracer annotations. What it throws or rejects is ignored.
   */
  onErrorMapped?: ErrorMappedHook;
}

export interface ResolvedCommonOptions {
  readonly catalog: ErrorCatalog;
  /** Logs one mapped error and calls the `onErrorMapped` hook; never throws. */
  readonly report: (mapped: MappedError, requestId: string | undefined) => void;
  /** Writes any entry (warnings about the setup) to the same logger; never throws. */
  readonly write: LogWriter;
  readonly exposeServerErrors: boolean;
  readonly maxDetailBytes: number;
}

export const DEFAULT_MAX_DETAIL_BYTES = 4096;
/** Caps maxDetailBytes so a response can never approach ALB's 1 MB limit. */
export const MAX_DETAIL_BYTES_LIMIT = 256 * 1024;

const COMMON_OPTION_NAMES = [
  'catalog',
  'logger',
  'consoleClientErrors',
  'exposeServerErrors',
  'maxDetailBytes',
  'onErrorMapped',
] as const;

/** The error of a bad option value: `MIDDLEWARE: option "NAME" must be EXPECTED, got VALUE[; FIX]`. */
export function optionError(
  middleware: string,
  option: string,
  expected: string,
  value: unknown,
  fix?: string,
): TypeError {
  return new TypeError(
    `${middleware}: option "${option}" must be ${expected}, got ${describeValue(value)}${fix === undefined ? '' : `; ${fix}`}`,
  );
}

function isLoggerOption(value: unknown): value is LoggerOption {
  if (value === undefined || value === false || typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.error === 'function' && typeof candidate.warn === 'function';
}

function resolveConsoleClientErrors(
  middleware: string,
  value: unknown,
  logger: LoggerOption,
): ConsoleClientErrors {
  if (value === undefined) return 'info';
  if (!CONSOLE_CLIENT_ERRORS.includes(value as ConsoleClientErrors)) {
    throw optionError(middleware, 'consoleClientErrors', '"info", "warn" or "off"', value);
  }
  if (logger !== undefined) {
    throw new TypeError(
      `${middleware}: option "consoleClientErrors" sets how the default console logger writes 4xx errors; a logger of your own receives them at "warn": remove one of the two options`,
    );
  }
  return value as ConsoleClientErrors;
}

/** Throws a TypeError for an option name the middleware does not know (usually a typo). */
export function assertKnownOptions(
  middleware: string,
  options: object,
  extraOptionNames: readonly string[],
): void {
  const known = new Set<string>([...COMMON_OPTION_NAMES, ...extraOptionNames]);
  for (const name of Object.keys(options)) {
    if (!known.has(name)) {
      throw new TypeError(
        `${middleware}: unknown option "${name}"; the options are ${[...known].map((n) => `"${n}"`).join(', ')}`,
      );
    }
  }
}

/**
 * Validates the options shared by both middlewares, at middleware creation, and fills in defaults.
 * Throws a TypeError naming the option and the expected type. `extraOptionNames` are the calling
 * middleware's own options (validated by it), so that unknown names can still be refused.
 */
export function resolveCommonOptions(
  middleware: string,
  options: unknown,
  extraOptionNames: readonly string[],
): ResolvedCommonOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${middleware}: options must be an object such as {}, got ${describeValue(options)}`);
  }
  assertKnownOptions(middleware, options, extraOptionNames);
  const { catalog, logger, consoleClientErrors, exposeServerErrors, maxDetailBytes, onErrorMapped } =
    options as Record<string, unknown>;
  if (catalog !== undefined && !isErrorCatalog(catalog)) {
    throw optionError(middleware, 'catalog', 'an ErrorCatalog made by defineErrorCatalog', catalog);
  }
  if (!isLoggerOption(logger)) {
    throw optionError(
      middleware,
      'logger',
      'a function, an object with error() and warn() methods, or false',
      logger,
    );
  }
  const clientErrors = resolveConsoleClientErrors(middleware, consoleClientErrors, logger);
  if (exposeServerErrors !== undefined && typeof exposeServerErrors !== 'boolean') {
    throw optionError(middleware, 'exposeServerErrors', 'a boolean', exposeServerErrors);
  }
  if (
    maxDetailBytes !== undefined &&
    (!Number.isInteger(maxDetailBytes) ||
      (maxDetailBytes as number) < 1 ||
      (maxDetailBytes as number) > MAX_DETAIL_BYTES_LIMIT)
  ) {
    throw optionError(
      middleware,
      'maxDetailBytes',
      `a positive integer of at most ${MAX_DETAIL_BYTES_LIMIT}`,
      maxDetailBytes,
    );
  }
  if (onErrorMapped !== undefined && typeof onErrorMapped !== 'function') {
    throw optionError(middleware, 'onErrorMapped', 'a function', onErrorMapped);
  }
  const write = createLogWriter(logger);
  const log = createErrorLogger(logger, clientErrors, write);
  const hook = onErrorMapped as ErrorMappedHook | undefined;
  return {
    catalog: catalog ?? defaultCatalog,
    report:
      hook === undefined
        ? log
        : (mapped, requestId) => {
            log(mapped, requestId);
            reportMappedError(hook, mapped, requestId);
          },
    write,
    exposeServerErrors: exposeServerErrors ?? false,
    maxDetailBytes: (maxDetailBytes as number | undefined) ?? DEFAULT_MAX_DETAIL_BYTES,
  };
}
