import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { statusTitle } from '../catalog/status-titles.js';
import { gatewayResponseHeader } from '../contract/parameters.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import { describeValue } from '../options/describe-value.js';
import { CORS_ORIGINS_SCHEMA, type CorsOrigins, checkedCorsOrigins, checkedHeaderNames } from './cors.js';
import type { GatewayResponseModel } from './model.js';

/**
 * API Gateway's own response types (REST APIs) and the status it sends for each. `DEFAULT_4XX` and
 * `DEFAULT_5XX` have none: they are the fallbacks of every type without a response of its own, and setting a
 * status on them would give every 4xx (5xx) type that one status.
 */
export const GATEWAY_RESPONSE_TYPES = {
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  ACCESS_DENIED: 403,
  API_CONFIGURATION_ERROR: 500,
  AUTHORIZER_CONFIGURATION_ERROR: 500,
  AUTHORIZER_FAILURE: 500,
  BAD_REQUEST_PARAMETERS: 400,
  BAD_REQUEST_BODY: 400,
  EXPIRED_TOKEN: 403,
  INTEGRATION_FAILURE: 504,
  INTEGRATION_TIMEOUT: 504,
  INVALID_API_KEY: 403,
  INVALID_SIGNATURE: 403,
  MISSING_AUTHENTICATION_TOKEN: 403,
  QUOTA_EXCEEDED: 429,
  REQUEST_TOO_LARGE: 413,
  RESOURCE_NOT_FOUND: 404,
  THROTTLED: 429,
  UNAUTHORIZED: 401,
  UNSUPPORTED_MEDIA_TYPE: 415,
  WAF_FILTERED: 403,
} as const satisfies Record<string, number | undefined>;

export type GatewayResponseType = keyof typeof GATEWAY_RESPONSE_TYPES;

export interface GatewayResponsesOptions {
  /**
   * Static `Access-Control-Allow-Origin` on every gateway response: one origin, or `*`. With a list of several
   * origins no gateway response carries CORS headers: a Gateway Response can only send a static value or echo
   * the request's Origin unchecked (see docs/gateway-responses.md).
   */
  corsOrigin?: CorsOrigins;
  /** `Access-Control-Allow-Headers` (needs corsOrigin), e.g. `["Content-Type", "Authorization"]`. */
  corsAllowHeaders?: readonly string[];
  /** Sends `Access-Control-Allow-Credentials: true` (needs a corsOrigin other than `*`). */
  corsAllowCredentials?: boolean;
  /** Retry-After (and `retryAfter`) of THROTTLED, in seconds. Default 1; `false` sends none. */
  throttledRetryAfterSeconds?: number | false;
  /** Retry-After of QUOTA_EXCEEDED, in seconds. Default none: a quota resets per period, not in seconds. */
  quotaExceededRetryAfterSeconds?: number;
}

export const DEFAULT_THROTTLED_RETRY_AFTER_SECONDS = 1;

/** The extension member naming the response type, so a client or a log can tell API Gateway's refusals apart. */
export const GATEWAY_RESPONSE_TYPE_MEMBER = 'gatewayResponseType';

/** The JSON schema of each option, the one list of them (the Serverless plugin's config schema is built from it). */
export const GATEWAY_RESPONSES_OPTION_SCHEMA = {
  corsOrigin: CORS_ORIGINS_SCHEMA,
  corsAllowHeaders: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
  corsAllowCredentials: { type: 'boolean' },
  throttledRetryAfterSeconds: { anyOf: [{ type: 'integer' }, { const: false }] },
  quotaExceededRetryAfterSeconds: { type: 'integer' },
} as const satisfies Record<keyof GatewayResponsesOptions, object>;
const OPTION_NAMES = new Set<string>(Object.keys(GATEWAY_RESPONSES_OPTION_SCHEMA));

/**
 * The Gateway Responses of a REST API for a catalog: one per response type, each keeping API Gateway's status
 * for its type, with an RFC 9457 body whose `type` and `title` are the catalog's for that status (the same a
 * client gets when the Lambda refuses with that status), `detail` API Gateway's own message and `requestId`.
 */
export function gatewayResponses(
  catalog: ErrorCatalog = defaultCatalog,
  options: GatewayResponsesOptions = {},
): GatewayResponseModel[] {
  const headers = commonHeaders(options);
  const throttled = retryAfter('throttledRetryAfterSeconds', options.throttledRetryAfterSeconds, 1);
  const quota = retryAfter('quotaExceededRetryAfterSeconds', options.quotaExceededRetryAfterSeconds);
  return (Object.keys(GATEWAY_RESPONSE_TYPES) as GatewayResponseType[]).map((type) => {
    const seconds = type === 'THROTTLED' ? throttled : type === 'QUOTA_EXCEEDED' ? quota : undefined;
    return gatewayResponse(catalog, type, headers, seconds);
  });
}

function gatewayResponse(
  catalog: ErrorCatalog,
  type: GatewayResponseType,
  headers: Readonly<Record<string, string>>,
  retryAfterSeconds: number | undefined,
): GatewayResponseModel {
  const status: number | undefined = GATEWAY_RESPONSE_TYPES[type];
  const template = problemTemplate(catalog, type, status, retryAfterSeconds);
  return {
    responseType: type,
    statusCode: status === undefined ? undefined : String(status),
    responseParameters: {
      ...headers,
      ...(retryAfterSeconds === undefined
        ? {}
        : { [gatewayResponseHeader('Retry-After')]: `'${retryAfterSeconds}'` }),
    },
    // Keyed like the integration responses: API Gateway picks a template by the request's Accept header.
    responseTemplates: { 'application/json': template, [PROBLEM_CONTENT_TYPE]: template },
  };
}

/**
 * The body. Gateway response templates get simple variable substitution only (no VTL directives), so every
 * dynamic member is one `$context` reference: `messageString` is already a JSON string literal (or `null`),
 * the request id and the response type are plain text. A DEFAULT_4XX/5XX body leaves `status` out: API
 * Gateway gives the template no status variable, and RFC 9110 reads an unknown 4xx as 400, so `type` and
 * `title` are those of the catalog's 400 (500).
 */
function problemTemplate(
  catalog: ErrorCatalog,
  type: GatewayResponseType,
  status: number | undefined,
  retryAfterSeconds: number | undefined,
): string {
  const kindStatus = status ?? (type === 'DEFAULT_4XX' ? 400 : 500);
  const kind = catalog.kindForStatus(kindStatus);
  const fixed: Record<string, unknown> = {
    type: kind?.type ?? 'about:blank',
    title: kind?.title ?? statusTitle(kindStatus),
    ...(status === undefined ? {} : { status }),
  };
  const members = [
    templateSafeJson(fixed).slice(1, -1),
    '"detail":$context.error.messageString',
    '"requestId":"$context.requestId"',
    `${JSON.stringify(GATEWAY_RESPONSE_TYPE_MEMBER)}:"$context.error.responseType"`,
    ...(retryAfterSeconds === undefined ? [] : [`"retryAfter":${retryAfterSeconds}`]),
  ];
  return `{${members.join(',')}}`;
}

/**
 * JSON whose `$` and `#` are written as `\u0024` and `\u0023`: the same value once parsed, and nothing a
 * template engine would substitute (a catalog title may contain `$context.x`).
 */
function templateSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('$', '\\u0024').replaceAll('#', '\\u0023');
}

function commonHeaders(options: GatewayResponsesOptions): Record<string, string> {
  assertKnownOptions(options);
  const headers: Record<string, string> = {
    [gatewayResponseHeader('Content-Type')]: `'${PROBLEM_CONTENT_TYPE}'`,
  };
  const { corsOrigin, corsAllowHeaders, corsAllowCredentials } = options;
  if (corsOrigin === undefined) {
    if (corsAllowHeaders !== undefined || corsAllowCredentials !== undefined) {
      throw new TypeError(
        'gatewayResponses: corsAllowHeaders and corsAllowCredentials need corsOrigin; set corsOrigin too',
      );
    }
    return headers;
  }
  const origins = checkedCorsOrigins('gatewayResponses', corsOrigin);
  if (origins.length > 1) {
    if (corsAllowHeaders !== undefined || corsAllowCredentials !== undefined) {
      throw new TypeError(
        'gatewayResponses: corsAllowHeaders and corsAllowCredentials need a single corsOrigin; with several origins the Gateway Responses send no CORS headers (they cannot tell the listed origins from others)',
      );
    }
    return headers;
  }
  const [origin] = origins as [string];
  headers[gatewayResponseHeader('Access-Control-Allow-Origin')] = `'${origin}'`;
  if (corsAllowHeaders !== undefined) {
    const names = checkedHeaderNames('gatewayResponses', 'corsAllowHeaders', corsAllowHeaders);
    headers[gatewayResponseHeader('Access-Control-Allow-Headers')] = `'${names.join(',')}'`;
  }
  if (corsAllowCredentials !== undefined && typeof corsAllowCredentials !== 'boolean') {
    throw new TypeError(
      `gatewayResponses: corsAllowCredentials must be a boolean, got ${describeValue(corsAllowCredentials)}`,
    );
  }
  if (corsAllowCredentials === true) {
    if (origin === '*') {
      throw new TypeError(
        'gatewayResponses: corsAllowCredentials needs a corsOrigin other than "*"; browsers refuse credentials with a wildcard origin',
      );
    }
    headers[gatewayResponseHeader('Access-Control-Allow-Credentials')] = "'true'";
  }
  return headers;
}

function assertKnownOptions(options: object): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`gatewayResponses: options must be an object, got ${describeValue(options)}`);
  }
  for (const name of Object.keys(options)) {
    if (!OPTION_NAMES.has(name)) {
      throw new TypeError(
        `gatewayResponses: unknown option "${name}"; the options are ${[...OPTION_NAMES].join(', ')}`,
      );
    }
  }
}

function retryAfter(name: string, value: number | false | undefined, fallback?: number): number | undefined {
  if (value === false) return undefined;
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0 || value > 86_400) {
    throw new TypeError(
      `gatewayResponses: ${name} must be a whole number of seconds from 0 to 86400${fallback === undefined ? '' : ', or false for none'}, got ${describeValue(value)}`,
    );
  }
  return value;
}
