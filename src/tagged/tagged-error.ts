import { TAGGED_ERROR } from '../catalog/app-errors.js';

export interface TaggedErrorFields {
  readonly kind: string;
  readonly status: number;
  /** Whether the client may see the detail the message carries (as `expose` means for http-errors). */
  readonly expose: boolean;
  readonly message: string;
}

/**
 * An Error without a captured stack: its stack would hold only this middleware's frames (the original's
 * is in `cause` and in the log), and capturing it is most of the cost of the error path. Where
 * Error.stackTraceLimit cannot be written (--frozen-intrinsics, a locked property) the stack is captured.
 */
function errorWithoutStack(message: string, cause: unknown): Error {
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 0;
  } catch {
    return new Error(message, { cause });
  }
  try {
    return new Error(message, { cause });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * The error Lambda reports: `name` becomes errorType, `message` errorMessage. It carries `status`,
 * `statusCode` and `expose` as an http-errors error does, so a wrapper around this handler keeps the status.
 * It also carries `originalError`, the value @middy/core sets on an error an onError middleware throws (the
 * error it replaces, here `cause`): set now, with the other fields, middy's assignment updates a property
 * instead of adding one, so the error keeps its shape (docs/performance.md).
 */
export function createTaggedError(fields: TaggedErrorFields, cause: unknown): Error {
  const error = errorWithoutStack(fields.message, cause) as Error & Record<PropertyKey, unknown>;
  error.name = fields.kind;
  error.status = fields.status;
  error.statusCode = fields.status;
  error.expose = fields.expose;
  error.originalError = cause;
  error[TAGGED_ERROR] = true;
  return error;
}
