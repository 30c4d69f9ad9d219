// Types of the options shared with the non-proxy middleware, for users writing a logger.
export type {
  ErrorLogEntry,
  LevelLogger,
  LogAttributes,
  LogFunction,
  LoggerOption,
  ThrownDescription,
} from '../logging/index.js';
export type { CommonOptions } from '../options/index.js';
export { detectEventKind, type ProxyEventKind } from './event-kind.js';
export {
  errorResponseForEvent,
  type ProxyErrorResponseOptions,
  proxyErrorResponse,
} from './proxy-error-response.js';
export type { ProxyResponseFormat } from './response-body.js';
export type {
  AlbErrorResponse,
  AlbMultiValueErrorResponse,
  HttpApiV2ErrorResponse,
  ProxyErrorResponse,
  RestV1ErrorResponse,
} from './writers.js';
