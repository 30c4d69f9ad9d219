export { type AwsCliOptions, emitAwsCli } from './aws-cli.js';
export {
  type CdkGatewayResponse,
  type CdkIntegrationResponse,
  type CdkMethodResponse,
  type CdkResponses,
  cdkGatewayResponses,
  cdkResponses,
  emitCdkJson,
  emitCdkTypeScript,
} from './cdk.js';
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
} from './cloudformation.js';
export {
  emit,
  FORMAT_TARGET_OPTIONS,
  isOutputFormat,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TargetOptions,
} from './formats.js';
export {
  type FunctionReference,
  invocationUriOf,
  parseFunctionReference,
} from './function-reference.js';
export {
  emitOpenApi,
  FUNCTION_URI_PLACEHOLDER,
  type OpenApiOptions,
  openApiDocument,
  openApiGatewayResponses,
} from './openapi.js';
export {
  emitServerless,
  type ServerlessResponse,
  type ServerlessStatusCode,
  serverlessResponse,
} from './serverless.js';
export { emitTerraform, type TerraformOptions, terraformResourceName } from './terraform.js';
