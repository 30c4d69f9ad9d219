import type { ErrorReply } from './error-reply.js';

/** REST API and HTTP API payload 1.0 response: only these keys, or API Gateway answers 502. */
export interface RestV1ErrorResponse {
  statusCode: number;
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: false;
}

/**
 * Single-valued headers go to `headers`, headers with several values (e.g. two Set-Cookie) to
 * `multiValueHeaders` only: API Gateway merges the two maps, and a name in both would be sent twice.
 */
export function writeRestV1(reply: ErrorReply): RestV1ErrorResponse {
  const headers: Record<string, string> = { 'Content-Type': reply.contentType };
  const multiValueHeaders: Record<string, string[]> = {};
  let hasMultiValue = false;
  for (const { name, values } of reply.headers.values()) {
    if (values.length === 1) {
      headers[name] = values[0]!;
    } else {
      multiValueHeaders[name] = [...values];
      hasMultiValue = true;
    }
  }
  return hasMultiValue
    ? { statusCode: reply.status, headers, multiValueHeaders, body: reply.body, isBase64Encoded: false }
    : { statusCode: reply.status, headers, body: reply.body, isBase64Encoded: false };
}
