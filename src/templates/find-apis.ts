import { isMap, type YAMLMap } from 'yaml';
import type { IntegrationResponseModel, MethodResponseModel } from '../generate/model.js';
import {
  isOpenApi,
  isSwagger,
  nodeAt,
  plainValue,
  resolveAlias,
  type TemplateDocument,
} from './read-template.js';

/** A REST API the template defines: a CloudFormation/SAM resource, or the OpenAPI document itself. */
export interface RestApi {
  /** Where it is, for messages: `resource OrdersApi (AWS::ApiGateway::RestApi)`, `the OpenAPI document`. */
  readonly where: string;
  readonly type: 'AWS::ApiGateway::RestApi' | 'AWS::Serverless::Api' | 'openapi';
  /** Logical id of the resource; undefined for a standalone OpenAPI document. */
  readonly logicalId: string | undefined;
  /** The resource node (`Type`, `Properties`); undefined for a standalone OpenAPI document. */
  readonly resource: YAMLMap | undefined;
  /** The OpenAPI document: standalone, a RestApi `Body` or a SAM Api `DefinitionBody`, when inline. */
  readonly openApi: YAMLMap | undefined;
}

/** A method whose integration invokes a Lambda function, proxy or not. */
export interface LambdaMethod {
  /** Where it is, for messages: `resource GetOrder (AWS::ApiGateway::Method)`, `GET /orders/{id} in the OpenAPI document`. */
  readonly where: string;
  /** `cloudformation`: an `AWS::ApiGateway::Method`; `openapi`: an operation with `x-amazon-apigateway-integration`. */
  readonly style: 'cloudformation' | 'openapi-3' | 'swagger-2';
  /** `AWS_PROXY` / `aws_proxy`: the function writes the whole response; nothing to generate. */
  readonly proxy: boolean;
  /** The REST API it belongs to, when the template defines it (`RestApiId: !Ref Api`, or the enclosing document). */
  readonly restApi: RestApi | undefined;
  /** The `AWS::ApiGateway::Method` `Properties`, or the OpenAPI operation object. */
  readonly method: YAMLMap;
  /** `Properties.Integration`, or the operation's `x-amazon-apigateway-integration`. */
  readonly integration: YAMLMap;
}

const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'x-amazon-apigateway-any-method',
];
const INTEGRATION_EXTENSION = 'x-amazon-apigateway-integration';
const HEADER = 'method.response.header.';

/** Every REST API of the template, in document order. */
export function findRestApis(template: TemplateDocument): RestApi[] {
  const root = template.document.contents as YAMLMap;
  if (template.kind === 'openapi') {
    return [
      {
        where: 'the OpenAPI document',
        type: 'openapi',
        logicalId: undefined,
        resource: undefined,
        openApi: root,
      },
    ];
  }
  const apis: RestApi[] = [];
  for (const [logicalId, resource] of resourcesOf(root)) {
    const type = plainValue(resource.get('Type', true));
    if (type !== 'AWS::ApiGateway::RestApi' && type !== 'AWS::Serverless::Api') continue;
    const properties = propertiesOf(resource);
    const body =
      properties && nodeAt(properties, type === 'AWS::Serverless::Api' ? 'DefinitionBody' : 'Body');
    apis.push({
      where: `resource ${logicalId} (${type})`,
      type,
      logicalId,
      resource,
      openApi: isOpenApi(body) ? body : undefined,
    });
  }
  return apis;
}

/** Every Lambda integration (proxy or not) of the template: CloudFormation methods, then OpenAPI operations. */
export function findLambdaMethods(template: TemplateDocument): LambdaMethod[] {
  const apis = findRestApis(template);
  const methods: LambdaMethod[] = [];
  if (template.kind === 'cloudformation') {
    const root = template.document.contents as YAMLMap;
    for (const [logicalId, resource] of resourcesOf(root)) {
      if (plainValue(resource.get('Type', true)) !== 'AWS::ApiGateway::Method') continue;
      const properties = propertiesOf(resource);
      const integration = properties && nodeAt(properties, 'Integration');
      if (properties === undefined || !isMap(integration) || !invokesLambda(integration, 'Uri')) continue;
      const type = String(plainValue(integration.get('Type', true))).toUpperCase();
      if (type !== 'AWS' && type !== 'AWS_PROXY') continue;
      methods.push({
        where: `resource ${logicalId} (AWS::ApiGateway::Method)`,
        style: 'cloudformation',
        proxy: type === 'AWS_PROXY',
        restApi: referencedApi(apis, plainValue(properties.get('RestApiId', true))),
        method: properties,
        integration,
      });
    }
  }
  for (const api of apis) if (api.openApi !== undefined) methods.push(...openApiMethods(api, api.openApi));
  return methods;
}

function openApiMethods(api: RestApi, document: YAMLMap): LambdaMethod[] {
  const methods: LambdaMethod[] = [];
  const paths = nodeAt(document, 'paths');
  if (!isMap(paths)) return methods;
  const suffix = api.type === 'openapi' ? 'in the OpenAPI document' : `in ${api.where}`;
  for (const pathPair of paths.items) {
    const pathItem = resolveAlias(pathPair.value);
    if (!isMap(pathItem)) continue;
    for (const operationPair of pathItem.items) {
      const verb = String(plainValue(operationPair.key));
      const operation = resolveAlias(operationPair.value);
      if (!HTTP_METHODS.includes(verb.toLowerCase()) || !isMap(operation)) continue;
      const integration = nodeAt(operation, INTEGRATION_EXTENSION);
      if (!isMap(integration) || !invokesLambda(integration, 'uri')) continue;
      const type = String(plainValue(integration.get('type', true))).toLowerCase();
      if (type !== 'aws' && type !== 'aws_proxy') continue;
      const name = verb === 'x-amazon-apigateway-any-method' ? 'ANY' : verb.toUpperCase();
      methods.push({
        where: `${name} ${String(plainValue(pathPair.key))} ${suffix}`,
        style: isSwagger(document) ? 'swagger-2' : 'openapi-3',
        proxy: type === 'aws_proxy',
        restApi: api,
        method: operation,
        integration,
      });
    }
  }
  return methods;
}

/** `arn:…:apigateway:<region>:lambda:path/2015-03-31/functions/…/invocations`, however it is built. */
function invokesLambda(integration: YAMLMap, uriKey: string): boolean {
  return JSON.stringify(plainValue(integration.get(uriKey, true)) ?? '').includes(':lambda:path/');
}

function referencedApi(apis: readonly RestApi[], restApiId: unknown): RestApi | undefined {
  const ref = (restApiId as { Ref?: unknown } | null)?.Ref;
  return typeof ref === 'string' ? apis.find((api) => api.logicalId === ref) : undefined;
}

function resourcesOf(root: YAMLMap): [string, YAMLMap][] {
  const resources = nodeAt(root, 'Resources');
  if (!isMap(resources)) return [];
  return resources.items.flatMap((pair) => {
    const resource = resolveAlias(pair.value);
    return isMap(resource) ? [[String(plainValue(pair.key)), resource] as [string, YAMLMap]] : [];
  });
}

function propertiesOf(resource: YAMLMap): YAMLMap | undefined {
  const properties = nodeAt(resource, 'Properties');
  return isMap(properties) ? properties : undefined;
}

/** The method's integration responses as the generator's neutral model (values as written, intrinsics as JSON). */
export function integrationResponsesOf(method: LambdaMethod): IntegrationResponseModel[] {
  if (method.style === 'cloudformation') {
    const list = plainValue(method.integration.get('IntegrationResponses', true));
    return (Array.isArray(list) ? list : []).map((item: Record<string, unknown>) => ({
      statusCode: text(item?.StatusCode),
      selectionPattern: item?.SelectionPattern === undefined ? undefined : text(item.SelectionPattern),
      responseTemplates: stringRecord(item?.ResponseTemplates),
      responseParameters: stringRecord(item?.ResponseParameters),
    }));
  }
  return pairsOf(nodeAt(method.integration, 'responses')).map(([pattern, item]) => {
    const response = isRecord(item) ? item : {};
    return {
      statusCode: text(response.statusCode),
      selectionPattern: pattern === 'default' ? undefined : pattern,
      responseTemplates: stringRecord(response.responseTemplates),
      responseParameters: stringRecord(response.responseParameters),
    };
  });
}

/** The method responses as the generator's neutral model: `method.response.header.X` → required. */
export function methodResponsesOf(method: LambdaMethod): MethodResponseModel[] {
  if (method.style === 'cloudformation') {
    const list = plainValue(method.method.get('MethodResponses', true));
    return (Array.isArray(list) ? list : []).map((item: Record<string, unknown>) => ({
      statusCode: text(item?.StatusCode),
      responseParameters: Object.fromEntries(
        Object.entries(isRecord(item?.ResponseParameters) ? item.ResponseParameters : {}).map(
          ([key, value]) => [key, value === true || value === 'true'],
        ),
      ),
    }));
  }
  return pairsOf(nodeAt(method.method, 'responses')).map(([statusCode, item]) => {
    const headers = isRecord(item) && isRecord(item.headers) ? item.headers : {};
    return {
      statusCode,
      responseParameters: Object.fromEntries(
        Object.entries(headers).map(([name, header]) => [
          `${HEADER}${name}`,
          isRecord(header) && (header.required === true || header.required === 'true'),
        ]),
      ),
    };
  });
}

/** A mapping's entries in document order (a plain object would put `"404"`-like keys first). */
function pairsOf(node: unknown): [string, unknown][] {
  return isMap(node) ? node.items.map((pair) => [String(plainValue(pair.key)), plainValue(pair.value)]) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, text(item)]));
}
