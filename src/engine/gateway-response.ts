import { GATEWAY_RESPONSE_HEADER } from '../contract/parameters.js';
import { AWS_GATEWAY_MESSAGES } from '../generate/gateway-messages.js';
import { GATEWAY_RESPONSE_TYPES, type GatewayResponseType } from '../generate/gateway-responses.js';
import { gatewayTemplateContext, substitute } from '../generate/gateway-template.js';
import type { GatewayResponseModel } from '../generate/model.js';
import { describeValue } from '../util/describe-value.js';
import { type EmulatedResponse, setHeader } from './internal-server-error.js';
import { chooseContentType } from './respond-to-model.js';

export interface GatewayRequest {
  /** The response type API Gateway raised: `THROTTLED`, `MISSING_AUTHENTICATION_TOKEN`, ... */
  readonly responseType: string;
  /** `$context.requestId`. */
  readonly requestId: string;
  /** API Gateway's message (`$context.error.message`). Default: the one it sends for this type (AWS_GATEWAY_MESSAGES). */
  readonly message?: string | null;
  /** The request's headers (for `method.request.header.X` mappings and Accept). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly queryStringParameters?: Readonly<Record<string, string>>;
  readonly pathParameters?: Readonly<Record<string, string>>;
  /** The status API Gateway chose, needed only for DEFAULT_4XX and DEFAULT_5XX themselves. */
  readonly status?: number;
}

/**
 * What a REST API client receives when API Gateway refuses a request itself with `responseType`, given the API's
 * Gateway Responses: the type's own response, else DEFAULT_4XX/DEFAULT_5XX, else API Gateway's built-in
 * `{"message": ...}`. The template is rendered by simple `$context` substitution, as API Gateway does (no VTL).
 */
export function respondGateway(
  responses: readonly GatewayResponseModel[],
  request: GatewayRequest,
): EmulatedResponse {
  const ownStatus = statusOf(request);
  const fallbackType = ownStatus >= 500 ? 'DEFAULT_5XX' : 'DEFAULT_4XX';
  const response =
    responses.find((candidate) => candidate.responseType === request.responseType) ??
    responses.find((candidate) => candidate.responseType === fallbackType);
  const message =
    request.message === undefined ? AWS_GATEWAY_MESSAGES[request.responseType] : request.message;
  if (response === undefined) {
    return {
      statusCode: ownStatus,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: message ?? null }),
    };
  }
  const headers = lowerCaseKeys(request.headers);
  const contentType = chooseContentType(response, headers.accept) ?? 'application/json';
  const template = response.responseTemplates[contentType];
  const responseHeaders: Record<string, string> = { 'Content-Type': contentType };
  for (const [target, source] of Object.entries(response.responseParameters)) {
    const value = headerValue(target, source, request, headers);
    if (value !== undefined) setHeader(responseHeaders, target.slice(GATEWAY_RESPONSE_HEADER.length), value);
  }
  const context = gatewayTemplateContext(request.requestId, request.responseType, message);
  return {
    statusCode: response.statusCode === undefined ? ownStatus : Number(response.statusCode),
    headers: responseHeaders,
    body:
      template === undefined ? JSON.stringify({ message: message ?? null }) : substitute(template, context),
  };
}

function statusOf(request: GatewayRequest): number {
  if (!Object.hasOwn(GATEWAY_RESPONSE_TYPES, request.responseType)) {
    throw new TypeError(
      `respondGateway: unknown response type ${JSON.stringify(request.responseType)}; the types are ${Object.keys(GATEWAY_RESPONSE_TYPES).join(', ')}`,
    );
  }
  const own: number | undefined = GATEWAY_RESPONSE_TYPES[request.responseType as GatewayResponseType];
  if (own !== undefined) return own;
  const low = request.responseType === 'DEFAULT_4XX' ? 400 : 500;
  const status = request.status;
  if (status === undefined || !Number.isInteger(status) || status < low || status > low + 99) {
    throw new TypeError(
      `respondGateway: ${request.responseType} has no status of its own; pass the one API Gateway chose as status (${low} to ${low + 99}), got ${describeValue(status)}`,
    );
  }
  return status;
}

function lowerCaseKeys(record: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(record ?? {}).map(([name, value]) => [name.toLowerCase(), value]));
}

function headerValue(
  target: string,
  source: string,
  request: GatewayRequest,
  headers: Readonly<Record<string, string>>,
): string | undefined {
  if (!target.startsWith(GATEWAY_RESPONSE_HEADER)) {
    throw new TypeError(
      `respondGateway: response parameter ${JSON.stringify(target)} is not emulated; name headers ${GATEWAY_RESPONSE_HEADER}<Name>`,
    );
  }
  if (source.length >= 2 && source.startsWith("'") && source.endsWith("'")) return source.slice(1, -1);
  const [, where, name] = /^method\.request\.(header|querystring|path)\.(.+)$/.exec(source) ?? [];
  if (where === 'header') return headers[(name as string).toLowerCase()];
  if (where === 'querystring') return request.queryStringParameters?.[name as string];
  if (where === 'path') return request.pathParameters?.[name as string];
  throw new TypeError(
    `respondGateway: response parameter source ${JSON.stringify(source)} is not emulated; use a 'literal' or method.request.header|querystring|path.<name>`,
  );
}
