export {
  assertKnownOptions,
  type CommonOptions,
  DEFAULT_MAX_DETAIL_BYTES,
  MAX_DETAIL_BYTES_LIMIT,
  type ResolvedCommonOptions,
  resolveCommonOptions,
} from './common-options.js';
