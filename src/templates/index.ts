// Reading CloudFormation/SAM templates and OpenAPI documents: shared by `apply` and `lint`. Build-time only.
export { CLOUDFORMATION_TAGS, INTRINSIC_FUNCTIONS } from './cloudformation-tags.js';
export {
  findLambdaMethods,
  findRestApis,
  integrationResponsesOf,
  type LambdaMethod,
  methodResponsesOf,
  type RestApi,
} from './find-apis.js';
export {
  isOpenApi,
  parseTemplate,
  plainValue,
  type TemplateDocument,
  type TemplateKind,
  writeTemplate,
} from './read-template.js';
export { cloudFormationResourcePath } from './resource-path.js';
export { TemplateError } from './template-error.js';
