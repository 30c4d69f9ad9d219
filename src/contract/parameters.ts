/** Names of API Gateway's response parameters (mapping targets and sources) the generated responses use. */
import { PROBLEM_CONTENT_TYPE } from './wire.js';

/** Target prefix of a method response header: `method.response.header.Retry-After`. */
export const METHOD_RESPONSE_HEADER = 'method.response.header.';

/** Target prefix of a Gateway Response header: `gatewayresponse.header.Access-Control-Allow-Origin`. */
export const GATEWAY_RESPONSE_HEADER = 'gatewayresponse.header.';

/** Source of an integration response parameter: the Lambda result (`integration.response.body.<field>`). */
export const INTEGRATION_RESPONSE_BODY = 'integration.response.body';

/** `Content-Type` → `method.response.header.Content-Type`. */
export function methodResponseHeader(name: string): string {
  return `${METHOD_RESPONSE_HEADER}${name}`;
}

/** `method.response.header.Content-Type` → `Content-Type`; undefined for any other kind of parameter. */
export function methodResponseHeaderName(parameter: string): string | undefined {
  return parameter.startsWith(METHOD_RESPONSE_HEADER)
    ? parameter.slice(METHOD_RESPONSE_HEADER.length)
    : undefined;
}

/** `Content-Type` → `gatewayresponse.header.Content-Type`. */
export function gatewayResponseHeader(name: string): string {
  return `${GATEWAY_RESPONSE_HEADER}${name}`;
}

/** `gatewayresponse.header.Content-Type` → `Content-Type`; undefined for any other kind of parameter. */
export function gatewayResponseHeaderName(parameter: string): string | undefined {
  return parameter.startsWith(GATEWAY_RESPONSE_HEADER)
    ? parameter.slice(GATEWAY_RESPONSE_HEADER.length)
    : undefined;
}

/** A static response parameter value: the text in single quotes (`'application/problem+json'`). */
export function staticValue(text: string): string {
  return `'${text}'`;
}

/** Whether response parameters set `Content-Type` to problem+json statically (how earlier versions wrote errors). */
export function mapsProblemContentType(parameters: Readonly<Record<string, string>>): boolean {
  return parameters[methodResponseHeader('Content-Type')] === staticValue(PROBLEM_CONTENT_TYPE);
}
