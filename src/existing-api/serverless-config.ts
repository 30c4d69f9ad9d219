/**
 * serverless.yml (Serverless Framework v3) read into the existing-API model: every synchronous
 * `integration: lambda` http event, with the integration responses the framework compiles from its `response`
 * — including the framework's default `statusCodes` when none are given, which is what most non-proxy services
 * in the wild run.
 */
import { methodResponseHeader, staticValue } from '../contract/parameters.js';
import { modelSelectionPattern } from '../contract/selection.js';
import type { IntegrationResponseModel, MethodResponseModel } from '../generate/model.js';
import type { ExistingApi, ExistingMethod } from './existing-method.js';
import { asynchronousReason, type SkippedMethod } from './read-responses.js';
import {
  asynchronousLambdaHttpEvents,
  type FunctionConfig,
  type HttpEventConfig,
  lambdaHttpEvents,
  originOf,
  type StatusCodeConfig,
} from './serverless-events.js';

/**
 * Serverless Framework v3's `DEFAULT_STATUS_CODES` (serverless 3.40.0,
 * lib/plugins/aws/package/compile/events/api-gateway/lib/validate.js), used when an `integration: lambda`
 * event has no `response`, or a `response` without `statusCodes`. A test compiles a service with the real
 * framework and compares.
 */
export const SERVERLESS_V3_DEFAULT_STATUS_CODES: Readonly<Record<string, { readonly pattern: string }>> = {
  200: { pattern: '' },
  400: { pattern: '[\\s\\S]*\\[400\\][\\s\\S]*' },
  401: { pattern: '[\\s\\S]*\\[401\\][\\s\\S]*' },
  403: { pattern: '[\\s\\S]*\\[403\\][\\s\\S]*' },
  404: { pattern: '[\\s\\S]*\\[404\\][\\s\\S]*' },
  422: { pattern: '[\\s\\S]*\\[422\\][\\s\\S]*' },
  500: { pattern: '[\\s\\S]*(Process\\s?exited\\s?before\\s?completing\\s?request|\\[500\\])[\\s\\S]*' },
  502: { pattern: '[\\s\\S]*\\[502\\][\\s\\S]*' },
  504: { pattern: '([\\s\\S]*\\[504\\][\\s\\S]*)|(.*Task timed out after \\d+\\.\\d+ seconds$)' },
};

/** The content type under which the framework files a string template. */
const JSON_CONTENT_TYPE = 'application/json';

/**
 * The non-proxy Lambda methods of a parsed serverless.yml, as the framework would compile them, and the
 * `async: true` events it leaves alone (with why); `lines` gives a method's line by its `where`
 * (serverlessEventLines). Throws with a message naming the event when a value is not what the framework accepts.
 */
export function readServerlessApi(
  service: { functions?: unknown },
  lines: ReadonlyMap<string, number> = new Map(),
): ExistingApi {
  const functions = service.functions as Record<string, FunctionConfig | null | undefined> | null | undefined;
  const methods = lambdaHttpEvents(functions).map((event): ExistingMethod => {
    const { http } = event;
    const statusCodes = compiledStatusCodes(http);
    for (const [status, config] of Object.entries(statusCodes)) checkStatusCode(event.route, status, config);
    const headers = responseHeaders(http);
    const integrationResponses = Object.entries(statusCodes).map(([status, config]) =>
      statusCodeModel(status, config, headers, http.response?.template),
    );
    const where = originOf(event);
    const line = lines.get(where);
    return {
      where,
      httpMethod: event.route.slice(0, event.route.indexOf(' ')),
      path: event.route.slice(event.route.indexOf(' ') + 1),
      proxy: false,
      responses: { integrationResponses, methodResponses: integrationResponses.map(methodResponse) },
      ...(line === undefined ? {} : { line }),
    };
  });
  return { methods, skipped: skippedEvents(functions) };
}

/** The `async: true` events: the plugin leaves them alone, and lint names them. */
function skippedEvents(functions: Parameters<typeof lambdaHttpEvents>[0]): SkippedMethod[] {
  return asynchronousLambdaHttpEvents(functions).map((event) => ({
    where: originOf(event),
    reason: asynchronousReason('async: true'),
  }));
}

/** validate.js getResponse(): the user's statusCodes plus a 200 default when none has pattern '', else the defaults. */
function compiledStatusCodes(http: HttpEventConfig): Record<string, StatusCodeConfig> {
  const response = http.response;
  if (
    response === undefined ||
    response === null ||
    Object.keys(response).length === 0 ||
    !response.statusCodes
  ) {
    return { ...SERVERLESS_V3_DEFAULT_STATUS_CODES };
  }
  const statusCodes = { ...response.statusCodes };
  if (!Object.values(statusCodes).some((config) => config?.pattern === '')) {
    statusCodes['200'] = { ...SERVERLESS_V3_DEFAULT_STATUS_CODES['200'] };
  }
  return statusCodes;
}

function checkStatusCode(route: string, status: string, config: unknown): void {
  if (!/^[1-5]\d\d$/.test(status)) {
    throw new Error(
      `${route}: response.statusCodes key ${JSON.stringify(status)} is not an HTTP status such as 404`,
    );
  }
  if (typeof config !== 'object' || config === null) {
    throw new Error(`${route}: response.statusCodes.${status} must be an object such as { pattern: '...' }`);
  }
  const { pattern } = config as StatusCodeConfig;
  if (pattern !== undefined && typeof pattern !== 'string') {
    throw new Error(`${route}: response.statusCodes.${status}.pattern must be a string`);
  }
  if (typeof pattern === 'string' && pattern.includes('${')) {
    throw new Error(
      `${route}: response.statusCodes.${status}.pattern uses a Serverless variable (${pattern}); run serverless package and lint .serverless/cloudformation-template-update-stack.json instead`,
    );
  }
}

/** Response-wide headers and CORS origin, as integration.js getIntegrationResponses() adds them to every status. */
function responseHeaders(http: HttpEventConfig): Record<string, string> {
  const headers: Record<string, string> = {};
  const cors = http.cors as boolean | { origin?: string; origins?: string[] } | undefined;
  if (cors === true) headers['Access-Control-Allow-Origin'] = "'*'";
  else if (typeof cors === 'object' && cors !== null) {
    const origin = cors.origins?.length ? cors.origins.join(',') : (cors.origin ?? '*');
    headers['Access-Control-Allow-Origin'] = staticValue(origin);
  }
  return { ...headers, ...(http.response?.headers ?? {}) };
}

/**
 * One `response.statusCodes` entry as the integration response the framework compiles from it: `headers` and
 * `responseTemplate` are the event's response-wide ones, below the entry's own.
 */
export function statusCodeModel(
  status: string,
  config: StatusCodeConfig,
  headers: Readonly<Record<string, string>> = {},
  responseTemplate?: unknown,
): IntegrationResponseModel {
  const templates: Record<string, string> = {};
  if (typeof responseTemplate === 'string') templates[JSON_CONTENT_TYPE] = responseTemplate;
  if (typeof config.template === 'string') templates[JSON_CONTENT_TYPE] = config.template;
  else if (config.template) Object.assign(templates, config.template);
  const parameters = { ...headers, ...(config.headers ?? {}) };
  return {
    statusCode: status,
    // integration.js: `SelectionPattern: config.pattern || ''`; an empty pattern is the default response.
    selectionPattern: modelSelectionPattern(config.pattern),
    responseTemplates: templates,
    responseParameters: Object.fromEntries(
      Object.entries(parameters).map(([name, value]) => [methodResponseHeader(name), value]),
    ),
  };
}

function methodResponse(response: IntegrationResponseModel): MethodResponseModel {
  return {
    statusCode: response.statusCode,
    responseParameters: Object.fromEntries(
      Object.keys(response.responseParameters).map((name) => [name, true]),
    ),
  };
}
