export { DEFAULT_MAX_MESSAGE_BYTES, formatTaggedMessage, routableError, } from './format-tagged-message.js';
export { toSingleLine } from './single-line-json.js';
export { MAX_MESSAGE_BYTES_LIMIT, MIN_MESSAGE_BYTES, taggedErrorMessage, } from './tagged-error-message.js';
//# sourceMappingURL=index.js.map