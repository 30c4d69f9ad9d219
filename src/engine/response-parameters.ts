import {
  INTEGRATION_RESPONSE_BODY,
  METHOD_RESPONSE_HEADER,
  methodResponseHeaderName,
} from '../contract/parameters.js';
import type { MethodResponseModel } from '../generate/model.js';
import { evaluateJsonPath } from './json-path.js';

/**
 * Resolves an integration response's `ResponseParameters` into response headers. Supported sources: static
 * literals (`'text'`), `integration.response.body` and `integration.response.body.<path>` (a JSON string met on
 * the way, such as a pure-JSON errorMessage, is parsed as API Gateway does). Headers of the Lambda invoke
 * response (`integration.response.header.*`) and other sources are refused: they are not emulated.
 */
export function resolveResponseParameters(
  parameters: Readonly<Record<string, string>>,
  methodResponse: MethodResponseModel,
  body: string,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [target, source] of Object.entries(parameters)) {
    const name = methodResponseHeaderName(target);
    if (name === undefined) {
      throw new Error(
        `response parameter ${JSON.stringify(target)} must be named ${METHOD_RESPONSE_HEADER}<Name>`,
      );
    }
    if (!Object.hasOwn(methodResponse.responseParameters, target)) {
      throw new Error(
        `response parameter ${target} is not declared by the method response for status ${methodResponse.statusCode}; ` +
          'API Gateway refuses this mapping at deployment: declare it in the method response',
      );
    }
    const value = resolveSource(source, body);
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}

function resolveSource(source: string, body: string): string | undefined {
  if (source.length >= 2 && source.startsWith("'") && source.endsWith("'")) return source.slice(1, -1);
  if (source === INTEGRATION_RESPONSE_BODY) return body;
  if (source.startsWith(`${INTEGRATION_RESPONSE_BODY}.`))
    return bodyField(body, source.slice(INTEGRATION_RESPONSE_BODY.length + 1));
  throw new Error(
    `response parameter source ${JSON.stringify(source)} is not emulated: use a 'literal', ` +
      'integration.response.body or integration.response.body.<field>, or set the header with ' +
      '$context.responseOverride.header.<Name> in the template',
  );
}

function bodyField(body: string, dottedPath: string): string | undefined {
  let current: unknown = parseJsonOrUndefined(body);
  for (const key of dottedPath.split('.')) {
    if (typeof current === 'string') current = parseJsonOrUndefined(current);
    current = evaluateJsonPath(current, `$['${key}']`);
    if (current === undefined) return undefined;
  }
  if (current === null) return undefined;
  return typeof current === 'string' ? current : JSON.stringify(current);
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
