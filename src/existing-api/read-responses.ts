/**
 * Existing API definitions read into the neutral model without parsing YAML (the plugin and the testing kit
 * load without the optional `yaml` peer): CloudFormation response items as plain values, and what a reader
 * leaves alone.
 */

import { modelSelectionPattern } from '../contract/selection.js';
import type { IntegrationResponseModel, MethodResponseModel } from '../generate/model.js';
import { isRecord } from '../util/safe-read.js';

/**
 * A method `apply`, `lint` and `explain` leave alone, or an API whose methods they cannot see, and why: one
 * line that says what the user can do.
 */
export interface SkippedMethod {
  /** `resource QueueOrder (AWS::ApiGateway::Method)`, `POST /orders in the OpenAPI document`. */
  readonly where: string;
  readonly reason: string;
}

/**
 * Why an asynchronous method is left alone, `how` naming what made it so (`async: true` in serverless.yml,
 * the request parameter in a template): the same sentence for apply, lint, explain and the plugin's input.
 */
export function asynchronousReason(how: string): string {
  return `asynchronous (${how}): Lambda answers 202 at once and its errors never reach API Gateway, so there is nothing to route`;
}

/**
 * One `IntegrationResponses` item (plain values, intrinsics as JSON text) in the neutral model. An empty
 * `SelectionPattern` is the default response, as the console and the Serverless Framework write it.
 * `readTemplate` turns each response template into what it stands for first (a Fn::FindInMap into its text).
 */
export function cloudFormationIntegrationResponseModel(
  item: unknown,
  readTemplate: (template: unknown, contentType: string) => unknown = (template) => template,
): IntegrationResponseModel {
  const response = isRecord(item) ? item : {};
  const pattern = response.SelectionPattern;
  return {
    statusCode: text(response.StatusCode),
    selectionPattern: pattern === undefined ? undefined : modelSelectionPattern(text(pattern)),
    responseTemplates: stringRecord(response.ResponseTemplates, readTemplate),
    responseParameters: stringRecord(response.ResponseParameters),
  };
}

/** One `MethodResponses` item in the neutral model: `method.response.header.X` → required. */
export function cloudFormationMethodResponseModel(item: unknown): MethodResponseModel {
  const response = isRecord(item) ? item : {};
  return {
    statusCode: text(response.StatusCode),
    responseParameters: Object.fromEntries(
      Object.entries(isRecord(response.ResponseParameters) ? response.ResponseParameters : {}).map(
        ([key, value]) => [key, value === true || value === 'true'],
      ),
    ),
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** Values as text; a value left empty (`null`) is the empty string, as API Gateway reads an empty template. */
export function stringRecord(
  value: unknown,
  read: (item: unknown, key: string) => unknown = (item) => item,
): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const value = read(item, key);
      return [key, value === null ? '' : text(value)];
    }),
  );
}
