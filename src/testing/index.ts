// Local emulator of what API Gateway / ALB / Function URLs do with a Lambda's result, for tests. Build-time only:
// never import it from a Lambda bundle.

export { MissingPeerDependencyError } from '../util/require-peer.js';
export { MAX_TEMPLATE_BYTES, MappingTemplateError } from './check-template.js';
export {
  type CloudFormationIntegrationResponse,
  type CloudFormationMethodResponse,
  type CloudFormationResponses,
  fromCloudFormation,
} from './cloudformation-responses.js';
export { type FakeContextOptions, fakeLambdaContext } from './fake-context.js';
export { AWS_GATEWAY_MESSAGES } from './gateway-messages.js';
export { type GatewayRequest, respondGateway } from './gateway-response.js';
export { type EmulatedResponse, REST_INTERNAL_SERVER_ERROR_BODY } from './internal-server-error.js';
export {
  type AnyHandler,
  type InvocationOutcome,
  type InvokeOptions,
  invokeHandler,
  timeoutPayload,
} from './invoke-handler.js';
export { type InvokeNonProxyOptions, invokeNonProxy } from './invoke-non-proxy.js';
export { type LambdaErrorPayload, lambdaErrorPayload, type RuntimeFlavour } from './lambda-error-payload.js';
export { type ProxyClientResponse, type ProxyEventKind, proxyResult } from './proxy-result.js';
export {
  type RenderedTemplate,
  type RequestParameters,
  renderMappingTemplate,
  type TemplateInput,
} from './render-template.js';
export { type IntegrationConfig, type RespondOptions, respondNonProxy } from './respond-non-proxy.js';
export { AmbiguousSelectionError, selectIntegrationResponse } from './select-integration-response.js';
export { escapeJavaScript, urlEncode } from './vtl-util.js';
