import { classify } from '../catalog/classify.js';
import {
  type CommonOptions,
  optionError,
  type ResolvedCommonOptions,
  resolveCommonOptions,
} from '../options/common-options.js';
import { mayExposeDetail } from '../problem/build-problem.js';
import type { ErrorMiddleware, MiddyErrorRequest } from '../util/lambda-types.js';
import { readRequestId } from '../util/safe-read.js';
import { DEFAULT_MAX_MESSAGE_BYTES, formatTaggedMessage, routableError } from './format-tagged-message.js';
import { createTaggedError } from './tagged-error.js';

const MIDDLEWARE = 'taggedErrorMessage';
/** Below this even a bare problem may not fit; above it the message nears Lambda's 6 MB response limit. */
export const MIN_MESSAGE_BYTES = 256;
export const MAX_MESSAGE_BYTES_LIMIT = 1024 * 1024;

export interface TaggedErrorMessageOptions extends CommonOptions {
  /** Upper bound of the whole errorMessage in UTF-8 bytes (default 8192); the detail is shortened to fit. */
  maxMessageBytes?: number;
}

function checkMaxMessageBytes(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_MESSAGE_BYTES;
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < MIN_MESSAGE_BYTES ||
    value > MAX_MESSAGE_BYTES_LIMIT
  ) {
    throw optionError(
      MIDDLEWARE,
      'maxMessageBytes',
      `an integer from ${MIN_MESSAGE_BYTES} to ${MAX_MESSAGE_BYTES_LIMIT} (bytes)`,
      value,
      `omit it for ${DEFAULT_MAX_MESSAGE_BYTES}`,
    );
  }
  return value;
}

export interface TaggedSettings extends ResolvedCommonOptions {
  readonly maxMessageBytes: number;
}

/**
 * The error taggedErrorMessage throws for a thrown value: classified, logged, and tagged. A function that
 * returns, so that V8 gathers feedback for it and optimises it (the error path runs it on every error).
 */
export function taggedErrorFor(thrown: unknown, context: unknown, settings: TaggedSettings): Error {
  const requestId = readRequestId(context);
  const mapped = classify(thrown, settings.catalog);
  settings.report(mapped, requestId);
  // Routed once: the status the catalog can tag decides both the message and whether it is exposed.
  const routable = routableError(mapped, settings.catalog);
  const { kind, status, message } = formatTaggedMessage(routable, {
    catalog: settings.catalog,
    exposeServerErrors: settings.exposeServerErrors,
    maxDetailBytes: settings.maxDetailBytes,
    maxMessageBytes: settings.maxMessageBytes,
    requestId,
  });
  const expose = mayExposeDetail(routable, settings.exposeServerErrors);
  return createTaggedError({ kind, status, expose, message }, mapped.cause);
}

/**
 * Middy middleware for Lambda custom (non-proxy) integrations. On error it classifies the thrown value,
 * logs the original, and throws a new Error named after the kind whose message is
 * `[<status>] <single-line problem JSON>`, which the generated selection patterns route to that status.
 * The original stays reachable as `cause`. Register it first (`.use(taggedErrorMessage())`) so that it
 * runs after every other onError middleware.
 */
export function taggedErrorMessage(options?: TaggedErrorMessageOptions): ErrorMiddleware {
  const settings: TaggedSettings = {
    ...resolveCommonOptions(MIDDLEWARE, options, ['maxMessageBytes']),
    maxMessageBytes: checkMaxMessageBytes(options?.maxMessageBytes),
  };
  // onError only throws what the mapping returned: V8 never optimises a function that always throws.
  const onError = (request: MiddyErrorRequest): void => {
    throw taggedErrorFor(request.error, request.context, settings);
  };
  return { onError };
}
