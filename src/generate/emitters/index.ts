export { emitAwsCli } from './aws-cli.js';
export {
  type CdkIntegrationResponse,
  type CdkMethodResponse,
  type CdkResponses,
  cdkResponses,
  emitCdkJson,
  emitCdkTypeScript,
} from './cdk.js';
export {
  type CloudFormationIntegrationResponse,
  type CloudFormationMethodResponse,
  type CloudFormationOptions,
  cloudFormationIntegrationResponses,
  cloudFormationMethodResponses,
  cloudFormationTemplate,
  emitCloudFormationJson,
  emitCloudFormationYaml,
} from './cloudformation.js';
export { emit, isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from './formats.js';
export { emitOpenApi, FUNCTION_URI_PLACEHOLDER, type OpenApiOptions, openApiDocument } from './openapi.js';
export {
  emitServerless,
  type ServerlessResponse,
  type ServerlessStatusCode,
  serverlessResponse,
} from './serverless.js';
export { emitTerraform, terraformResourceName } from './terraform.js';
