export { describeThrown, MAX_CAUSE_DEPTH, type ThrownDescription, textOf } from './describe-thrown.js';
export {
  buildLogEntry,
  createErrorLogger,
  type ErrorLogEntry,
  type ErrorLogger,
  type LevelLogger,
  type LogFunction,
  type LoggerOption,
} from './error-logger.js';
