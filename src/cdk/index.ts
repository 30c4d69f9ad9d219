// `lambda-error-map/cdk`: build-time helpers for AWS CDK apps (aws-cdk-lib and constructs are optional peers).
import {
  type IntegrationResponse,
  LambdaIntegration,
  type LambdaIntegrationOptions,
  type MethodResponse,
  PassthroughBehavior,
} from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { defaultCatalog, type ErrorCatalog } from '../catalog/index.js';
import { cdkResponses } from '../generate/emitters/cdk.js';
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
