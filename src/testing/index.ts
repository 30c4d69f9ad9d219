// Local emulator of what API Gateway / ALB / Function URLs do with a Lambda's result, for tests. Build-time only:
// never import it from a Lambda bundle. It exports what docs/testing.md's API reference lists
// (test/docs/api-reference.test.ts).

export { MappingTemplateError } from '../engine/check-template.js';
export { type FakeContextOptions, fakeLambdaContext } from '../engine/fake-context.js';
export { type GatewayRequest, respondGateway } from '../engine/gateway-response.js';
export { type EmulatedResponse, REST_INTERNAL_SERVER_ERROR_BODY } from '../engine/internal-server-error.js';
export {
  type AnyHandler,
  type InvocationOutcome,
  type InvokeOptions,
  invokeHandler,
  timeoutPayload,
} from '../engine/invoke-handler.js';
export {
  type LambdaErrorPayload,
  lambdaErrorPayload,
  type RuntimeFlavour,
} from '../engine/lambda-error-payload.js';
export { type ProxyClientResponse, type ProxyEventKind, proxyResult } from '../engine/proxy-result.js';
export {
  type RenderedTemplate,
  type RequestParameters,
  renderMappingTemplate,
  type TemplateInput,
} from '../engine/render-template.js';
export { AmbiguousSelectionError, selectIntegrationResponse } from '../engine/select-integration-response.js';
export { escapeJavaScript, urlEncode } from '../engine/vtl-util.js';
export { AWS_GATEWAY_MESSAGES } from '../generate/gateway-messages.js';
export { MissingPeerDependencyError } from '../surface/errors.js';
export {
  type CloudFormationIntegrationResponseInput,
  type CloudFormationMethodResponseInput,
  type CloudFormationResponses,
  fromCloudFormation,
} from './cloudformation-responses.js';
export { type InvokeNonProxyOptions, invokeNonProxy } from './invoke-non-proxy.js';
export { type IntegrationConfig, type RespondOptions, respondNonProxy } from './respond-non-proxy.js';
