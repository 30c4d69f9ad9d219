export { CatalogError, type CatalogErrorOptions } from './catalog-error.js';
export { CONFLICT_DETAIL, DEFAULT_THROTTLE_RETRY_AFTER_SECONDS } from './classify/aws-sdk.js';
export { MAX_DETAIL_LENGTH } from './classify/detail-text.js';
export { classify } from './classify.js';
export {
  type DefaultKind,
  defaultCatalog,
  defaultKindDefinitions,
  defineErrorCatalog,
} from './default-catalog.js';
export type { DefineErrorCatalogOptions, ErrorCatalog, KindOf } from './define-catalog.js';
export { isRetryAfterSeconds, MAX_RETRY_AFTER_SECONDS } from './retry-after.js';
export { STATUS_TITLES, statusTitle } from './status-titles.js';
export type { ErrorKind, ErrorKindDefinition, MappedError } from './types.js';
export { CatalogDefinitionError } from './validate-definition.js';
