export { describeThrown, MAX_CAUSE_DEPTH, textOf } from './describe-thrown.js';
export { buildLogEntry, createErrorLogger, } from './error-logger.js';
//# sourceMappingURL=index.js.map