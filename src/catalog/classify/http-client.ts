import { type AnyObject, hasOwn, readObject, readProperty } from '../../safe-read/safe-read.js';

/**
 * The detail of a downstream HTTP error, in place of the client's message: got's names the URL, and any of them
 * may be shown with `exposeServerErrors`. The original stays the logged cause.
 */
export function downstreamDetail(status: number | undefined): string {
  return status === undefined
    ? 'An upstream HTTP request failed.'
    : `An upstream HTTP request failed with status ${status}.`;
}

export const DOWNSTREAM_TIMEOUT_DETAIL = 'An upstream HTTP request timed out.';

function isHttpStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** The status of an upstream `response` (`status` for axios and fetch/ky, `statusCode` for got). */
function upstreamStatus(response: AnyObject): number | undefined {
  const status = readProperty(response, 'status');
  if (isHttpStatus(status)) return status;
  const statusCode = readProperty(response, 'statusCode');
  return isHttpStatus(statusCode) ? statusCode : undefined;
}

/**
 * Whether an error is an HTTP client's failure calling a dependency: axios (`isAxiosError`), got's RequestError
 * family (own `timings` and an `options` object, whether or not a response came), or any error carrying an
 * upstream `response` with a status (ky's HTTPError, fetch wrappers). Its status is the dependency's answer to
 * us, never the caller's: the caller gets 502 (timeouts are read before, as 504).
 */
export function asDownstreamHttpError(error: AnyObject): { status: number | undefined } | undefined {
  const response = readObject(error, 'response');
  const status = response === undefined ? undefined : upstreamStatus(response);
  if (status !== undefined) return { status };
  if (readProperty(error, 'isAxiosError') === true) return { status };
  if (hasOwn(error, 'timings') && readObject(error, 'options') !== undefined) return { status };
  return undefined;
}

/**
 * Whether a timeout is an HTTP client's: one asDownstreamHttpError knows, or one carrying the fetch `Request` it
 * sent (ky's TimeoutError: a string `url` and `method`), whose message names the URL.
 */
export function isDownstreamHttpTimeout(error: AnyObject): boolean {
  if (asDownstreamHttpError(error) !== undefined) return true;
  const request = readObject(error, 'request');
  return (
    request !== undefined &&
    typeof readProperty(request, 'url') === 'string' &&
    typeof readProperty(request, 'method') === 'string'
  );
}
