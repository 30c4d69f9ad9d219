import { methodResponseHeaderName } from '../../contract/parameters.js';
import { writtenSelectionPattern } from '../../contract/selection.js';
import type { IntegrationResponseModel, IntegrationResponsesModel } from '../model.js';
import { cloudFormationGatewayResponses } from './cloudformation.js';
import { GENERATED_NOTICE } from './generated-notice.js';
import { toYamlText } from './yaml-text.js';

/** One entry of `response.statusCodes` in a Serverless Framework v3 `http` event with `integration: lambda`. */
export interface ServerlessStatusCode {
  /** Selection pattern; `''` marks the default response (Serverless writes `SelectionPattern: ''`). */
  readonly pattern: string;
  /** Content type → response mapping template. */
  readonly template?: Readonly<Record<string, string>>;
  /** Header name → integration response value (`"'application/problem+json'"` is a static value). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ServerlessResponse {
  readonly statusCodes: Readonly<Record<string, ServerlessStatusCode>>;
}

function headersOf(response: IntegrationResponseModel): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [parameter, value] of Object.entries(response.responseParameters)) {
    const header = methodResponseHeaderName(parameter);
    if (header === undefined) {
      throw new TypeError(
        `serverless emitter: response parameter ${JSON.stringify(parameter)} is not a method response header; Serverless only maps headers`,
      );
    }
    headers[header] = value;
  }
  return headers;
}

function statusCodeEntry(response: IntegrationResponseModel): ServerlessStatusCode {
  const headers = headersOf(response);
  return {
    pattern: writtenSelectionPattern(response.selectionPattern),
    ...(Object.keys(response.responseTemplates).length > 0
      ? { template: { ...response.responseTemplates } }
      : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };
}

/**
 * The `response` block of a Serverless Framework v3 `http` event with `integration: lambda`.
 *
 * Serverless declares a method response for every status code, with each header of `headers` as a
 * required method response header; headers a template sets through `$context.responseOverride.header`
 * need no declaration.
 */
export function serverlessResponse(model: IntegrationResponsesModel): ServerlessResponse {
  const statusCodes: Record<string, ServerlessStatusCode> = {};
  for (const response of model.integrationResponses) {
    if (statusCodes[response.statusCode] !== undefined) {
      throw new TypeError(
        `serverless emitter: two integration responses for status ${response.statusCode}; Serverless keys them by status`,
      );
    }
    statusCodes[response.statusCode] = statusCodeEntry(response);
  }
  return { statusCodes };
}

/** The REST API the Serverless Framework creates for `http` events. */
const SERVERLESS_REST_API = { Ref: 'ApiGatewayRestApi' };

/**
 * `serverlessResponse` as YAML, to paste under `functions.<name>.events[].http` next to `integration: lambda`;
 * and, when the model has Gateway Responses, a `resources` block for serverless.yml's top level.
 */
export function emitServerless(model: IntegrationResponsesModel): string {
  const gateway = model.gatewayResponses ?? [];
  const where =
    'Paste under an http event of a function: http: { path: ..., method: ..., integration: lambda, response: ... }';
  return toYamlText(
    {
      response: serverlessResponse(model),
      ...(gateway.length > 0
        ? { resources: { Resources: cloudFormationGatewayResponses(gateway, SERVERLESS_REST_API) } }
        : {}),
    },
    {
      format: 'serverless',
      cloudFormationShortTags: true,
      comment: `${GENERATED_NOTICE}\n${where}${gateway.length > 0 ? '\nMerge resources: into the top-level resources of serverless.yml: the Gateway Responses of its REST API.' : ''}`,
    },
  );
}
