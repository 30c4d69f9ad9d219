export { buildProblem, mayShowDetail, } from './build-problem.js';
export { MAX_PROBLEM_JSON_BYTES, renderProblemJson, renderProblemText } from './render-problem.js';
export { truncateUtf8, utf8Length } from './truncate-utf8.js';
//# sourceMappingURL=index.js.map