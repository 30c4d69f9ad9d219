// The response shape of each proxy event kind, in one place: from a finished reply (headers merged through
// a header list), or directly when there is nothing to merge.
import { statusTitle } from '../catalog/status-titles.js';
import type { ProxyEventKind } from './event-kind.js';
import type { HeaderList } from './header-list.js';

/** A finished error response, before it is put in the shape of one event kind. */
export interface ErrorReply {
  status: number;
  contentType: string;
  /** Every other header, Content-Type excluded (the writers put it first). */
  headers: HeaderList;
  body: string;
  /** Cookies the response already had as a `cookies` array; only HTTP API 2.0 / Function URL responses have one. */
  cookies: string[] | undefined;
}

/** REST API and HTTP API payload 1.0 response: only these keys, or API Gateway answers 502. */
export interface RestV1ErrorResponse {
  statusCode: number;
  headers: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  body: string;
  isBase64Encoded: false;
}

/** HTTP API payload 2.0 and Function URL response. No `multiValueHeaders`: that key does not exist here. */
export interface HttpApiV2ErrorResponse {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
  isBase64Encoded: false;
}

/** ALB response with single-value headers (the target group's default). */
export interface AlbErrorResponse {
  statusCode: number;
  statusDescription: string;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: false;
}

/** ALB response when the target group has multi-value headers on (the event then had `multiValueHeaders`). */
export interface AlbMultiValueErrorResponse {
  statusCode: number;
  statusDescription: string;
  multiValueHeaders: Record<string, string[]>;
  body: string;
  isBase64Encoded: false;
}

/** Any of the response shapes the middleware writes; which one depends on the event that arrived. */
export type ProxyErrorResponse =
  | RestV1ErrorResponse
  | HttpApiV2ErrorResponse
  | AlbErrorResponse
  | AlbMultiValueErrorResponse;

/** ALB's status line text, e.g. "404 Not Found". */
function statusDescription(status: number): string {
  return `${status} ${statusTitle(status)}`;
}

/**
 * Single-valued headers go to `headers`, headers with several values (e.g. two Set-Cookie) to
 * `multiValueHeaders` only: API Gateway merges the two maps, and a name in both would be sent twice.
 */
function writeRestV1(reply: ErrorReply): RestV1ErrorResponse {
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

/**
 * Duplicate headers are comma-joined, as HTTP API does itself. Set-Cookie cannot be joined that way,
 * so its values go to `cookies`, which appears only when the response has cookies at all.
 */
function writeHttpApiV2(reply: ErrorReply): HttpApiV2ErrorResponse {
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

/**
 * Single-value mode: duplicates are comma-joined, except Set-Cookie, which cannot be, so the last one
 * wins (as ALB would keep only one).
 */
function writeAlb(reply: ErrorReply): AlbErrorResponse {
  const headers: Record<string, string> = { 'Content-Type': reply.contentType };
  for (const [key, { name, values }] of reply.headers) {
    headers[name] = key === 'set-cookie' ? values.at(-1)! : values.join(', ');
  }
  return {
    statusCode: reply.status,
    statusDescription: statusDescription(reply.status),
    headers,
    body: reply.body,
    isBase64Encoded: false,
  };
}

function writeAlbMultiValue(reply: ErrorReply): AlbMultiValueErrorResponse {
  const multiValueHeaders: Record<string, string[]> = { 'Content-Type': [reply.contentType] };
  for (const { name, values } of reply.headers.values()) multiValueHeaders[name] = [...values];
  return {
    statusCode: reply.status,
    statusDescription: statusDescription(reply.status),
    multiValueHeaders,
    body: reply.body,
    isBase64Encoded: false,
  };
}

/** The reply in the shape of the event kind that arrived. */
export function writeReply(kind: ProxyEventKind, reply: ErrorReply): ProxyErrorResponse {
  switch (kind) {
    case 'http-api-v2':
    case 'function-url':
      return writeHttpApiV2(reply);
    case 'alb':
      return writeAlb(reply);
    case 'alb-multi-value':
      return writeAlbMultiValue(reply);
    default:
      return writeRestV1(reply);
  }
}

/**
 * The same shapes written directly, for a reply with no header but Content-Type and, maybe, Retry-After
 * and no cookies: what writeReply makes of it, without a header list.
 */
export function writePlainReply(
  kind: ProxyEventKind,
  status: number,
  contentType: string,
  retryAfter: string | undefined,
  body: string,
): ProxyErrorResponse {
  if (kind === 'alb-multi-value') {
    const multiValueHeaders: Record<string, string[]> =
      retryAfter === undefined
        ? { 'Content-Type': [contentType] }
        : { 'Content-Type': [contentType], 'Retry-After': [retryAfter] };
    return {
      statusCode: status,
      statusDescription: statusDescription(status),
      multiValueHeaders,
      body,
      isBase64Encoded: false,
    };
  }
  const headers: Record<string, string> =
    retryAfter === undefined
      ? { 'Content-Type': contentType }
      : { 'Content-Type': contentType, 'Retry-After': retryAfter };
  return kind === 'alb'
    ? {
        statusCode: status,
        statusDescription: statusDescription(status),
        headers,
        body,
        isBase64Encoded: false,
      }
    : { statusCode: status, headers, body, isBase64Encoded: false };
}
