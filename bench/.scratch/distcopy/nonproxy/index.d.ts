export { DEFAULT_MAX_MESSAGE_BYTES, type FormatTaggedMessageOptions, formatTaggedMessage, routableError, type TaggedMessage, } from './format-tagged-message.js';
export { toSingleLine } from './single-line-json.js';
export { MAX_MESSAGE_BYTES_LIMIT, MIN_MESSAGE_BYTES, type TaggedErrorMessageOptions, taggedErrorMessage, } from './tagged-error-message.js';
//# sourceMappingURL=index.d.ts.map