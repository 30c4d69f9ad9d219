import { resolve } from 'node:path';
import { readServerlessApi as readServerlessMethods } from '../existing-api/serverless-config.js';
import {
  type FunctionConfig,
  httpApiEvents,
  lambdaHttpEvents,
  originOf,
  proxyHttpEvents,
} from '../existing-api/serverless-events.js';
import { loadsPlugin } from '../existing-api/serverless-service.js';
import type { IntegrationResponsesModel } from '../generate/model.js';
import { serverlessVariableIn } from '../serverless/configured-service.js';
import { SERVERLESS_REST_API_ID } from '../serverless/gateway-resources.js';
import { LambdaErrorMapPlugin } from '../serverless/plugin.js';
import type { ServerlessLike } from '../serverless/serverless-types.js';
import { TemplateError } from '../surface/errors.js';
import { isRecord } from '../util/safe-read.js';
import { functionEnvironment } from './function-environment.js';
import { gatewayResponsesOf } from './read-api.js';
import { payloadFormat } from './read-sam-events.js';
import {
  DEFAULT_HTTP_API_INTEGRATION_TIMEOUT_MS,
  DEFAULT_REST_INTEGRATION_TIMEOUT_MS,
  type Plain,
  positiveNumber,
  proxyRoute,
  type Route,
  type ServedApi,
  type ServedFunction,
} from './served-api.js';
import { serverlessRequestTemplates } from './serverless-request-template.js';

/** The Serverless Framework v3's defaults for a function. */
const SERVERLESS_DEFAULT_TIMEOUT_SECONDS = 6;
const SERVERLESS_DEFAULT_MEMORY_MB = 1024;

type Functions = Record<string, FunctionConfig | null | undefined>;

/**
 * A serverless.yml as `serverless package` would compile it: the REST API of its `http` events (proxy and
 * `integration: lambda`, the latter with the integration responses the framework compiles, filled by the
 * lambda-error-map plugin when the service loads it), the plugin's Gateway Responses, the HTTP API of its `httpApi`
 * events, and each function's `handler` under `serviceDir`.
 */
export async function readServerlessApi(service: Plain, serviceDir: string): Promise<ServedApi> {
  const warnings: string[] = [];
  const { configured, compiledResources } = await configuredService(service, serviceDir, warnings);
  const provider = isRecord(configured.provider) ? configured.provider : {};
  const functionConfigs = (isRecord(configured.functions) ? configured.functions : {}) as Functions;
  const functions = servedFunctions(functionConfigs, provider, serviceDir, warnings);
  const served = (name: string): ServedFunction => {
    const found = functions.get(name);
    if (found !== undefined) return found;
    throw new TemplateError(
      `functions.${name} has no handler (<path>.<export>), so serve cannot run its events`,
    );
  };

  const responsesByOrigin = new Map(
    readServerlessMethods(configured).methods.map((method) => [method.where, method.responses]),
  );
  const nonProxy: Route[] = lambdaHttpEvents(functionConfigs).map((event) => {
    const [httpMethod, resourcePath] = event.route.split(' ') as [string, string];
    return {
      httpMethod,
      resourcePath,
      proxy: false,
      function: served(event.functionName),
      timeoutInMillis: DEFAULT_REST_INTEGRATION_TIMEOUT_MS,
      requestTemplates: serverlessRequestTemplates(event.http),
      // readServerlessMethods compiles these very events, one method per origin.
      responses: responsesByOrigin.get(originOf(event)) as IntegrationResponsesModel,
      payload: 'rest-v1',
    };
  });
  const proxy = proxyHttpEvents(functionConfigs).map((event) =>
    proxyRoute(served(event.functionName), event.method, event.path, {
      payload: 'rest-v1',
      timeoutInMillis: DEFAULT_REST_INTEGRATION_TIMEOUT_MS,
    }),
  );
  const httpApi = isRecord(provider.httpApi) ? provider.httpApi : {};
  const payload = payloadFormat(httpApi.payload, 'provider.httpApi.payload');
  const httpApiRoutes = httpApiEvents(functionConfigs).map((event) =>
    proxyRoute(served(event.functionName), event.method, event.path, {
      payload,
      timeoutInMillis: DEFAULT_HTTP_API_INTEGRATION_TIMEOUT_MS,
      routeKey: event.path === '$default' ? '$default' : `${event.method} ${event.path}`,
    }),
  );
  const resources =
    isRecord(configured.resources) && isRecord(configured.resources.Resources)
      ? configured.resources.Resources
      : {};
  return {
    where: 'the REST API of serverless.yml (ApiGatewayRestApi)',
    stageName: typeof provider.stage === 'string' ? provider.stage : 'dev',
    stageVariables: {},
    routes: [...nonProxy, ...proxy],
    gatewayResponses: gatewayResponsesOf(
      undefined,
      SERVERLESS_REST_API_ID,
      { ...compiledResources, ...resources },
      undefined,
    ),
    httpApiRoutes,
    cors: undefined,
    warnings,
  };
}

/**
 * The service after the lambda-error-map plugin's fill (its own code, on a copy), with the Gateway Responses it
 * adds to the REST API; the service as written when it does not load the plugin, or when the plugin's options are
 * Serverless variables (then with a warning).
 */
async function configuredService(
  service: Plain,
  serviceDir: string,
  warnings: string[],
): Promise<{ configured: Plain; compiledResources: Plain }> {
  if (!loadsPlugin(service)) return { configured: service, compiledResources: {} };
  const custom = isRecord(service.custom) ? service.custom : {};
  const variable = serverlessVariableIn(custom.lambdaErrorMap, 'custom.lambdaErrorMap');
  if (variable !== undefined) {
    warnings.push(
      `serve: ${variable.where} is a Serverless variable (${variable.text}) serve cannot resolve, so the http events are served as written, without the plugin's responses; serve the .serverless output of serverless package instead`,
    );
    return { configured: service, compiledResources: {} };
  }
  const configured = structuredClone(service);
  const compiledResources: Plain = { [SERVERLESS_REST_API_ID]: { Type: 'AWS::ApiGateway::RestApi' } };
  configured.provider = {
    ...(isRecord(configured.provider) ? configured.provider : {}),
    compiledCloudFormationTemplate: { Resources: compiledResources },
  };
  const plugin = new LambdaErrorMapPlugin({ service: configured as ServerlessLike['service'], serviceDir });
  await plugin.configureHttpEvents();
  await plugin.addGatewayResponses();
  return { configured, compiledResources };
}

function servedFunctions(
  functions: Functions,
  provider: Plain,
  serviceDir: string,
  warnings: string[],
): Map<string, ServedFunction> {
  const served = new Map<string, ServedFunction>();
  for (const [name, config] of Object.entries(functions)) {
    const handler = config?.handler;
    if (typeof handler !== 'string') continue;
    const dot = handler.lastIndexOf('.');
    if (dot <= 0) {
      throw new TemplateError(
        `functions.${name}.handler ${JSON.stringify(handler)} is not <path>.<export> (e.g. src/orders.handler)`,
      );
    }
    const environment = functionEnvironment(name, provider.environment, config?.environment);
    warnings.push(...environment.warnings);
    served.set(name, {
      logicalId: name,
      modulePath: resolve(serviceDir, handler.slice(0, dot)),
      exportName: handler.slice(dot + 1),
      timeoutSeconds:
        positiveNumber(config?.timeout) ??
        positiveNumber(provider.timeout) ??
        SERVERLESS_DEFAULT_TIMEOUT_SECONDS,
      memoryLimitInMB:
        positiveNumber(config?.memorySize) ??
        positiveNumber(provider.memorySize) ??
        SERVERLESS_DEFAULT_MEMORY_MB,
      environment: environment.variables,
    });
  }
  return served;
}
