import { dirname, resolve } from 'node:path';
import type { YAMLMap } from 'yaml';
import { gatewayResponseHeader } from '../contract/parameters.js';
import { methodRoute } from '../existing-api/existing-method.js';
import {
  findImplicitApi,
  findRestApis,
  integrationResponsesOf,
  type LambdaMethod,
  methodResponsesOf,
  type RestApi,
  readMethods,
} from '../existing-api/find-apis.js';
import { nodeAt, plainValue, refOf, type TemplateDocument } from '../existing-api/read-template.js';
import type { GatewayResponseModel } from '../generate/model.js';
import { TemplateError } from '../surface/errors.js';
import { isRecord } from '../util/safe-read.js';
import { functionEnvironment } from './function-environment.js';
import { cloudFormationHttpApiRoutes } from './read-http-api.js';
import { SAM_IMPLICIT_REST_API, type SamEventRoute, samEventRoutes } from './read-sam-events.js';
import {
  type CorsPreflight,
  DEFAULT_REST_INTEGRATION_TIMEOUT_MS,
  invokedFunction,
  NO_RESPONSES,
  type Plain,
  positiveNumber,
  type Route,
  type ServedApi,
  type ServedFunction,
  stringValues,
} from './served-api.js';

export interface ReadApiOptions {
  /** The template's file, for SAM `CodeUri` (relative to the template's directory). */
  readonly templatePath: string;
  /** `--api`: the REST API's logical id, needed when the template defines several. */
  readonly apiId?: string;
  /** `--code-root`: where CloudFormation functions' handlers are (default: the template's directory). */
  readonly codeRoot?: string;
}

const DEFAULT_FUNCTION_TIMEOUT_SECONDS = 3;
/** SAM's stage of its implicit API. */
const SAM_IMPLICIT_STAGE = 'Prod';

/**
 * The REST API to serve (its methods, SAM events included), its functions and Gateway Responses, and every HTTP API
 * route of the template, read from the template.
 */
export function readServedApi(template: TemplateDocument, options: ReadApiOptions): ServedApi {
  const resources = resourcesOf(template);
  const { functions, warnings } = functionsOf(template, resources, options);
  const samRoutes = samEventRoutes(resources, functions);
  const httpApiRoutes = [
    ...cloudFormationHttpApiRoutes(resources, functions),
    ...samRoutes.filter((event) => event.kind === 'HttpApi').map((event) => event.route),
  ];
  const candidates = restApiCandidates(template);
  if (candidates.length === 0 && options.apiId === undefined && httpApiRoutes.length > 0) {
    return {
      where: 'the HTTP API',
      stageName: undefined,
      stageVariables: {},
      routes: [],
      gatewayResponses: [],
      httpApiRoutes,
      cors: undefined,
      warnings,
    };
  }
  const chosen = chooseApi(candidates, options.apiId);
  const eventRoutes = samRoutes
    .filter((event: SamEventRoute) => event.kind === 'Api' && event.api === chosen.logicalId)
    .map((event) => event.route);
  const api = chosen.api;
  const methods =
    api === undefined
      ? []
      : readMethods(template).methods.filter(
          (method) =>
            method.restApi?.where === api.where ||
            (method.restApi === undefined && method.style === 'cloudformation'),
        );
  const samSettings = samApiSettings(template, chosen);
  return {
    where: chosen.where,
    ...(api === undefined
      ? { stageName: SAM_IMPLICIT_STAGE, stageVariables: stringValues(samSettings.Variables) }
      : stageOf(api, resources)),
    routes: [...methods.map((method) => routeOf(template, method, functions)), ...eventRoutes],
    gatewayResponses: gatewayResponsesOf(api, chosen.logicalId, resources, samSettings.GatewayResponses),
    httpApiRoutes,
    cors: corsOf(samSettings.Cors),
    warnings,
  };
}

/** A REST API serve can serve: one the template defines, or SAM's implicit one (no resource of its own). */
interface RestApiCandidate {
  readonly logicalId: string | undefined;
  readonly where: string;
  readonly api: RestApi | undefined;
}

function restApiCandidates(template: TemplateDocument): RestApiCandidate[] {
  const candidates: RestApiCandidate[] = findRestApis(template).map((api) => ({
    logicalId: api.logicalId,
    where: api.where,
    api,
  }));
  const implicit = findImplicitApi(template);
  if (implicit !== undefined) {
    candidates.push({ logicalId: SAM_IMPLICIT_REST_API, where: implicit.where, api: undefined });
  }
  return candidates;
}

/**
 * A SAM API's settings: `Globals: Api` under the API's own `Properties` (all of it for the implicit API), each of
 * `GatewayResponses` merged by response type. Empty for any other API.
 */
function samApiSettings(template: TemplateDocument, chosen: RestApiCandidate): Plain {
  const isSam = chosen.api === undefined || chosen.api.type === 'AWS::Serverless::Api';
  if (!isSam || template.kind !== 'cloudformation') return {};
  const globals = plainValue(nodeAt(template.document.contents as YAMLMap, 'Globals'));
  const shared = isRecord(globals) && isRecord(globals.Api) ? globals.Api : {};
  const resource = chosen.api?.resource;
  const ownValue = resource === undefined ? undefined : plainValue(nodeAt(resource, 'Properties'));
  const own = isRecord(ownValue) ? ownValue : {};
  const sharedResponses = isRecord(shared.GatewayResponses) ? shared.GatewayResponses : {};
  const ownResponses = isRecord(own.GatewayResponses) ? own.GatewayResponses : {};
  return { ...shared, ...own, GatewayResponses: { ...sharedResponses, ...ownResponses } };
}

/** SAM `Cors`: a quoted origin (`"'*'"`), or `AllowOrigin`, `AllowMethods`, `AllowHeaders`, `MaxAge`, `AllowCredentials`. */
function corsOf(cors: unknown): CorsPreflight | undefined {
  const settings = typeof cors === 'string' ? { AllowOrigin: cors } : cors;
  if (!isRecord(settings) || settings.AllowOrigin === undefined) return undefined;
  const unquoted = (value: unknown) => String(value).replace(/^'(.*)'$/s, '$1');
  const headers: Record<string, string> = { 'Access-Control-Allow-Origin': unquoted(settings.AllowOrigin) };
  if (settings.AllowHeaders !== undefined)
    headers['Access-Control-Allow-Headers'] = unquoted(settings.AllowHeaders);
  if (settings.MaxAge !== undefined) headers['Access-Control-Max-Age'] = unquoted(settings.MaxAge);
  // A YAML template is read without type resolution: `true` arrives as text.
  if (String(settings.AllowCredentials) === 'true') headers['Access-Control-Allow-Credentials'] = 'true';
  return {
    headers,
    allowMethods: settings.AllowMethods === undefined ? undefined : unquoted(settings.AllowMethods),
  };
}

function chooseApi(apis: readonly RestApiCandidate[], apiId: string | undefined): RestApiCandidate {
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
      'the template defines no API (AWS::ApiGateway::RestApi, AWS::Serverless::Api, SAM Api or HttpApi events, AWS::ApiGatewayV2::Api routes or an OpenAPI document); serve needs one',
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
  return isRecord(resources) ? resources : {};
}

function functionsOf(
  template: TemplateDocument,
  resources: Plain,
  options: ReadApiOptions,
): { functions: Map<string, ServedFunction>; warnings: string[] } {
  const templateDir = dirname(resolve(options.templatePath));
  const root = template.document.contents as YAMLMap;
  const globals = plainValue(nodeAt(root, 'Globals')) as { Function?: unknown } | undefined;
  const samGlobals = isRecord(globals?.Function) ? globals.Function : {};
  const functions = new Map<string, ServedFunction>();
  const warnings: string[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isRecord(resource)) continue;
    const properties = isRecord(resource.Properties) ? resource.Properties : {};
    let codeDir: string;
    let settings: Plain;
    let variables: unknown[];
    if (resource.Type === 'AWS::Serverless::Function') {
      settings = { ...samGlobals, ...properties };
      variables = [environmentVariables(samGlobals), environmentVariables(properties)];
      const codeUri = settings.CodeUri;
      codeDir = typeof codeUri === 'string' ? resolve(templateDir, codeUri) : templateDir;
    } else if (resource.Type === 'AWS::Lambda::Function') {
      settings = properties;
      variables = [environmentVariables(properties)];
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
    const environment = functionEnvironment(logicalId, ...variables);
    warnings.push(...environment.warnings);
    functions.set(logicalId, {
      logicalId,
      modulePath: resolve(codeDir, handler.slice(0, dot)),
      exportName: handler.slice(dot + 1),
      timeoutSeconds: positiveNumber(settings.Timeout) ?? DEFAULT_FUNCTION_TIMEOUT_SECONDS,
      memoryLimitInMB: positiveNumber(settings.MemorySize) ?? 128,
      environment: environment.variables,
    });
  }
  return { functions, warnings };
}

function environmentVariables(properties: Plain): unknown {
  return isRecord(properties.Environment) ? properties.Environment.Variables : undefined;
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
  const { httpMethod, path: resourcePath } = methodRoute(template, method);
  if (resourcePath === undefined) {
    throw new TemplateError(
      `${method.where}: its resource path cannot be followed (ResourceId and ParentId must be references to AWS::ApiGateway::Resource of this template, or the API's RootResourceId)`,
    );
  }
  const templates = integration[cloudFormation ? 'RequestTemplates' : 'requestTemplates'];
  return {
    httpMethod: httpMethod ?? 'UNDEFINED',
    resourcePath,
    proxy: method.proxy,
    function: target,
    timeoutInMillis:
      positiveNumber(integration[cloudFormation ? 'TimeoutInMillis' : 'timeoutInMillis']) ??
      DEFAULT_REST_INTEGRATION_TIMEOUT_MS,
    requestTemplates: stringValues(templates),
    responses: method.proxy
      ? NO_RESPONSES
      : { integrationResponses: integrationResponsesOf(method), methodResponses: methodResponsesOf(method) },
    payload: 'rest-v1',
  };
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
    if (!isRecord(resource) || !isRecord(resource.Properties)) continue;
    const { RestApiId: restApiId, StageName: stageName, Variables: variables } = resource.Properties;
    const ofApi = refOf(restApiId) === api.logicalId;
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
export function gatewayResponsesOf(
  api: RestApi | undefined,
  logicalId: string | undefined,
  resources: Plain,
  sam: unknown,
): GatewayResponseModel[] {
  const found: GatewayResponseModel[] = [];
  if (api?.openApi !== undefined) {
    const byType = plainValue(nodeAt(api.openApi, 'x-amazon-apigateway-gateway-responses'));
    for (const [type, value] of Object.entries(isRecord(byType) ? byType : {})) {
      const response = isRecord(value) ? value : {};
      found.push(
        gatewayResponse(type, response.statusCode, response.responseParameters, response.responseTemplates),
      );
    }
  }
  for (const [type, value] of Object.entries(isRecord(sam) ? sam : {})) {
    const response = isRecord(value) ? value : {};
    const headers = isRecord(response.ResponseParameters) ? response.ResponseParameters.Headers : undefined;
    const parameters = Object.fromEntries(
      Object.entries(isRecord(headers) ? headers : {}).map(([name, header]) => [
        gatewayResponseHeader(name),
        header,
      ]),
    );
    found.push(gatewayResponse(type, response.StatusCode, parameters, response.ResponseTemplates));
  }
  for (const resource of Object.values(resources)) {
    if (!isRecord(resource) || resource.Type !== 'AWS::ApiGateway::GatewayResponse') continue;
    const props = isRecord(resource.Properties) ? resource.Properties : {};
    if (logicalId === undefined || refOf(props.RestApiId) !== logicalId) continue;
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
