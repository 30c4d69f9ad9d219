/**
 * Example problem bodies, for documentation (the OpenAPI output): what a client receives at each status, built by
 * the same rules as the bodies themselves.
 */
import type { ErrorKind } from '../catalog/catalog-types.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import { AWS_GATEWAY_MESSAGES } from './gateway-messages.js';
import { gatewayTemplateContext, substitute } from './gateway-template.js';
import type { GatewayResponseModel, ProblemExampleModel } from './model.js';
import { fixedProblem } from './templates.js';

/** The request id the examples show (the format of API Gateway's and Lambda's request ids). */
export const EXAMPLE_REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef';

const PREFIX = 'Problem.';

/**
 * The body of a catalog kind as both middlewares write it for `catalog.error(kind)` with no detail of its own (the
 * detail then repeats the title, as it always does for a hidden 5xx detail).
 */
export function kindProblemExample(kind: ErrorKind): ProblemExampleModel {
  return {
    name: `${PREFIX}${kind.kind}`,
    statusCode: String(kind.status),
    summary: `${kind.kind}: thrown by the function (catalog kind)`,
    value: {
      type: kind.type,
      title: kind.title,
      status: kind.status,
      detail: kind.title,
      requestId: EXAMPLE_REQUEST_ID,
      ...(kind.retryAfterSeconds === undefined ? {} : { retryAfter: kind.retryAfterSeconds }),
    },
  };
}

/** The fixed body of an untagged error (a timeout, or a crash and every other untagged error): nothing it said. */
export function fixedProblemExample(status: number, detail: string, timeout: boolean): ProblemExampleModel {
  return {
    name: `${PREFIX}${timeout ? 'timeout' : 'catch-all'}`,
    statusCode: String(status),
    summary: timeout
      ? 'The function timed out'
      : 'The function crashed or threw an error the catalog does not tag (nothing of it is shown)',
    value: { ...fixedProblem(status, detail), requestId: EXAMPLE_REQUEST_ID },
  };
}

/**
 * The body of each Gateway Response with a status of its own, rendered from its template as API Gateway does,
 * with API Gateway's own message for the type. A template that does not render to a JSON object gives no example.
 */
export function gatewayProblemExamples(responses: readonly GatewayResponseModel[]): ProblemExampleModel[] {
  return responses.flatMap((response) => {
    const template =
      response.responseTemplates[PROBLEM_CONTENT_TYPE] ?? response.responseTemplates['application/json'];
    if (response.statusCode === undefined || template === undefined) return [];
    const type = response.responseType;
    const value = renderedObject(
      template,
      gatewayTemplateContext(EXAMPLE_REQUEST_ID, type, AWS_GATEWAY_MESSAGES[type]),
    );
    if (value === undefined) return [];
    return [
      {
        name: `${PREFIX}gateway-${type}`,
        statusCode: response.statusCode,
        summary: `API Gateway refused the request itself (${type})`,
        value,
      },
    ];
  });
}

function renderedObject(
  template: string,
  context: Record<string, unknown>,
): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(substitute(template, context));
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a `components.examples` name is one the generator writes (and may replace). */
export function isProblemExampleName(name: string): boolean {
  return name.startsWith(PREFIX);
}
