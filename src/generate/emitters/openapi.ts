import { STATUS_TITLES } from '../../catalog/status-titles.js';
import { gatewayResponseHeaderName, methodResponseHeaderName } from '../../contract/parameters.js';
import { openApiResponseKey } from '../../contract/selection.js';
import type {
  GatewayResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
  ProblemExampleModel,
} from '../model.js';
import {
  type OpenApiVersion,
  PROBLEM_SCHEMA_NAME,
  problemBody,
  problemExampleComponents,
  problemExamplesByStatus,
  problemSchema,
} from './openapi-problems.js';

export interface OpenApiOptions {
  /** Path of the operation. Default `/example`. */
  readonly path?: string;
  /** Lower-case HTTP method of the operation. Default `post`. */
  readonly method?: string;
  /** The function's invocation URI. Default: a placeholder that names what to put there. */
  readonly functionUri?: string;
  /** `info.title` of the document. */
  readonly title?: string;
}

/** Deliberately not a valid ARN, so an API imported without filling it in fails loudly. */
export const FUNCTION_URI_PLACEHOLDER =
  'arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations';

interface IntegrationResponseObject {
  statusCode: string;
  responseTemplates?: Record<string, string>;
  responseParameters?: Record<string, string>;
}

/** `x-amazon-apigateway-integration.responses`: keyed by selection pattern, `default` for the success. */
export function integrationResponsesByPattern(
  model: IntegrationResponsesModel,
): Record<string, IntegrationResponseObject> {
  const byPattern: Record<string, IntegrationResponseObject> = {};
  for (const response of model.integrationResponses) {
    const key = openApiResponseKey(response.selectionPattern);
    if (byPattern[key] !== undefined) {
      throw new TypeError(`openapi emitter: two integration responses keyed ${JSON.stringify(key)}`);
    }
    byPattern[key] = {
      statusCode: response.statusCode,
      ...(Object.keys(response.responseTemplates).length > 0
        ? { responseTemplates: { ...response.responseTemplates } }
        : {}),
      ...(Object.keys(response.responseParameters).length > 0
        ? { responseParameters: { ...response.responseParameters } }
        : {}),
    };
  }
  return byPattern;
}

function describeStatus(statusCode: string): string {
  if (statusCode === '200') return 'OK';
  return STATUS_TITLES[Number(statusCode)] ?? `Status ${statusCode}`;
}

/**
 * The operation's `responses`: one per method response, declaring the headers the integration responses map, and
 * one per status only the Gateway Responses send, declaring theirs. Every error response (4xx, 5xx) describes its
 * problem+json body with the shared `Problem` schema and the examples of its status.
 */
export function operationResponses(
  model: IntegrationResponsesModel,
  version: OpenApiVersion = '3.0',
): Record<string, Record<string, unknown>> {
  const examples = problemExamplesByStatus(model);
  const responses: Record<string, Record<string, unknown>> = {};
  for (const response of model.methodResponses) {
    const headers = methodResponseHeaders(response);
    responses[response.statusCode] = operationResponse(response.statusCode, headers, version, examples);
  }
  for (const status of statusesMissing(responses, examples)) {
    responses[status] = operationResponse(status, gatewayHeaders(model, status), version, examples);
  }
  return responses;
}

/** The statuses that have examples (those only the Gateway Responses send) and no response yet, ascending. */
export function statusesMissing(
  responses: Readonly<Record<string, unknown>>,
  examples: ReadonlyMap<string, unknown>,
): string[] {
  const missing = [...examples.keys()].filter((status) => !Object.hasOwn(responses, status));
  return missing.sort((a, b) => Number(a) - Number(b));
}

/** The headers a method response declares, by name, with whether each is required. */
export function methodResponseHeaders(response: MethodResponseModel): [string, boolean][] {
  return Object.entries(response.responseParameters).flatMap(([parameter, required]) => {
    const header = methodResponseHeaderName(parameter);
    return header === undefined ? [] : [[header, required] as [string, boolean]];
  });
}

/** One operation response: its description, its headers, and its problem+json body when it is an error. */
export function operationResponse(
  statusCode: string,
  headers: readonly (readonly [string, boolean])[],
  version: OpenApiVersion,
  examples: ReadonlyMap<string, readonly ProblemExampleModel[]>,
): Record<string, unknown> {
  const declared = Object.fromEntries(
    headers.map(([name, required]) => [
      name,
      version === '2.0' ? { type: 'string' } : { required, schema: { type: 'string' } },
    ]),
  );
  return {
    description: describeStatus(statusCode),
    ...(headers.length > 0 ? { headers: declared } : {}),
    ...(Number(statusCode) >= 400 ? problemBody(version, examples.get(statusCode) ?? []) : {}),
  };
}

/** The headers the Gateway Responses of a status send (none required: a client cannot count on them). */
export function gatewayHeaders(model: IntegrationResponsesModel, statusCode: string): [string, boolean][] {
  const names = new Set<string>();
  for (const response of model.gatewayResponses ?? []) {
    if (response.statusCode !== statusCode) continue;
    for (const parameter of Object.keys(response.responseParameters)) {
      const name = gatewayResponseHeaderName(parameter);
      if (name !== undefined) names.add(name);
    }
  }
  return [...names].map((name) => [name, false]);
}

/** `x-amazon-apigateway-gateway-responses`: each Gateway Response keyed by its response type. */
export function openApiGatewayResponses(
  responses: readonly GatewayResponseModel[],
): Record<string, Record<string, unknown>> {
  const byType: Record<string, Record<string, unknown>> = {};
  for (const response of responses) {
    byType[response.responseType] = {
      ...(response.statusCode !== undefined ? { statusCode: response.statusCode } : {}),
      ...(Object.keys(response.responseParameters).length > 0
        ? { responseParameters: { ...response.responseParameters } }
        : {}),
      ...(Object.keys(response.responseTemplates).length > 0
        ? { responseTemplates: { ...response.responseTemplates } }
        : {}),
    };
  }
  return byType;
}

/**
 * An OpenAPI 3.0 document with one operation whose `x-amazon-apigateway-integration` is a Lambda custom
 * integration (type aws, httpMethod POST) and whose `responses` declare every status and header the
 * integration responses use, each error response's problem+json body described by the shared `Problem` schema
 * and examples in `components`. `responses` of the integration are keyed by selection pattern, `default` for the
 * response without one. The model's Gateway Responses go in `x-amazon-apigateway-gateway-responses`, and their
 * statuses among the operation's responses.
 */
export function openApiDocument(
  model: IntegrationResponsesModel,
  options: OpenApiOptions = {},
): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: {
      title: options.title ?? 'Lambda custom integration (lambda-error-map)',
      version: '1.0.0',
    },
    paths: {
      [options.path ?? '/example']: {
        [options.method ?? 'post']: {
          responses: operationResponses(model),
          'x-amazon-apigateway-integration': {
            type: 'aws',
            httpMethod: 'POST',
            uri: options.functionUri ?? FUNCTION_URI_PLACEHOLDER,
            passthroughBehavior: 'when_no_match',
            responses: integrationResponsesByPattern(model),
          },
        },
      },
    },
    components: openApiComponents(model),
    ...(model.gatewayResponses && model.gatewayResponses.length > 0
      ? { 'x-amazon-apigateway-gateway-responses': openApiGatewayResponses(model.gatewayResponses) }
      : {}),
  };
}

/** The `Problem` schema and, when the model has any, the examples, which the operation's error responses refer to. */
export function openApiComponents(model: IntegrationResponsesModel): Record<string, unknown> {
  const examples = problemExampleComponents(problemExamplesByStatus(model));
  return {
    schemas: { [PROBLEM_SCHEMA_NAME]: problemSchema('3.0') },
    ...(Object.keys(examples).length > 0 ? { examples } : {}),
  };
}

export function emitOpenApi(model: IntegrationResponsesModel, options?: OpenApiOptions): string {
  return JSON.stringify(openApiDocument(model, options), null, 2) + '\n';
}
