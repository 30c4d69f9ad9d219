import type {
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
} from '../generate/model.js';

/** `AWS::ApiGateway::Method` → `Integration.IntegrationResponses[]` items, as written in a template. */
export interface CloudFormationIntegrationResponseInput {
  StatusCode: string | number;
  SelectionPattern?: string;
  ResponseTemplates?: Record<string, string>;
  ResponseParameters?: Record<string, string>;
  ContentHandling?: string;
}

/** `AWS::ApiGateway::Method` → `MethodResponses[]` items. */
export interface CloudFormationMethodResponseInput {
  StatusCode: string | number;
  ResponseParameters?: Record<string, boolean>;
  ResponseModels?: Record<string, string>;
}

/** Either the two arrays, or the `Properties` of an `AWS::ApiGateway::Method` resource. */
export type CloudFormationResponses =
  | {
      IntegrationResponses: CloudFormationIntegrationResponseInput[];
      MethodResponses: CloudFormationMethodResponseInput[];
    }
  | {
      Integration: { IntegrationResponses?: CloudFormationIntegrationResponseInput[] };
      MethodResponses?: CloudFormationMethodResponseInput[];
    };

export function isCloudFormationResponses(value: unknown): value is CloudFormationResponses {
  return (
    typeof value === 'object' && value !== null && ('IntegrationResponses' in value || 'Integration' in value)
  );
}

/**
 * Converts CloudFormation's PascalCase arrays to the neutral model. An empty SelectionPattern is read as no
 * pattern (the default response), as the API Gateway console writes it.
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
  return {
    integrationResponses: integration.map(toIntegrationResponse),
    methodResponses: method.map(toMethodResponse),
  };
}

function toIntegrationResponse(response: CloudFormationIntegrationResponseInput): IntegrationResponseModel {
  return {
    statusCode: statusText(response.StatusCode, 'IntegrationResponses'),
    selectionPattern: response.SelectionPattern === '' ? undefined : response.SelectionPattern,
    responseTemplates: response.ResponseTemplates ?? {},
    responseParameters: response.ResponseParameters ?? {},
  };
}

function toMethodResponse(response: CloudFormationMethodResponseInput): MethodResponseModel {
  return {
    statusCode: statusText(response.StatusCode, 'MethodResponses'),
    responseParameters: response.ResponseParameters ?? {},
  };
}

function statusText(status: string | number | undefined, where: string): string {
  const text = String(status ?? '');
  if (!/^[1-5]\d\d$/.test(text)) {
    throw new Error(`${where}: StatusCode ${JSON.stringify(status)} is not an HTTP status such as "404"`);
  }
  return text;
}
