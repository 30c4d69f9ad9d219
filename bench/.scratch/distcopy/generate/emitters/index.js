export { emitAwsCli } from './aws-cli.js';
export { cdkResponses, emitCdkJson, emitCdkTypeScript, } from './cdk.js';
export { cloudFormationIntegrationResponses, cloudFormationMethodResponses, cloudFormationTemplate, emitCloudFormationJson, emitCloudFormationYaml, } from './cloudformation.js';
export { emit, isOutputFormat, OUTPUT_FORMATS } from './formats.js';
export { emitOpenApi, FUNCTION_URI_PLACEHOLDER, openApiDocument } from './openapi.js';
export { emitServerless, serverlessResponse, } from './serverless.js';
export { emitTerraform, terraformResourceName } from './terraform.js';
//# sourceMappingURL=index.js.map