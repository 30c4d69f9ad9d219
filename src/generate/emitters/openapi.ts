import { STATUS_TITLES } from '../../catalog/status-titles.js';
import type { GatewayResponseModel, IntegrationResponsesModel } from '../model.js';
import { methodResponseHeaderName } from './header-name.js';

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
    const key = response.selectionPattern ?? 'default';
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

/** The operation's `responses`: one per status, declaring the headers the integration responses map. */
export function operationResponses(model: IntegrationResponsesModel): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const response of model.methodResponses) {
    const headers: Record<string, unknown> = {};
    for (const [parameter, required] of Object.entries(response.responseParameters)) {
      const header = methodResponseHeaderName(parameter);
      if (header !== undefined) headers[header] = { required, schema: { type: 'string' } };
    }
    responses[response.statusCode] = {
      description: describeStatus(response.statusCode),
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    };
  }
  return responses;
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
 * integration responses use. `responses` of the integration are keyed by selection pattern, `default`
 * for the response without one. The model's Gateway Responses go in `x-amazon-apigateway-gateway-responses`.
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
    ...(model.gatewayResponses && model.gatewayResponses.length > 0
      ? { 'x-amazon-apigateway-gateway-responses': openApiGatewayResponses(model.gatewayResponses) }
      : {}),
  };
}

export function emitOpenApi(model: IntegrationResponsesModel, options?: OpenApiOptions): string {
  return JSON.stringify(openApiDocument(model, options), null, 2) + '\n';
}
