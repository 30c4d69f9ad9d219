export { describeThrown, MAX_CAUSE_DEPTH, type ThrownDescription } from './describe-thrown.js';
export {
  buildLogEntry,
  createLogWriter,
  type ErrorLogEntry,
  type ErrorLogger,
  type LevelLogger,
  type LogAttributes,
  type LogFunction,
  type LoggerOption,
  type LogWriter,
} from './error-logger.js';
