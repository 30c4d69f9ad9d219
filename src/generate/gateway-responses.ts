import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { statusTitle } from '../catalog/status-titles.js';
import { gatewayResponseHeader, staticValue } from '../contract/parameters.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import {
  BOOLEAN_RULE,
  badValue,
  type CheckedOptions,
  checkOptions,
  type GivenOptions,
  isOptionsObject,
  namedIn,
  type OptionDeclarations,
  type OptionNamer,
  optionSchemas,
  refuseUndeclared,
  type ValueRule,
} from '../surface/declared-options.js';
import { OptionError } from '../surface/errors.js';
import { CORS_ORIGINS_RULE, checkedCorsOrigins, checkedHeaderNames, HEADER_NAMES_RULE } from './cors.js';
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

export const DEFAULT_THROTTLED_RETRY_AFTER_SECONDS = 1;

/** The extension member naming the response type, so a client or a log can tell API Gateway's refusals apart. */
export const GATEWAY_RESPONSE_TYPE_MEMBER = 'gatewayResponseType';

const MAX_RETRY_AFTER_SECONDS = 86_400;

/** A Retry-After in seconds, a day at most; with `orFalse`, `false` sends none. */
function retryAfterRule<OrFalse extends boolean>(
  orFalse: OrFalse,
): ValueRule<number | (OrFalse extends true ? false : never)> {
  const seconds = { type: 'integer', minimum: 0, maximum: MAX_RETRY_AFTER_SECONDS };
  const expected = `a whole number of seconds from 0 to ${MAX_RETRY_AFTER_SECONDS}${orFalse ? ', or false for none' : ''}`;
  return {
    schema: orFalse ? { anyOf: [seconds, { const: false }] } : seconds,
    placeholder: 'SECONDS',
    range: `0-${MAX_RETRY_AFTER_SECONDS}${orFalse ? ', or false' : ''}`,
    check: (value, name) => {
      if (
        (orFalse && value === false) ||
        (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RETRY_AFTER_SECONDS)
      ) {
        return value as number;
      }
      throw badValue(name, expected, value);
    },
  };
}

/** The Gateway Responses' options, each declared once (the Serverless plugin's `gatewayResponses` keys). */
export const GATEWAY_RESPONSES_OPTIONS = {
  /**
   * Static `Access-Control-Allow-Origin` on every gateway response: one origin, or `*`. With a list of several
   * origins no gateway response carries CORS headers: a Gateway Response can only send a static value or echo
   * the request's Origin unchecked (see docs/gateway-responses.md).
   */
  corsOrigin: {
    rule: CORS_ORIGINS_RULE,
    doc: 'Access-Control-Allow-Origin on every Gateway Response: one origin or *; several: no CORS header',
  },
  /** `Access-Control-Allow-Headers` (needs corsOrigin), e.g. `["Content-Type", "Authorization"]`. */
  corsAllowHeaders: {
    rule: HEADER_NAMES_RULE,
    doc: 'Access-Control-Allow-Headers (needs corsOrigin)',
  },
  /** Sends `Access-Control-Allow-Credentials: true` (needs a corsOrigin other than `*`). */
  corsAllowCredentials: {
    rule: BOOLEAN_RULE,
    doc: 'Sends Access-Control-Allow-Credentials: true (needs a corsOrigin other than *)',
    // Not a default value: given at all, it needs a corsOrigin.
    defaultDoc: 'false',
  },
  /** Retry-After (and `retryAfter`) of THROTTLED, in seconds. Default 1; `false` sends none. */
  throttledRetryAfterSeconds: {
    rule: retryAfterRule(true),
    doc: 'Retry-After (and retryAfter) of THROTTLED, in seconds; false sends none',
    default: DEFAULT_THROTTLED_RETRY_AFTER_SECONDS,
  },
  /** Retry-After of QUOTA_EXCEEDED, in seconds. Default none: a quota resets per period, not in seconds. */
  quotaExceededRetryAfterSeconds: {
    rule: retryAfterRule(false),
    doc: 'Retry-After of QUOTA_EXCEEDED, in seconds (a quota resets per period)',
  },
} as const satisfies OptionDeclarations;

export type GatewayResponsesOptions = GivenOptions<typeof GATEWAY_RESPONSES_OPTIONS>;

/** The JSON schema of each option (the Serverless plugin's config schema holds them). */
export const GATEWAY_RESPONSES_OPTION_SCHEMA = optionSchemas(GATEWAY_RESPONSES_OPTIONS);

const API_NAMES = namedIn('gatewayResponses');

/**
 * The Gateway Responses of a REST API for a catalog: one per response type, each keeping API Gateway's status
 * for its type, with an RFC 9457 body whose `type` and `title` are the catalog's for that status (the same a
 * client gets when the Lambda refuses with that status), `detail` API Gateway's own message and `requestId`.
 */
export function gatewayResponses(
  catalog: ErrorCatalog = defaultCatalog,
  options: GatewayResponsesOptions = {},
): GatewayResponseModel[] {
  if (!isOptionsObject(options)) {
    throw badValue('gatewayResponses: options', 'an object', options);
  }
  refuseUndeclared(GATEWAY_RESPONSES_OPTIONS, options, 'gatewayResponses: options');
  return gatewayResponsesNamed(catalog, options, API_NAMES);
}

/** `gatewayResponses`, its messages naming each option as `nameOf` does (a plugin key). */
export function gatewayResponsesNamed(
  catalog: ErrorCatalog,
  options: GatewayResponsesOptions,
  nameOf: OptionNamer,
): GatewayResponseModel[] {
  const checked = checkOptions(GATEWAY_RESPONSES_OPTIONS, options, nameOf);
  const headers = commonHeaders(checked, nameOf);
  const throttled =
    checked.throttledRetryAfterSeconds === false ? undefined : checked.throttledRetryAfterSeconds;
  const quota = checked.quotaExceededRetryAfterSeconds;
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
        : { [gatewayResponseHeader('Retry-After')]: staticValue(String(retryAfterSeconds)) }),
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

function commonHeaders(
  options: CheckedOptions<typeof GATEWAY_RESPONSES_OPTIONS>,
  nameOf: OptionNamer,
): Record<string, string> {
  const headers: Record<string, string> = {
    [gatewayResponseHeader('Content-Type')]: staticValue(PROBLEM_CONTENT_TYPE),
  };
  const { corsOrigin, corsAllowHeaders, corsAllowCredentials } = options;
  const tuned = (['corsAllowHeaders', 'corsAllowCredentials'] as const).filter(
    (key) => options[key] !== undefined,
  );
  // "corsAllowHeaders needs", "corsAllowHeaders and corsAllowCredentials need": the options given, named.
  const tuning = `${tuned.map((key, i) => (i === 0 ? nameOf(key) : nameOf.again(key))).join(' and ')} need${tuned.length === 1 ? 's' : ''}`;
  if (corsOrigin === undefined) {
    if (tuned.length > 0) throw new OptionError(`${tuning} ${nameOf.again('corsOrigin')}; set it too`);
    return headers;
  }
  const origins = checkedCorsOrigins(nameOf('corsOrigin'), corsOrigin);
  if (origins.length > 1) {
    if (tuned.length > 0) {
      throw new OptionError(
        `${tuning} a single ${nameOf.again('corsOrigin')}; with several origins the Gateway Responses send no CORS headers (they cannot tell the listed origins from others)`,
      );
    }
    return headers;
  }
  const [origin] = origins as [string];
  headers[gatewayResponseHeader('Access-Control-Allow-Origin')] = staticValue(origin);
  if (corsAllowHeaders !== undefined) {
    const names = checkedHeaderNames(nameOf('corsAllowHeaders'), corsAllowHeaders);
    headers[gatewayResponseHeader('Access-Control-Allow-Headers')] = staticValue(names.join(','));
  }
  if (corsAllowCredentials === true) {
    if (origin === '*') {
      throw new OptionError(
        `${nameOf('corsAllowCredentials')} needs a ${nameOf.again('corsOrigin')} other than "*"; browsers refuse credentials with a wildcard origin`,
      );
    }
    headers[gatewayResponseHeader('Access-Control-Allow-Credentials')] = "'true'";
  }
  return headers;
}
