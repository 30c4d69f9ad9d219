// Build-time entry point (`lambda-error-map/generate`): never imported by the Lambda runtime code.

export { MissingPeerDependencyError } from '../util/require-peer.js';
export { ACCESS_LOG_FORMAT } from './access-log.js';
export { type CorsOrigins, checkedCorsOrigin } from './cors.js';
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
  cloudFormationMethodResponses,
  cloudFormationTemplate,
  emitCloudFormationJson,
  emitCloudFormationYaml,
  gatewayResponseLogicalId,
} from './emitters/cloudformation.js';
export {
  emit,
  FORMAT_TARGET_OPTIONS,
  isOutputFormat,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TargetOptions,
} from './emitters/formats.js';
export {
  type FunctionReference,
  invocationUriOf,
  parseFunctionReference,
} from './emitters/function-reference.js';
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
export { emitTerraform, type TerraformOptions, terraformResourceName } from './emitters/terraform.js';
export {
  DEFAULT_THROTTLED_RETRY_AFTER_SECONDS,
  GATEWAY_RESPONSE_TYPE_MEMBER,
  GATEWAY_RESPONSE_TYPES,
  GATEWAY_RESPONSES_OPTION_SCHEMA,
  type GatewayResponsesOptions,
  type GatewayResponseType,
  gatewayResponses,
} from './gateway-responses.js';
export {
  INTEGRATION_RESPONSES_OPTION_SCHEMA,
  type IntegrationResponsesOptions,
  integrationResponses,
} from './integration-responses.js';
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
  javaReading,
  portabilityProblem,
} from './pattern-syntax.js';
export {
  type AlternativeRole,
  REQUEST_ID_MAX_LENGTH,
  type SelectionAlternative,
  type SelectionOptions,
  type StatusSelection,
  selectionPatternsByStatus,
  TIMEOUT_MESSAGE_STARTS,
  TIMESTAMP_MAX_LENGTH,
  taggedMessagePattern,
  tagStart,
} from './patterns.js';
export {
  branchingProblemTemplate,
  fixedProblemTemplate,
  guardSuccessTemplate,
  PASSTHROUGH_TEMPLATE,
  PROBLEM_CONTENT_TYPE,
  taggedProblemTemplate,
} from './templates.js';
