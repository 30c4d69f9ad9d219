// Build-time entry point (`lambda-error-map/generate`): never imported by the Lambda runtime code.
export * from './emitters/index.js';
export { integrationResponses, PROBLEM_CONTENT_TYPE, } from './integration-responses.js';
export { assertPortablePattern, fullMatch, portabilityProblem } from './pattern-syntax.js';
export { REQUEST_ID_MAX_LENGTH, selectionPatternsByStatus, TIMEOUT_MESSAGE_STARTS, taggedMessagePattern, tagStart, } from './patterns.js';
export { branchingProblemTemplate, fixedProblemTemplate, PASSTHROUGH_TEMPLATE, taggedProblemTemplate, } from './templates.js';
//# sourceMappingURL=index.js.map