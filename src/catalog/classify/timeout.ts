import { type AnyObject, readString } from '../../safe-read/safe-read.js';

// Names the SDK (@smithy/node-http-handler sets `TimeoutError` on its request, socket and stream timeouts
// and on ECONNRESET/EPIPE/ETIMEDOUT), services (`RequestTimeout`, `RequestTimeoutException`) and
// middy's early-timeout error (`TimeoutError`, cause.package '@middy/core') use for "ran out of time".
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

// Node's network error codes: the dependency could not be reached in time, not a bug in our request.
const NETWORK_CODES = new Set([
  'ETIMEDOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNABORTED',
  'ENETUNREACH',
]);

/** Whether the error says a dependency timed out or could not be reached (→ 504). */
export function isTimeoutOrNetworkError(error: AnyObject, name: string | undefined): boolean {
  if (name !== undefined && TIMEOUT_NAMES.has(name)) return true;
  const code = readString(error, 'code');
  return code !== undefined && NETWORK_CODES.has(code);
}
