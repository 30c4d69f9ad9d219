export { CatalogError } from './catalog-error.js';
export { CONFLICT_DETAIL, DEFAULT_THROTTLE_RETRY_AFTER_SECONDS } from './classify/aws-sdk.js';
export { MAX_DETAIL_LENGTH } from './classify/detail-text.js';
export { classify } from './classify.js';
export { defaultCatalog, defaultKindDefinitions, defineErrorCatalog, } from './default-catalog.js';
export { STATUS_TITLES, statusTitle } from './status-titles.js';
export { CatalogDefinitionError } from './validate-definition.js';
//# sourceMappingURL=index.js.map