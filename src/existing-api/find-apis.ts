import { isMap, type YAMLMap } from 'yaml';
import { methodResponseHeader } from '../contract/parameters.js';
import { openApiKeyPattern } from '../contract/selection.js';
import type { IntegrationResponseModel, MethodResponseModel } from '../generate/model.js';
import { isRecord } from '../util/safe-read.js';
import { resolveFindInMap } from './find-in-map.js';
import {
  asynchronousReason,
  cloudFormationIntegrationResponseModel,
  cloudFormationMethodResponseModel,
  type SkippedMethod,
  stringRecord,
} from './read-responses.js';
import {
  isOpenApi,
  isSwagger,
  nodeAt,
  plainValue,
  refOf,
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
  /** The template's `Mappings` (plain values), against which its `Fn::FindInMap` templates are read. */
  readonly mappings?: unknown;
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

/** What the template's methods are: the Lambda ones read, and those left alone (with why). */
export interface TemplateMethods {
  readonly methods: readonly LambdaMethod[];
  readonly skipped: readonly SkippedMethod[];
}

/** The request parameter that makes API Gateway invoke the function asynchronously, when it is `'Event'`. */
const INVOCATION_TYPE = 'integration.request.header.x-amz-invocation-type';

/**
 * The REST API SAM creates (as `ServerlessRestApi`) for `Events` of `Type: Api` that name no `RestApiId`.
 * The template has no resource for it: `Globals: Api` is where it is configured.
 */
export interface ImplicitApi {
  /** `the implicit API ServerlessRestApi (Events of Type Api on resource OrdersFunction)`. */
  readonly where: string;
}

/** The implicit SAM API, when some function's `Api` event names no `RestApiId`. */
export function findImplicitApi(template: TemplateDocument): ImplicitApi | undefined {
  if (template.kind !== 'cloudformation') return undefined;
  const functions = resourcesOf(template.document.contents as YAMLMap).flatMap(([logicalId, resource]) => {
    const value = plainValue(resource) as { Type?: unknown; Properties?: { Events?: unknown } };
    if (value.Type !== 'AWS::Serverless::Function' || !isRecord(value.Properties?.Events)) return [];
    const implicitEvents = Object.values(value.Properties.Events).filter(
      (event) =>
        isRecord(event) &&
        event.Type === 'Api' &&
        !(isRecord(event.Properties) && event.Properties.RestApiId !== undefined),
    );
    return implicitEvents.length > 0 ? [`resource ${logicalId}`] : [];
  });
  if (functions.length === 0) return undefined;
  return { where: `the implicit API ServerlessRestApi (Events of Type Api on ${functions.join(', ')})` };
}

/** Every Lambda integration (proxy or not) of the template: CloudFormation methods, then OpenAPI operations. */
export function findLambdaMethods(template: TemplateDocument): LambdaMethod[] {
  return [...readMethods(template).methods];
}

/**
 * The template's Lambda methods (CloudFormation methods, then OpenAPI operations), and every method or API it
 * leaves alone: asynchronous ones, and those it cannot read (Fn::If around an integration or its type, a
 * computed Uri, an OpenAPI `$ref`, a definition brought in from elsewhere).
 */
export function readMethods(template: TemplateDocument): TemplateMethods {
  const apis = findRestApis(template);
  const methods: LambdaMethod[] = [];
  const skipped: SkippedMethod[] = [];
  if (template.kind === 'cloudformation') {
    const root = template.document.contents as YAMLMap;
    const mappings = plainValue(nodeAt(root, 'Mappings'));
    for (const [logicalId, resource] of resourcesOf(root)) {
      if (plainValue(resource.get('Type', true)) !== 'AWS::ApiGateway::Method') continue;
      const properties = propertiesOf(resource);
      const integration = properties && nodeAt(properties, 'Integration');
      if (properties === undefined) continue;
      const where = `resource ${logicalId} (AWS::ApiGateway::Method)`;
      const plainIntegration = plainValue(integration);
      const reading = readIntegration(plainIntegration, CLOUDFORMATION_KEYS, mappings);
      if (reading.kind === 'skipped') skipped.push({ where, reason: reading.reason });
      if (reading.kind !== 'lambda' || !isMap(integration)) continue;
      methods.push({
        where,
        style: 'cloudformation',
        proxy: reading.proxy,
        restApi: referencedApi(apis, plainValue(properties.get('RestApiId', true))),
        method: properties,
        integration,
        mappings,
      });
    }
  }
  for (const api of apis) {
    const elsewhere = api.resource && definitionElsewhere(api);
    if (elsewhere !== undefined) skipped.push({ where: api.where, reason: elsewhere });
    if (api.openApi !== undefined) openApiMethods(api, api.openApi, methods, skipped);
  }
  return { methods, skipped };
}

interface IntegrationKeys {
  readonly integration: string;
  readonly type: string;
  readonly uri: string;
  readonly requestParameters: string;
  /** What the user can do about an integration chosen by a condition. */
  readonly perCondition: string;
}

const CLOUDFORMATION_KEYS: IntegrationKeys = {
  integration: 'Integration',
  type: 'Type',
  uri: 'Uri',
  requestParameters: 'RequestParameters',
  perCondition: 'give each branch its own method resource (with a Condition)',
};

const OPENAPI_KEYS: IntegrationKeys = {
  integration: INTEGRATION_EXTENSION,
  type: 'type',
  uri: 'uri',
  requestParameters: 'requestParameters',
  perCondition: 'write the integration out, one definition per condition',
};

type IntegrationReading =
  | { readonly kind: 'lambda'; readonly proxy: boolean }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'other' };

const OTHER: IntegrationReading = { kind: 'other' };

/**
 * What an integration (as plain values) is: a Lambda one, another one, or one to leave alone and why. `mappings`:
 * the template's, which its response templates' Fn::FindInMap must name.
 */
function readIntegration(
  integration: unknown,
  keys: IntegrationKeys,
  mappings?: unknown,
): IntegrationReading {
  if (!isRecord(integration)) return OTHER;
  const skip = (reason: string): IntegrationReading => ({ kind: 'skipped', reason });
  if (keys === OPENAPI_KEYS && typeof integration.$ref === 'string') {
    return skip(
      `its ${keys.integration} is a $ref (${integration.$ref}), which cannot be followed; write the integration in the operation`,
    );
  }
  const chosenBy =
    intrinsicName(integration) ?? (Object.hasOwn(integration, 'Fn::Transform') ? 'Fn::Transform' : undefined);
  if (chosenBy !== undefined) {
    if (chosenBy === 'Fn::If' && !invokesLambda(integration)) return OTHER;
    return skip(
      `its ${keys.integration} is chosen by ${chosenBy}, which cannot be read before deployment; ${keys.perCondition}`,
    );
  }
  const type = integration[keys.type];
  const uri = integration[keys.uri];
  if (typeof type !== 'string') {
    const typeChosenBy = intrinsicName(type);
    if (typeChosenBy === undefined || !invokesLambda(uri)) return OTHER;
    return skip(
      `its ${keys.integration} Type is chosen by ${typeChosenBy}, which cannot be read before deployment; write the Type out (${keys.perCondition})`,
    );
  }
  const upper = type.toUpperCase();
  if (upper !== 'AWS' && upper !== 'AWS_PROXY') return OTHER;
  if (!invokesLambda(uri)) {
    const computedBy = intrinsicName(uri);
    if (upper === 'AWS_PROXY' || computedBy === undefined || JSON.stringify(uri).includes('apigateway:'))
      return OTHER;
    return skip(
      `its ${keys.integration} Uri is computed (${computedBy}), so whether it invokes Lambda cannot be read; write the Uri with Fn::Sub: arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Function.Arn}/invocations`,
    );
  }
  if (upper === 'AWS' && invokesAsynchronously(integration[keys.requestParameters])) {
    return skip(asynchronousReason("X-Amz-Invocation-Type 'Event'"));
  }
  const unreadable =
    upper === 'AWS' ? unreadableTemplate(integration.IntegrationResponses, mappings) : undefined;
  if (unreadable !== undefined) return skip(`a response template's ${unreadable}`);
  return { kind: 'lambda', proxy: upper === 'AWS_PROXY' };
}

/** Why a response template of `IntegrationResponses` cannot be read (a Fn::FindInMap it cannot resolve), if so. */
function unreadableTemplate(responses: unknown, mappings: unknown): string | undefined {
  for (const response of Array.isArray(responses) ? responses : []) {
    const templates = isRecord(response) ? response.ResponseTemplates : undefined;
    for (const template of Object.values(isRecord(templates) ? templates : {})) {
      const resolved = resolveFindInMap(template, mappings);
      if ('problem' in resolved) return resolved.problem;
    }
  }
  return undefined;
}

function invokesAsynchronously(requestParameters: unknown): boolean {
  if (!isRecord(requestParameters)) return false;
  return Object.entries(requestParameters).some(
    ([name, value]) => name.toLowerCase() === INVOCATION_TYPE && value === "'Event'",
  );
}

/** `Ref` or `Fn::…` when the value is one intrinsic function call, as CloudFormation reads it. */
function intrinsicName(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  const [key] = keys;
  return keys.length === 1 && key !== undefined && (key === 'Ref' || key.startsWith('Fn::'))
    ? key
    : undefined;
}

/** Why the API's methods cannot be read here: its OpenAPI definition is another file, brought in at deployment. */
function definitionElsewhere(api: RestApi): string | undefined {
  const properties = api.resource && propertiesOf(api.resource);
  if (properties === undefined) return undefined;
  const [bodyKey, locationKey] =
    api.type === 'AWS::Serverless::Api' ? ['DefinitionBody', 'DefinitionUri'] : ['Body', 'BodyS3Location'];
  const runApply = 'so its methods cannot be read here; run apply on that file before it is uploaded';
  const transform = plainValue(properties.get(bodyKey, true)) as { 'Fn::Transform'?: unknown } | undefined;
  if (isRecord(transform) && isRecord(transform['Fn::Transform'])) {
    const { Name: name, Parameters: parameters } = transform['Fn::Transform'];
    const location = isRecord(parameters) ? locationText(parameters.Location) : 'elsewhere';
    return `its OpenAPI definition is brought in by Fn::Transform ${String(name)} from ${location}, ${runApply}`;
  }
  const location = plainValue(properties.get(locationKey, true));
  if (location === undefined) return undefined;
  return `its OpenAPI definition is in ${locationKey} (${locationText(location)}), ${runApply}`;
}

/** `s3://bucket/key` for `{ Bucket, Key }`, the text of a string, JSON otherwise. */
function locationText(location: unknown): string {
  if (typeof location === 'string') return location;
  if (isRecord(location) && typeof location.Bucket === 'string' && typeof location.Key === 'string') {
    return `s3://${location.Bucket}/${location.Key}`;
  }
  return JSON.stringify(location) ?? 'elsewhere';
}

function openApiMethods(
  api: RestApi,
  document: YAMLMap,
  methods: LambdaMethod[],
  skipped: SkippedMethod[],
): void {
  const paths = nodeAt(document, 'paths');
  if (!isMap(paths)) return;
  const suffix = api.type === 'openapi' ? 'in the OpenAPI document' : `in ${api.where}`;
  for (const pathPair of paths.items) {
    const path = String(plainValue(pathPair.key));
    const pathItem = resolveAlias(pathPair.value);
    if (!isMap(pathItem)) continue;
    const ref = plainValue(pathItem.get('$ref', true));
    if (typeof ref === 'string') {
      skipped.push({
        where: `${path} ${suffix}`,
        reason: `the path item is a $ref (${ref}), which cannot be followed; write its operations in paths`,
      });
    }
    for (const operationPair of pathItem.items) {
      const verb = String(plainValue(operationPair.key));
      const operation = resolveAlias(operationPair.value);
      if (!HTTP_METHODS.includes(verb.toLowerCase()) || !isMap(operation)) continue;
      const integration = nodeAt(operation, INTEGRATION_EXTENSION);
      const name = verb === 'x-amazon-apigateway-any-method' ? 'ANY' : verb.toUpperCase();
      const where = `${name} ${path} ${suffix}`;
      const reading = readIntegration(plainValue(integration), OPENAPI_KEYS);
      if (reading.kind === 'skipped') skipped.push({ where, reason: reading.reason });
      if (reading.kind !== 'lambda' || !isMap(integration)) continue;
      methods.push({
        where,
        style: isSwagger(document) ? 'swagger-2' : 'openapi-3',
        proxy: reading.proxy,
        restApi: api,
        method: operation,
        integration,
      });
    }
  }
}

/** `arn:…:apigateway:<region>:lambda:path/2015-03-31/functions/…/invocations`, however it is built. */
function invokesLambda(value: unknown): boolean {
  return JSON.stringify(value ?? '').includes(':lambda:path/');
}

function referencedApi(apis: readonly RestApi[], restApiId: unknown): RestApi | undefined {
  const ref = refOf(restApiId);
  return ref === undefined ? undefined : apis.find((api) => api.logicalId === ref);
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
    return (Array.isArray(list) ? list : []).map((item) =>
      cloudFormationIntegrationResponseModel(item, (value) => {
        // One that names nothing stays as written: readMethods lists its method as skipped.
        const found = resolveFindInMap(value, method.mappings);
        return 'value' in found ? found.value : value;
      }),
    );
  }
  return pairsOf(nodeAt(method.integration, 'responses')).map(([pattern, item]) => {
    const response = isRecord(item) ? item : {};
    return {
      statusCode: text(response.statusCode),
      selectionPattern: openApiKeyPattern(pattern),
      responseTemplates: stringRecord(response.responseTemplates),
      responseParameters: stringRecord(response.responseParameters),
    };
  });
}

/** The method responses as the generator's neutral model: `method.response.header.X` → required. */
export function methodResponsesOf(method: LambdaMethod): MethodResponseModel[] {
  if (method.style === 'cloudformation') {
    const list = plainValue(method.method.get('MethodResponses', true));
    return (Array.isArray(list) ? list : []).map(cloudFormationMethodResponseModel);
  }
  return pairsOf(nodeAt(method.method, 'responses')).map(([statusCode, item]) => {
    const headers = isRecord(item) && isRecord(item.headers) ? item.headers : {};
    return {
      statusCode,
      responseParameters: Object.fromEntries(
        Object.entries(headers).map(([name, header]) => [
          methodResponseHeader(name),
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

function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}
