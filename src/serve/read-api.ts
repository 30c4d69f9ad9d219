import { dirname, resolve } from 'node:path';
import { isMap, type YAMLMap } from 'yaml';
import type { GatewayResponseModel, IntegrationResponsesModel } from '../generate/model.js';
import { TemplateError } from '../surface/errors.js';
import {
  findRestApis,
  integrationResponsesOf,
  type LambdaMethod,
  methodResponsesOf,
  type RestApi,
  readMethods,
} from '../templates/find-apis.js';
import { nodeAt, plainValue, type TemplateDocument } from '../templates/read-template.js';
import { cloudFormationResourcePath } from '../templates/resource-path.js';

/** The function a route invokes, located on disk. */
export interface ServedFunction {
  readonly logicalId: string;
  /** The handler module without its extension (`/code/src/app` for `src/app.handler`). */
  readonly modulePath: string;
  /** The exported name (`handler`). */
  readonly exportName: string;
  /** The function's `Timeout`, in seconds (Lambda's default 3). */
  readonly timeoutSeconds: number;
  readonly memoryLimitInMB: number;
}

/** One method of the REST API, as the server routes it. */
export interface Route {
  /** `GET`, ..., or `ANY`. */
  readonly httpMethod: string;
  /** The resource path: `/orders/{id}`, `/{proxy+}`. */
  readonly resourcePath: string;
  readonly proxy: boolean;
  readonly function: ServedFunction;
  /** The integration's `TimeoutInMillis` (API Gateway's default 29,000). */
  readonly timeoutInMillis: number;
  /** Non-proxy: the request templates by content type. */
  readonly requestTemplates: Readonly<Record<string, string>>;
  /** Non-proxy: the integration and method responses. */
  readonly responses: IntegrationResponsesModel;
}

export interface ServedApi {
  /** Where it is, for messages. */
  readonly where: string;
  /** The stage name routes are also mounted under, when the template names one. */
  readonly stageName: string | undefined;
  readonly stageVariables: Readonly<Record<string, string>>;
  readonly routes: readonly Route[];
  /** The API's Gateway Responses as the template writes them (empty when it has none). */
  readonly gatewayResponses: readonly GatewayResponseModel[];
}

export interface ReadApiOptions {
  /** The template's file, for SAM `CodeUri` (relative to the template's directory). */
  readonly templatePath: string;
  /** `--api`: the REST API's logical id, needed when the template defines several. */
  readonly apiId?: string;
  /** `--code-root`: where CloudFormation functions' handlers are (default: the template's directory). */
  readonly codeRoot?: string;
}

const DEFAULT_INTEGRATION_TIMEOUT_MS = 29_000;
const DEFAULT_FUNCTION_TIMEOUT_SECONDS = 3;

type Plain = Record<string, unknown>;

/** The REST API to serve, its routes, their functions and its Gateway Responses, read from the template. */
export function readServedApi(template: TemplateDocument, options: ReadApiOptions): ServedApi {
  const api = chooseApi(findRestApis(template), options.apiId);
  const resources = resourcesOf(template);
  const functions = functionsOf(template, resources, options);
  const methods = readMethods(template).methods.filter(
    (method) =>
      method.restApi?.where === api.where ||
      (method.restApi === undefined && method.style === 'cloudformation'),
  );
  const routes = methods.map((method) => routeOf(template, method, functions));
  return {
    where: api.where,
    ...stageOf(api, resources),
    routes,
    gatewayResponses: gatewayResponsesOf(api, resources),
  };
}

function chooseApi(apis: readonly RestApi[], apiId: string | undefined): RestApi {
  const ids = apis.map((api) => api.logicalId).join(', ');
  if (apiId !== undefined) {
    const chosen = apis.find((api) => api.logicalId === apiId);
    if (chosen === undefined) {
      throw new TemplateError(
        `--api ${apiId}: the template defines no REST API of that logical id; its REST APIs are ${ids || 'none'}`,
      );
    }
    return chosen;
  }
  const [only, second] = apis;
  if (only === undefined) {
    throw new TemplateError(
      'the template defines no REST API (AWS::ApiGateway::RestApi, AWS::Serverless::Api or an OpenAPI document); serve needs one',
    );
  }
  if (second !== undefined) {
    throw new TemplateError(`the template defines several REST APIs (${ids}); choose one with --api`);
  }
  return only;
}

function resourcesOf(template: TemplateDocument): Plain {
  if (template.kind !== 'cloudformation') return {};
  const resources = plainValue(nodeAt(template.document.contents as YAMLMap, 'Resources'));
  return isPlain(resources) ? resources : {};
}

function functionsOf(
  template: TemplateDocument,
  resources: Plain,
  options: ReadApiOptions,
): Map<string, ServedFunction> {
  const templateDir = dirname(resolve(options.templatePath));
  const root = template.document.contents as YAMLMap;
  const globals = plainValue(nodeAt(root, 'Globals')) as { Function?: unknown } | undefined;
  const samGlobals = isPlain(globals?.Function) ? globals.Function : {};
  const functions = new Map<string, ServedFunction>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isPlain(resource)) continue;
    const properties = isPlain(resource.Properties) ? resource.Properties : {};
    let codeDir: string;
    let settings: Plain;
    if (resource.Type === 'AWS::Serverless::Function') {
      settings = { ...samGlobals, ...properties };
      const codeUri = settings.CodeUri;
      codeDir = typeof codeUri === 'string' ? resolve(templateDir, codeUri) : templateDir;
    } else if (resource.Type === 'AWS::Lambda::Function') {
      settings = properties;
      codeDir = resolve(templateDir, options.codeRoot ?? '.');
    } else continue;
    const handler = settings.Handler;
    if (typeof handler !== 'string') continue;
    const dot = handler.lastIndexOf('.');
    if (dot <= 0) {
      throw new TemplateError(
        `resource ${logicalId}: Handler ${JSON.stringify(handler)} is not <file>.<export> (e.g. app.handler)`,
      );
    }
    functions.set(logicalId, {
      logicalId,
      modulePath: resolve(codeDir, handler.slice(0, dot)),
      exportName: handler.slice(dot + 1),
      timeoutSeconds: positiveNumber(settings.Timeout) ?? DEFAULT_FUNCTION_TIMEOUT_SECONDS,
      memoryLimitInMB: positiveNumber(settings.MemorySize) ?? 128,
    });
  }
  return functions;
}

function routeOf(
  template: TemplateDocument,
  method: LambdaMethod,
  functions: ReadonlyMap<string, ServedFunction>,
): Route {
  const integration = plainValue(method.integration) as Plain;
  const cloudFormation = method.style === 'cloudformation';
  const uri = integration[cloudFormation ? 'Uri' : 'uri'];
  const target = invokedFunction(uri, functions);
  if (target === undefined) {
    throw new TemplateError(
      `${method.where}: its integration Uri does not name a function of this template with a Handler (AWS::Serverless::Function or AWS::Lambda::Function), so serve cannot run it`,
    );
  }
  const resourcePath = cloudFormation
    ? cloudFormationResourcePath(template, method)
    : (method.where.split(' ')[1] as string);
  if (resourcePath === undefined) {
    throw new TemplateError(
      `${method.where}: its resource path cannot be followed (ResourceId and ParentId must be references to AWS::ApiGateway::Resource of this template, or the API's RootResourceId)`,
    );
  }
  const httpMethod = cloudFormation
    ? String(plainValue(method.method.get('HttpMethod', true))).toUpperCase()
    : (method.where.split(' ')[0] as string);
  const templates = integration[cloudFormation ? 'RequestTemplates' : 'requestTemplates'];
  return {
    httpMethod,
    resourcePath,
    proxy: method.proxy,
    function: target,
    timeoutInMillis:
      positiveNumber(integration[cloudFormation ? 'TimeoutInMillis' : 'timeoutInMillis']) ??
      DEFAULT_INTEGRATION_TIMEOUT_MS,
    requestTemplates: isPlain(templates) ? stringValues(templates) : {},
    responses: method.proxy
      ? { integrationResponses: [], methodResponses: [] }
      : { integrationResponses: integrationResponsesOf(method), methodResponses: methodResponsesOf(method) },
  };
}

/** The function whose ARN the Uri is built from: `${Fn.Arn}` in a Sub, or `Fn::GetAtt [Fn, Arn]`. */
function invokedFunction(
  uri: unknown,
  functions: ReadonlyMap<string, ServedFunction>,
): ServedFunction | undefined {
  const text = JSON.stringify(uri ?? '');
  for (const [logicalId, served] of functions) {
    const sub = text.includes(`\${${logicalId}.Arn}`);
    const getAtt = text.includes(`"Fn::GetAtt":["${logicalId}","Arn"]`);
    if (sub || getAtt) return served;
  }
  return undefined;
}

/** The stage: a SAM Api's `StageName`, else an `AWS::ApiGateway::Stage` or `Deployment` of the API. */
function stageOf(
  api: RestApi,
  resources: Plain,
): { stageName: string | undefined; stageVariables: Record<string, string> } {
  const own = api.resource === undefined ? {} : (plainValue(nodeAt(api.resource, 'Properties')) as Plain);
  if (api.type === 'AWS::Serverless::Api' && typeof own?.StageName === 'string') {
    return { stageName: own.StageName, stageVariables: stringValues(own.Variables) };
  }
  for (const resource of Object.values(resources)) {
    if (!isPlain(resource) || !isPlain(resource.Properties)) continue;
    const { RestApiId: restApiId, StageName: stageName, Variables: variables } = resource.Properties;
    const ofApi = (restApiId as { Ref?: unknown } | undefined)?.Ref === api.logicalId;
    const isStage =
      resource.Type === 'AWS::ApiGateway::Stage' || resource.Type === 'AWS::ApiGateway::Deployment';
    if (ofApi && isStage && typeof stageName === 'string') {
      return { stageName, stageVariables: stringValues(variables) };
    }
  }
  return { stageName: undefined, stageVariables: {} };
}

/**
 * The API's Gateway Responses: OpenAPI `x-amazon-apigateway-gateway-responses`, a SAM Api's `GatewayResponses`,
 * or `AWS::ApiGateway::GatewayResponse` resources of the API.
 */
function gatewayResponsesOf(api: RestApi, resources: Plain): GatewayResponseModel[] {
  const found: GatewayResponseModel[] = [];
  if (api.openApi !== undefined) {
    const byType = plainValue(nodeAt(api.openApi, 'x-amazon-apigateway-gateway-responses'));
    for (const [type, value] of Object.entries(isPlain(byType) ? byType : {})) {
      const response = isPlain(value) ? value : {};
      found.push(
        gatewayResponse(type, response.statusCode, response.responseParameters, response.responseTemplates),
      );
    }
  }
  const properties = api.resource && nodeAt(api.resource, 'Properties');
  const sam = isMap(properties) ? plainValue(nodeAt(properties, 'GatewayResponses')) : undefined;
  for (const [type, value] of Object.entries(isPlain(sam) ? sam : {})) {
    const response = isPlain(value) ? value : {};
    const headers = isPlain(response.ResponseParameters) ? response.ResponseParameters.Headers : undefined;
    const parameters = Object.fromEntries(
      Object.entries(isPlain(headers) ? headers : {}).map(([name, header]) => [
        `gatewayresponse.header.${name}`,
        header,
      ]),
    );
    found.push(gatewayResponse(type, response.StatusCode, parameters, response.ResponseTemplates));
  }
  for (const resource of Object.values(resources)) {
    if (!isPlain(resource) || resource.Type !== 'AWS::ApiGateway::GatewayResponse') continue;
    const props = isPlain(resource.Properties) ? resource.Properties : {};
    if ((props.RestApiId as { Ref?: unknown } | undefined)?.Ref !== api.logicalId) continue;
    found.push(
      gatewayResponse(
        String(props.ResponseType),
        props.StatusCode,
        props.ResponseParameters,
        props.ResponseTemplates,
      ),
    );
  }
  return found;
}

function gatewayResponse(
  responseType: string,
  statusCode: unknown,
  parameters: unknown,
  templates: unknown,
): GatewayResponseModel {
  return {
    responseType,
    statusCode: statusCode === undefined ? undefined : String(statusCode),
    responseParameters: stringValues(parameters),
    responseTemplates: stringValues(templates),
  };
}

function positiveNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

function stringValues(value: unknown): Record<string, string> {
  if (!isPlain(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]) => (typeof item === 'string' ? [[key, item]] : [])),
  );
}

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
