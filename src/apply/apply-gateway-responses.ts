import { isMap, isSeq, type YAMLMap } from 'yaml';
import { gatewayResponseHeaderName } from '../contract/parameters.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import { mapAt, setEntry, templateNode } from '../existing-api/edit-template.js';
import type { RestApi } from '../existing-api/find-apis.js';
import {
  nodeAt,
  plainValue,
  refOf,
  resolveAlias,
  type TemplateDocument,
} from '../existing-api/read-template.js';
import { cloudFormationGatewayResponses } from '../generate/emitters/cloudformation.js';
import { openApiGatewayResponses } from '../generate/emitters/openapi.js';
import type { GatewayResponseModel } from '../generate/model.js';

/**
 * Adds the Gateway Responses to one REST API, where that API keeps them: the OpenAPI document's
 * `x-amazon-apigateway-gateway-responses` (standalone, `Body` or `DefinitionBody`), a SAM Api's
 * `GatewayResponses`, or `AWS::ApiGateway::GatewayResponse` resources `<ApiId>GatewayResponse…` beside an
 * `AWS::ApiGateway::RestApi`. A response of the same type the user wrote (no problem+json template) is kept;
 * one an earlier apply wrote is replaced, so a second apply changes nothing.
 */
export function addGatewayResponses(
  template: TemplateDocument,
  api: RestApi,
  responses: readonly GatewayResponseModel[],
): void {
  if (api.openApi !== undefined) {
    const byType = mapAt(template, api.openApi, 'x-amazon-apigateway-gateway-responses');
    for (const [type, value] of Object.entries(openApiGatewayResponses(responses))) {
      if (isOurs(byType.get(type, true), 'responseTemplates')) setEntry(template, byType, type, value);
    }
    return;
  }
  const resource = api.resource as YAMLMap;
  if (api.type === 'AWS::Serverless::Api') {
    addSamGatewayResponses(template, mapAt(template, resource, 'Properties'), responses);
    return;
  }
  const apiId = api.logicalId as string;
  const resources = mapAt(template, template.document.contents as YAMLMap, 'Resources');
  const written: string[] = [];
  for (const [id, value] of Object.entries(cloudFormationGatewayResponses(responses, { Ref: apiId }))) {
    const logicalId = `${apiId}${id}`;
    const existing = plainValue(resources.get(logicalId, true)) as { Properties?: unknown } | undefined;
    if (existing !== undefined && !isOurs(existing.Properties, 'ResponseTemplates')) continue;
    if (declaredElsewhere(resources, apiId, value.Properties.ResponseType, logicalId)) continue;
    setEntry(template, resources, logicalId, value);
    written.push(logicalId);
  }
  for (const deployment of deploymentsOf(resources, apiId)) addDependsOn(template, deployment, written);
}

/**
 * SAM's `GatewayResponses` under `properties`: an AWS::Serverless::Api's `Properties`, or `Globals: Api`
 * for the implicit API. A response of the same type the user wrote is kept.
 */
export function addSamGatewayResponses(
  template: TemplateDocument,
  properties: YAMLMap,
  responses: readonly GatewayResponseModel[],
): void {
  const byType = mapAt(template, properties, 'GatewayResponses');
  for (const response of responses) {
    if (isOurs(byType.get(response.responseType, true), 'ResponseTemplates')) {
      setEntry(template, byType, response.responseType, samGatewayResponse(response));
    }
  }
}

/**
 * The API's `AWS::ApiGateway::Deployment` resources. A deployment snapshots the API when CloudFormation
 * creates it, so it must come after the Gateway Responses, as it comes after the methods.
 */
function deploymentsOf(resources: YAMLMap, apiId: string): YAMLMap[] {
  return resources.items.flatMap((pair) => {
    const resource = plainValue(pair.value) as {
      Type?: unknown;
      Properties?: Record<string, unknown>;
    } | null;
    const node = resolveAlias(pair.value);
    return resource?.Type === 'AWS::ApiGateway::Deployment' &&
      refOf(resource.Properties?.RestApiId) === apiId &&
      isMap(node)
      ? [node]
      : [];
  });
}

/** Adds the ids missing from the resource's `DependsOn` (a name or a list), keeping the ones there. */
function addDependsOn(template: TemplateDocument, resource: YAMLMap, ids: readonly string[]): void {
  const current = plainValue(resource.get('DependsOn', true));
  const names = current === undefined ? [] : Array.isArray(current) ? current.map(String) : [String(current)];
  const missing = ids.filter((id) => !names.includes(id));
  if (missing.length === 0) return;
  const node = nodeAt(resource, 'DependsOn');
  if (isSeq(node)) {
    for (const id of missing) node.items.push(templateNode(template, id));
    return;
  }
  setEntry(template, resource, 'DependsOn', [...names, ...missing]);
}

/** Absent, or written by an earlier apply (its templates include problem+json). */
function isOurs(node: unknown, templatesKey: string): boolean {
  const existing = plainValue(node);
  if (existing === undefined) return true;
  if (typeof existing !== 'object' || existing === null) return false;
  const templates = (existing as Record<string, unknown>)[templatesKey];
  return typeof templates === 'object' && templates !== null && PROBLEM_CONTENT_TYPE in templates;
}

/** A GatewayResponse of that type for that API under another logical id: the user's, which wins. */
function declaredElsewhere(resources: YAMLMap, apiId: string, type: string, logicalId: string): boolean {
  return resources.items.some((pair) => {
    if (String(plainValue(pair.key)) === logicalId) return false;
    const resource = plainValue(pair.value) as {
      Type?: unknown;
      Properties?: Record<string, unknown>;
    } | null;
    return (
      resource?.Type === 'AWS::ApiGateway::GatewayResponse' &&
      resource.Properties?.ResponseType === type &&
      refOf(resource.Properties?.RestApiId) === apiId
    );
  });
}

/** SAM's `GatewayResponses` entry: headers under `ResponseParameters.Headers`, by name. */
function samGatewayResponse(response: GatewayResponseModel): Record<string, unknown> {
  const headers = Object.fromEntries(
    Object.entries(response.responseParameters).flatMap(([parameter, value]) => {
      const name = gatewayResponseHeaderName(parameter);
      return name === undefined ? [] : [[name, value]];
    }),
  );
  return {
    ...(response.statusCode !== undefined ? { StatusCode: response.statusCode } : {}),
    ...(Object.keys(headers).length > 0 ? { ResponseParameters: { Headers: headers } } : {}),
    ResponseTemplates: { ...response.responseTemplates },
  };
}
