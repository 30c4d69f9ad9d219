import type { EmulatedResponse } from '../engine/internal-server-error.js';
import {
  type NonProxyRespondOptions,
  respondNonProxy as respondToModel,
} from '../engine/respond-to-model.js';
import type { IntegrationResponsesModel } from '../generate/model.js';
import {
  type CloudFormationResponses,
  fromCloudFormation,
  isCloudFormationResponses,
} from './cloudformation-responses.js';

/** Integration responses as our neutral model or as a CloudFormation method's arrays. */
export type IntegrationConfig = IntegrationResponsesModel | CloudFormationResponses;

export interface RespondOptions extends Omit<NonProxyRespondOptions, 'integration'> {
  readonly integration: IntegrationConfig;
}

/**
 * What API Gateway sends the client for one Lambda (non-proxy) invocation outcome: integration response
 * selection on errorMessage, the method response check, the response template and the response parameters.
 */
export function respondNonProxy(options: RespondOptions): EmulatedResponse {
  const { integration } = options;
  const model = isCloudFormationResponses(integration) ? fromCloudFormation(integration) : integration;
  return respondToModel({ ...options, integration: model });
}
