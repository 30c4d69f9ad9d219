import type { MiddlewareObj } from '@middy/core';
import { type CommonOptions } from '../options/index.js';
import { type ProxyResponseFormat } from './response-body.js';
import { type AlbErrorResponse, type AlbMultiValueErrorResponse } from './write-alb.js';
import { type HttpApiV2ErrorResponse } from './write-http-api-v2.js';
import { type RestV1ErrorResponse } from './write-rest-v1.js';
export interface ProxyErrorResponseOptions extends CommonOptions {
    /** Body format: `'problem+json'` (default, RFC 9457), `'json'` (same members, application/json) or `'text'`. */
    format?: ProxyResponseFormat;
}
/** Any of the response shapes the middleware writes; which one depends on the event that arrived. */
export type ProxyErrorResponse = RestV1ErrorResponse | HttpApiV2ErrorResponse | AlbErrorResponse | AlbMultiValueErrorResponse;
/**
 * Middy middleware for proxy integrations (REST API, HTTP API 1.0 and 2.0, Function URLs, ALB): turns
 * any thrown value into a response of exactly the shape the arriving event's kind requires, with an
 * RFC 9457 body. `onError` only. It sets `request.response` and leaves `request.error` as thrown.
 *
 *     middy(handler).use(httpCors()).use(proxyErrorResponse({ catalog }))
 */
export declare function proxyErrorResponse(options?: ProxyErrorResponseOptions): MiddlewareObj;
/**
 * The same response without Middy, for handlers that catch errors themselves:
 * `catch (error) { return errorResponseForEvent(error, event, context, { catalog }) }`.
 */
export declare function errorResponseForEvent(thrown: unknown, event: unknown, context?: unknown, options?: ProxyErrorResponseOptions): ProxyErrorResponse;
//# sourceMappingURL=proxy-error-response.d.ts.map