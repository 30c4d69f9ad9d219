import type {
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
} from '../generate/model.js';
import { resolveFindInMap } from '../templates/find-in-map.js';

/** `AWS::ApiGateway::Method` → `Integration.IntegrationResponses[]` items, as written in a template. */
export interface CloudFormationIntegrationResponseInput {
  StatusCode: string | number;
  SelectionPattern?: string;
  /** Template texts, or `{ "Fn::FindInMap": [...] }` references to the template's `Mappings` (what apply writes). */
  ResponseTemplates?: Record<string, string | { 'Fn::FindInMap': unknown }>;
  ResponseParameters?: Record<string, string>;
  ContentHandling?: string;
}

/** `AWS::ApiGateway::Method` → `MethodResponses[]` items. */
export interface CloudFormationMethodResponseInput {
  StatusCode: string | number;
  ResponseParameters?: Record<string, boolean>;
  ResponseModels?: Record<string, string>;
}

/**
 * Either the two arrays, or the `Properties` of an `AWS::ApiGateway::Method` resource; with `Mappings`, the
 * template's section, when its response templates are Fn::FindInMap references.
 */
export type CloudFormationResponses = (
  | {
      IntegrationResponses: CloudFormationIntegrationResponseInput[];
      MethodResponses: CloudFormationMethodResponseInput[];
    }
  | {
      Integration: { IntegrationResponses?: CloudFormationIntegrationResponseInput[] };
      MethodResponses?: CloudFormationMethodResponseInput[];
    }
) & { Mappings?: Record<string, unknown> };

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
    integrationResponses: integration.map((response) => toIntegrationResponse(response, responses.Mappings)),
    methodResponses: method.map(toMethodResponse),
  };
}

function toIntegrationResponse(
  response: CloudFormationIntegrationResponseInput,
  mappings: unknown,
): IntegrationResponseModel {
  const status = statusText(response.StatusCode, 'IntegrationResponses');
  const templates = Object.entries(response.ResponseTemplates ?? {}).map(([type, template]) => {
    const found = resolveFindInMap(template, mappings);
    if ('problem' in found) {
      const hint =
        mappings === undefined
          ? " (pass the template's Mappings beside the responses: { ...Properties, Mappings })"
          : '';
      throw new Error(`IntegrationResponses ${status} ${type}: ${found.problem}${hint}`);
    }
    // Anything else (null: a template left empty in YAML) is read by the renderer as it reads it today.
    return [type, found.value as string] as const;
  });
  return {
    statusCode: status,
    selectionPattern: response.SelectionPattern === '' ? undefined : response.SelectionPattern,
    responseTemplates: Object.fromEntries(templates),
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
