// `lambda-error-map/cdk`: build-time helpers for AWS CDK apps (aws-cdk-lib and constructs are optional peers).
import {
  type GatewayResponse,
  type IntegrationResponse,
  LambdaIntegration,
  type LambdaIntegrationOptions,
  type MethodResponse,
  PassthroughBehavior,
  ResponseType,
  type RestApiBase,
} from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { cdkGatewayResponses, cdkResponses } from '../generate/emitters/cdk.js';
import { gatewayResponseLogicalId } from '../generate/emitters/cloudformation.js';
import { type GatewayResponsesOptions, gatewayResponses } from '../generate/gateway-responses.js';
import { type IntegrationResponsesOptions, integrationResponses } from '../generate/integration-responses.js';
import { REQUEST_TEMPLATE } from './request-template.js';

export { REQUEST_TEMPLATE } from './request-template.js';

/** The catalog and the generator's options, as the other helpers take them. */
export interface ErrorMapOptions extends IntegrationResponsesOptions {
  /** The error catalog. Default: the built-in one. */
  readonly catalog?: ErrorCatalog;
}

export interface ErrorMappedIntegrationOptions extends ErrorMapOptions {
  /** Request template (`application/json`). Default: REQUEST_TEMPLATE. */
  readonly requestTemplate?: string;
  /** Any other LambdaIntegration option (timeout, credentials, ...); `proxy` and `integrationResponses` are set here. */
  readonly integration?: Omit<LambdaIntegrationOptions, 'proxy' | 'integrationResponses'>;
}

function responses(options: ErrorMapOptions) {
  const { catalog = defaultCatalog, ...generator } = options;
  return cdkResponses(integrationResponses(catalog, generator));
}

/**
 * A Lambda custom (non-proxy) integration whose integration responses route the catalog's tagged errors,
 * timeouts and crashes to their statuses with problem+json bodies. Pass `errorMappedMethodResponses` with
 * the same options to `addMethod`, or every status but the success fails with 500.
 */
export function errorMappedIntegration(
  handler: IFunction,
  options: ErrorMappedIntegrationOptions = {},
): LambdaIntegration {
  const { requestTemplate = REQUEST_TEMPLATE, integration = {}, ...errorMap } = options;
  return new LambdaIntegration(handler, {
    passthroughBehavior: PassthroughBehavior.WHEN_NO_TEMPLATES,
    ...integration,
    requestTemplates: { 'application/json': requestTemplate, ...integration.requestTemplates },
    proxy: false,
    integrationResponses: responses(errorMap).integrationResponses as IntegrationResponse[],
  });
}

/** The method responses for `resource.addMethod(method, integration, { methodResponses })`: one per status. */
export function errorMappedMethodResponses(options: ErrorMapOptions = {}): MethodResponse[] {
  return responses(options).methodResponses as MethodResponse[];
}

export interface ErrorMappedGatewayResponsesOptions extends GatewayResponsesOptions {
  /** The error catalog. Default: the built-in one. */
  readonly catalog?: ErrorCatalog;
}

/**
 * Adds the catalog's Gateway Responses to a REST API (once per API): API Gateway's own refusals (throttling,
 * missing route, bad API key, integration timeout...) then answer with the same problem+json shape as the
 * Lambda's errors. Each is `api.addGatewayResponse(id, ...)` under the id `GatewayResponseThrottled`, ...; returns them.
 */
export function addErrorMappedGatewayResponses(
  api: RestApiBase,
  options: ErrorMappedGatewayResponsesOptions = {},
): GatewayResponse[] {
  const { catalog = defaultCatalog, ...generator } = options;
  return cdkGatewayResponses(gatewayResponses(catalog, generator)).map(({ type, ...response }) =>
    api.addGatewayResponse(gatewayResponseLogicalId(type), { ...response, type: ResponseType.of(type) }),
  );
}
