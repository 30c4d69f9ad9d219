import type { ErrorReply } from './error-reply.js';

/** HTTP API payload 2.0 and Function URL response. No `multiValueHeaders`: that key does not exist here. */
export interface HttpApiV2ErrorResponse {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
  isBase64Encoded: false;
}

/**
 * Duplicate headers are comma-joined, as HTTP API does itself. Set-Cookie cannot be joined that way,
 * so its values go to `cookies`, which appears only when the response has cookies at all.
 */
export function writeHttpApiV2(reply: ErrorReply): HttpApiV2ErrorResponse {
  const headers: Record<string, string> = { 'Content-Type': reply.contentType };
  let cookies = reply.cookies ? [...reply.cookies] : undefined;
  for (const [key, { name, values }] of reply.headers) {
    if (key === 'set-cookie') cookies = [...(cookies ?? []), ...values];
    else headers[name] = values.join(', ');
  }
  return cookies
    ? { statusCode: reply.status, headers, cookies, body: reply.body, isBase64Encoded: false }
    : { statusCode: reply.status, headers, body: reply.body, isBase64Encoded: false };
}
