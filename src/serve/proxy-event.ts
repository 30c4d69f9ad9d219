import type { IncomingHttpHeaders } from 'node:http';

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
