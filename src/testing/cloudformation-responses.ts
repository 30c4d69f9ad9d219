import { resolveFindInMap } from '../existing-api/find-in-map.js';
import {
  cloudFormationIntegrationResponseModel,
  cloudFormationMethodResponseModel,
} from '../existing-api/read-responses.js';
import type { IntegrationResponsesModel } from '../generate/model.js';

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
    integrationResponses: integration.map((response) =>
      cloudFormationIntegrationResponseModel(response, (template, contentType) =>
        resolvedTemplate(template, responses.Mappings, `${response.StatusCode} ${contentType}`),
      ),
    ),
    methodResponses: method.map(cloudFormationMethodResponseModel),
  };
}

/** A response template with a Fn::FindInMap looked up in `mappings` (the template's section). */
function resolvedTemplate(template: unknown, mappings: unknown, where: string): unknown {
  const found = resolveFindInMap(template, mappings);
  if ('value' in found) return found.value;
  const hint =
    mappings === undefined
      ? " (pass the template's Mappings beside the responses: { ...Properties, Mappings })"
      : '';
  throw new Error(`IntegrationResponses ${where}: ${found.problem}${hint}`);
}

function checkStatus(status: string | number | undefined, where: string): void {
  if (!/^[1-5]\d\d$/.test(String(status ?? ''))) {
    throw new Error(`${where}: StatusCode ${JSON.stringify(status)} is not an HTTP status such as "404"`);
  }
}
