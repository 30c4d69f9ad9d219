// The Lambda-side entry point: small, and free of anything build-time (no YAML, CLI or emulator).
// It exports the documented API only; constants and helpers that only the library and its tests use stay
// internal.
export { CatalogError, type CatalogErrorOptions } from './catalog/catalog-error.js';
export type {
  ClaimedIssue,
  ClaimOfKind,
  ErrorClaim,
  ErrorClass,
  ErrorKind,
  ErrorKindDefinition,
  MappedError,
} from './catalog/catalog-types.js';
export { type ClaimByClass, type ClaimByGuard, claim } from './catalog/claim.js';
export { classify } from './catalog/classify.js';
export { type DefaultKind, defaultCatalog, defineErrorCatalog } from './catalog/default-catalog.js';
export type { DefineErrorCatalogOptions, ErrorCatalog, KindOf } from './catalog/define-catalog.js';
export { isRetryAfterSeconds, MAX_RETRY_AFTER_SECONDS } from './catalog/retry-after.js';
export { CatalogDefinitionError } from './catalog/validate-definition.js';
// Types of the options shared by both middlewares, for users writing a logger.
export type { ThrownDescription } from './logging/describe-thrown.js';
export type {
  ConsoleClientErrors,
  ErrorLogEntry,
  LevelLogger,
  LogAttributes,
  LogFunction,
  LoggerOption,
} from './logging/error-logger.js';
export type { CommonOptions } from './options/common-options.js';
export type { ErrorMappedEvent, ErrorMappedHook } from './options/error-mapped-hook.js';
export type { ProxyResponseFormat } from './proxy/error-reply.js';
export type {
  AlbErrorResponse,
  AlbMultiValueErrorResponse,
  HttpApiV2ErrorResponse,
  ProxyErrorResponse,
  RestV1ErrorResponse,
} from './proxy/event-kinds.js';
export { detectEventKind, type ProxyEventKind } from './proxy/event-kinds.js';
export {
  errorResponseForEvent,
  type ProxyErrorResponseOptions,
  proxyErrorResponse,
} from './proxy/proxy-error-response.js';
export {
  type FormatTaggedMessageOptions,
  formatTaggedMessage,
  type TaggedMessage,
} from './tagged/format-tagged-message.js';
export { type TaggedErrorMessageOptions, taggedErrorMessage } from './tagged/tagged-error-message.js';
export {
  type ProblemRequest,
  type ProblemResponder,
  type ProblemResponseOptions,
  problemResponder,
} from './web/problem-response.js';
