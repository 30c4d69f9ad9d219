export { assertKnownOptions, DEFAULT_MAX_DETAIL_BYTES, MAX_DETAIL_BYTES_LIMIT, resolveCommonOptions, } from './common-options.js';
//# sourceMappingURL=index.js.map