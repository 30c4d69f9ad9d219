// Local emulator of what API Gateway / ALB / Function URLs do with a Lambda's result, for tests. Build-time only:
// never import it from a Lambda bundle.
export { MAX_TEMPLATE_BYTES, MappingTemplateError } from './check-template.js';
export { fromCloudFormation, } from './cloudformation-responses.js';
export { fakeLambdaContext } from './fake-context.js';
export { REST_INTERNAL_SERVER_ERROR_BODY } from './internal-server-error.js';
export { invokeHandler, timeoutPayload, } from './invoke-handler.js';
export { invokeNonProxy } from './invoke-non-proxy.js';
export { lambdaErrorPayload } from './lambda-error-payload.js';
export { proxyResult } from './proxy-result.js';
export { renderMappingTemplate } from './render-template.js';
export { respondNonProxy } from './respond-non-proxy.js';
export { AmbiguousSelectionError, selectIntegrationResponse } from './select-integration-response.js';
export { escapeJavaScript, urlEncode } from './vtl-util.js';
//# sourceMappingURL=index.js.map