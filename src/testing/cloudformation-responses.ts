import {
  cloudFormationIntegrationResponseModel,
  cloudFormationMethodResponseModel,
} from '../existing-api/read-responses.js';
import type { IntegrationResponsesModel } from '../generate/model.js';

/** `AWS::ApiGateway::Method` → `Integration.IntegrationResponses[]` items, as written in a template. */
export interface CloudFormationIntegrationResponse {
  StatusCode: string | number;
  SelectionPattern?: string;
  ResponseTemplates?: Record<string, string>;
  ResponseParameters?: Record<string, string>;
  ContentHandling?: string;
}

/** `AWS::ApiGateway::Method` → `MethodResponses[]` items. */
export interface CloudFormationMethodResponse {
  StatusCode: string | number;
  ResponseParameters?: Record<string, boolean>;
  ResponseModels?: Record<string, string>;
}

/** Either the two arrays, or the `Properties` of an `AWS::ApiGateway::Method` resource. */
export type CloudFormationResponses =
  | {
      IntegrationResponses: CloudFormationIntegrationResponse[];
      MethodResponses: CloudFormationMethodResponse[];
    }
  | {
      Integration: { IntegrationResponses?: CloudFormationIntegrationResponse[] };
      MethodResponses?: CloudFormationMethodResponse[];
    };

export function isCloudFormationResponses(value: unknown): value is CloudFormationResponses {
  return (
    typeof value === 'object' && value !== null && ('IntegrationResponses' in value || 'Integration' in value)
  );
}

/**
 * Converts CloudFormation's PascalCase arrays to the neutral model, as the template reader of lint, apply and
 * serve does. An empty SelectionPattern is read as no pattern (the default response), as the API Gateway
 * console writes it.
 */
export function fromCloudFormation(responses: CloudFormationResponses): IntegrationResponsesModel {
  const integration =
    'Integration' in responses ? responses.Integration.IntegrationResponses : responses.IntegrationResponses;
  const method = responses.MethodResponses;
  if (!Array.isArray(integration)) {
    throw new Error(
      'CloudFormation responses need an IntegrationResponses array (Integration.IntegrationResponses)',
    );
  }
  if (!Array.isArray(method)) {
    throw new Error(
      'CloudFormation responses need a MethodResponses array: without it every status is an invalid method response',
    );
  }
  for (const response of integration) checkStatus(response.StatusCode, 'IntegrationResponses');
  for (const response of method) checkStatus(response.StatusCode, 'MethodResponses');
  return {
    integrationResponses: integration.map(cloudFormationIntegrationResponseModel),
    methodResponses: method.map(cloudFormationMethodResponseModel),
  };
}

function checkStatus(status: string | number | undefined, where: string): void {
  if (!/^[1-5]\d\d$/.test(String(status ?? ''))) {
    throw new Error(`${where}: StatusCode ${JSON.stringify(status)} is not an HTTP status such as "404"`);
  }
}
