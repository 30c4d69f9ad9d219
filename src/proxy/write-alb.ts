import { statusTitle } from '../catalog/status-titles.js';
import type { ErrorReply } from './error-reply.js';

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

/** ALB's status line text, e.g. "404 Not Found". */
export function statusDescription(status: number): string {
  return `${status} ${statusTitle(status)}`;
}

/**
 * Single-value mode: duplicates are comma-joined, except Set-Cookie, which cannot be, so the last one
 * wins (as ALB would keep only one).
 */
export function writeAlb(reply: ErrorReply): AlbErrorResponse {
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

export function writeAlbMultiValue(reply: ErrorReply): AlbMultiValueErrorResponse {
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
