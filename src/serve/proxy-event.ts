import type { IncomingHttpHeaders } from 'node:http';
import { requestTime } from './access-log-line.js';

/** What the server knows of one HTTP request, once routed. */
export interface RequestFacts {
  readonly httpMethod: string;
  /** The path as requested, stage included (`/dev/orders/1`). */
  readonly path: string;
  /** The path without the stage (`/orders/1`). */
  readonly resourceRelativePath: string;
  readonly resourcePath: string;
  readonly headers: IncomingHttpHeaders;
  readonly query: URLSearchParams;
  readonly pathParameters: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly requestId: string;
  readonly stage: string;
  readonly stageVariables: Readonly<Record<string, string>>;
  readonly sourceIp: string;
}

export const API_ID = 'local';
export const ACCOUNT_ID = '123456789012';

/** Each header's last value, and every value, as API Gateway's `headers` and `multiValueHeaders` give them. */
export function headerMaps(headers: IncomingHttpHeaders): {
  single: Record<string, string>;
  multi: Record<string, string[]>;
} {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    multi[name] = values;
    single[name] = values[values.length - 1] as string;
  }
  return { single, multi };
}

function queryMaps(query: URLSearchParams): {
  single: Record<string, string> | null;
  multi: Record<string, string[]> | null;
} {
  const multi: Record<string, string[]> = {};
  for (const name of new Set(query.keys())) multi[name] = query.getAll(name);
  const names = Object.keys(multi);
  if (names.length === 0) return { single: null, multi: null };
  const single = Object.fromEntries(names.map((name) => [name, (multi[name] as string[]).at(-1) as string]));
  return { single, multi };
}

/** `$context` of a request, as mapping templates and the proxy event's `requestContext` see it. */
export function requestContext(facts: RequestFacts): Record<string, unknown> {
  const now = new Date();
  return {
    accountId: ACCOUNT_ID,
    apiId: API_ID,
    domainName: `${facts.headers.host ?? '127.0.0.1'}`,
    extendedRequestId: facts.requestId,
    httpMethod: facts.httpMethod,
    identity: { sourceIp: facts.sourceIp, userAgent: facts.headers['user-agent'] ?? null },
    path: facts.path,
    protocol: 'HTTP/1.1',
    requestId: facts.requestId,
    requestTime: now.toUTCString(),
    requestTimeEpoch: now.getTime(),
    resourceId: 'local',
    resourcePath: facts.resourcePath,
    stage: facts.stage,
  };
}

/**
 * `$context` of a request as mapping templates see it: without an authorizer, `$context.authorizer` is an empty map
 * whose `principalId` and `claims.sub` still read as empty text (as on API Gateway, where the Serverless Framework's
 * default template reads them), not as the reference written out.
 */
export function templateContext(facts: RequestFacts): Record<string, unknown> {
  const hidden = (value: unknown) => ({ value, enumerable: false });
  const claims = Object.defineProperties({}, { sub: hidden('') });
  return {
    ...requestContext(facts),
    authorizer: Object.defineProperties({}, { principalId: hidden(''), claims: hidden(claims) }),
  };
}

/** The REST API (v1) proxy event API Gateway sends the function for this request. */
export function restProxyEvent(facts: RequestFacts): Record<string, unknown> {
  const headers = headerMaps(facts.headers);
  const query = queryMaps(facts.query);
  const hasPathParameters = Object.keys(facts.pathParameters).length > 0;
  const hasStageVariables = Object.keys(facts.stageVariables).length > 0;
  return {
    resource: facts.resourcePath,
    path: facts.resourceRelativePath,
    httpMethod: facts.httpMethod,
    headers: headers.single,
    multiValueHeaders: headers.multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: hasPathParameters ? { ...facts.pathParameters } : null,
    stageVariables: hasStageVariables ? { ...facts.stageVariables } : null,
    requestContext: requestContext(facts),
    body: facts.body.length === 0 ? null : facts.body.toString('utf8'),
    isBase64Encoded: false,
  };
}

/**
 * The HTTP API event of payload format 2.0 for this request: header names in lower case with repeated headers
 * comma-joined, `cookies` from the Cookie header (which then is not among the headers), repeated query parameters
 * comma-joined, and fields without a value left out (not null), as API Gateway sends it.
 */
export function httpApiV2Event(facts: RequestFacts, routeKey: string): Record<string, unknown> {
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(headerMaps(facts.headers).multi)) {
    if (name !== 'cookie') headers[name] = values.join(',');
  }
  const cookies = headerMaps(facts.headers)
    .multi.cookie?.flatMap((line) => line.split(';'))
    .map((cookie) => cookie.trim())
    .filter((cookie) => cookie !== '');
  const queryNames = [...new Set(facts.query.keys())];
  const now = new Date();
  const domainName = facts.headers.host ?? '127.0.0.1';
  return {
    version: '2.0',
    routeKey,
    rawPath: facts.path,
    rawQueryString: facts.query.toString(),
    ...(cookies === undefined || cookies.length === 0 ? {} : { cookies }),
    headers,
    ...(queryNames.length === 0
      ? {}
      : {
          queryStringParameters: Object.fromEntries(
            queryNames.map((name) => [name, facts.query.getAll(name).join(',')]),
          ),
        }),
    ...(Object.keys(facts.pathParameters).length === 0
      ? {}
      : { pathParameters: { ...facts.pathParameters } }),
    ...(Object.keys(facts.stageVariables).length === 0
      ? {}
      : { stageVariables: { ...facts.stageVariables } }),
    requestContext: {
      accountId: ACCOUNT_ID,
      apiId: API_ID,
      domainName,
      domainPrefix: domainName.split('.')[0],
      http: {
        method: facts.httpMethod,
        path: facts.path,
        protocol: 'HTTP/1.1',
        sourceIp: facts.sourceIp,
        userAgent: facts.headers['user-agent'] ?? '',
      },
      requestId: facts.requestId,
      routeKey,
      stage: '$default',
      time: requestTime(now),
      timeEpoch: now.getTime(),
    },
    ...(facts.body.length === 0 ? {} : { body: facts.body.toString('utf8') }),
    isBase64Encoded: false,
  };
}

/** The HTTP API event of payload format 1.0: the REST API event's fields, with `version` and the route key. */
export function httpApiV1Event(facts: RequestFacts, routeKey: string): Record<string, unknown> {
  const event = restProxyEvent(facts);
  return {
    version: '1.0',
    ...event,
    requestContext: { ...(event.requestContext as Record<string, unknown>), routeKey, stage: '$default' },
  };
}
