export {
  type BuildProblemOptions,
  buildProblem,
  mayShowDetail,
  type ProblemDocument,
} from './build-problem.js';
export {
  MAX_PROBLEM_JSON_BYTES,
  renderProblemJson,
  renderProblemText,
  standardMembersOnly,
} from './render-problem.js';
export { truncateUtf8, utf8Length } from './truncate-utf8.js';
