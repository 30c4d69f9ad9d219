// Build-time entry point (`lambda-error-map/generate`): never imported by the Lambda runtime code. It exports what
// docs/generate.md's API reference lists (test/docs/api-reference.test.ts); helpers only the library uses stay internal.

export {
  REQUEST_ID_MAX_LENGTH,
  TIMEOUT_MESSAGE_STARTS,
  TIMESTAMP_MAX_LENGTH,
} from '../contract/selection.js';
export { MissingPeerDependencyError } from '../surface/errors.js';
export { ACCESS_LOG_FORMAT } from './access-log.js';
export type { CorsOrigins } from './cors.js';
export { type AwsCliOptions, emitAwsCli } from './emitters/aws-cli.js';
export {
  type CdkGatewayResponse,
  type CdkIntegrationResponse,
  type CdkMethodResponse,
  type CdkResponses,
  cdkGatewayResponses,
  cdkResponses,
  emitCdkJson,
  emitCdkTypeScript,
} from './emitters/cdk.js';
export {
  type CloudFormationGatewayResponse,
  type CloudFormationIntegrationResponse,
  type CloudFormationMethodResponse,
  type CloudFormationOptions,
  cloudFormationGatewayResponses,
  cloudFormationIntegrationResponses,
  cloudFormationMappings,
  cloudFormationMethodResponses,
  cloudFormationTemplate,
  emitCloudFormationJson,
  emitCloudFormationYaml,
  type SharedTemplates,
  sharedTemplates,
  type TemplateReference,
} from './emitters/cloudformation.js';
export {
  emit,
  isOutputFormat,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TargetOptions,
} from './emitters/formats.js';
export { type FunctionReference, parseFunctionReference } from './emitters/function-reference.js';
export {
  emitOpenApi,
  FUNCTION_URI_PLACEHOLDER,
  type OpenApiOptions,
  openApiDocument,
  openApiGatewayResponses,
} from './emitters/openapi.js';
export {
  type OpenApiVersion,
  PROBLEM_SCHEMA_NAME,
  problemSchema,
} from './emitters/openapi-problems.js';
export {
  emitServerless,
  type ServerlessResponse,
  type ServerlessStatusCode,
  serverlessResponse,
} from './emitters/serverless.js';
export { emitTerraform, type TerraformOptions } from './emitters/terraform.js';
export {
  GATEWAY_RESPONSE_TYPES,
  type GatewayResponsesOptions,
  type GatewayResponseType,
  gatewayResponses,
} from './gateway-responses.js';
export { type IntegrationResponsesOptions, integrationResponses } from './integration-responses.js';
export type {
  GatewayResponseModel,
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
  ProblemExampleModel,
} from './model.js';
export {
  assertPortablePattern,
  fullMatch,
  javaLikeRegExp,
  portabilityProblem,
} from './pattern-syntax.js';
export {
  type AlternativeRole,
  type SelectionAlternative,
  type SelectionOptions,
  type StatusSelection,
  selectionPatternsByStatus,
  taggedMessagePattern,
} from './patterns.js';
export { guardSuccessTemplate } from './templates.js';
