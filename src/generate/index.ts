// Build-time entry point (`lambda-error-map/generate`): never imported by the Lambda runtime code.

export * from './emitters/index.js';
export {
  type IntegrationResponsesOptions,
  integrationResponses,
  PROBLEM_CONTENT_TYPE,
} from './integration-responses.js';
export type {
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
} from './model.js';
export { assertPortablePattern, fullMatch, javaReading, portabilityProblem } from './pattern-syntax.js';
export {
  type AlternativeRole,
  REQUEST_ID_MAX_LENGTH,
  type SelectionAlternative,
  type SelectionOptions,
  type StatusSelection,
  selectionPatternsByStatus,
  TIMEOUT_MESSAGE_STARTS,
  taggedMessagePattern,
  tagStart,
} from './patterns.js';
export {
  branchingProblemTemplate,
  fixedProblemTemplate,
  PASSTHROUGH_TEMPLATE,
  taggedProblemTemplate,
} from './templates.js';
