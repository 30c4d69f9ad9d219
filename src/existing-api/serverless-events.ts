/** serverless.yml (Serverless Framework v3, osls) as written: its functions' `http` events. */

/** One `response.statusCodes` entry of an `http` event, as a user may write it. */
export interface StatusCodeConfig {
  pattern?: string;
  template?: string | Record<string, string>;
  headers?: Record<string, string>;
}

/** `functions.<name>.events[].http.response`. */
export interface HttpResponseConfig {
  headers?: Record<string, string>;
  template?: string;
  statusCodes?: Record<string, StatusCodeConfig>;
  [key: string]: unknown;
}

/** `functions.<name>.events[].http` in its object form. */
export interface HttpEventConfig {
  path?: string;
  method?: string;
  integration?: string;
  async?: boolean;
  response?: HttpResponseConfig;
  [key: string]: unknown;
}

export interface FunctionConfig {
  events?: readonly unknown[];
  [key: string]: unknown;
}

/** An `http` event of a function with a non-proxy Lambda integration, and where it was declared. */
export interface LambdaHttpEvent {
  readonly functionName: string;
  /** `GET /orders/{id}`, for messages. */
  readonly route: string;
  /** The event's own object: the plugin fills its `response` in place, where the framework reads it. */
  readonly http: HttpEventConfig;
}

/**
 * Whether the framework compiles this event as a non-proxy Lambda integration (`integration: lambda`, or
 * its alias `aws`). Asynchronous ones (`async: true`) are left out: their errors never reach API Gateway.
 */
export function isSynchronousLambdaIntegration(http: HttpEventConfig): boolean {
  return isLambdaIntegration(http) && http.async !== true;
}

function isLambdaIntegration(http: HttpEventConfig): boolean {
  if (typeof http.integration !== 'string') return false;
  const integration = http.integration.toUpperCase().replace('-', '_');
  return integration === 'LAMBDA' || integration === 'AWS';
}

type Functions = Readonly<Record<string, FunctionConfig | null | undefined>> | null | undefined;

/** Every `http` event with a synchronous non-proxy Lambda integration, in declaration order. */
export function lambdaHttpEvents(functions: Functions): LambdaHttpEvent[] {
  return httpEvents(functions).filter((event) => isSynchronousLambdaIntegration(event.http));
}

/** Every `http` event with an asynchronous (`async: true`) non-proxy Lambda integration: left alone. */
export function asynchronousLambdaHttpEvents(functions: Functions): LambdaHttpEvent[] {
  return httpEvents(functions).filter(
    (event) => isLambdaIntegration(event.http) && event.http.async === true,
  );
}

function httpEvents(functions: Functions): LambdaHttpEvent[] {
  const found: LambdaHttpEvent[] = [];
  for (const [functionName, definition] of Object.entries(functions ?? {})) {
    for (const event of definition?.events ?? []) {
      const http = httpEventOf(event);
      if (http !== undefined) found.push({ functionName, route: routeOf(http), http });
    }
  }
  return found;
}

/** The object form of an `http` event; the string shorthand (`GET hello`) is always a proxy integration. */
function httpEventOf(event: unknown): HttpEventConfig | undefined {
  if (typeof event !== 'object' || event === null || !('http' in event)) return undefined;
  const http = (event as { http: unknown }).http;
  return typeof http === 'object' && http !== null ? (http as HttpEventConfig) : undefined;
}

export function routeOf(http: HttpEventConfig): string {
  const method = typeof http.method === 'string' ? http.method.toUpperCase() : '?';
  const path = typeof http.path === 'string' ? http.path : '?';
  return `${method} ${path.startsWith('/') ? path : `/${path}`}`;
}

/** How a serverless.yml http event is named in lint's output: `functions.NAME (METHOD /path)`. */
export function originOf(event: { functionName: string; route: string }): string {
  return `functions.${event.functionName} (${event.route})`;
}

/** An `http` event the framework compiles as a Lambda proxy integration, or an `httpApi` event. */
export interface ProxyEvent {
  readonly functionName: string;
  /** `ANY` for `*`. */
  readonly method: string;
  /** With its leading `/`; `$default` for the `httpApi: '*'` catch-all. */
  readonly path: string;
}

/**
 * Every `http` event with a Lambda proxy integration (the string shorthand `GET orders`, or an object without
 * `integration` or with `lambda-proxy` / `aws_proxy`), in declaration order.
 */
export function proxyHttpEvents(functions: Functions): ProxyEvent[] {
  return eventsOfKey(functions, 'http').flatMap(({ functionName, value }) => {
    if (typeof value === 'string') return shorthandEvent(functionName, value);
    const http = value as HttpEventConfig;
    const integration =
      typeof http.integration === 'string' ? http.integration.toUpperCase().replace('-', '_') : 'AWS_PROXY';
    if (integration !== 'AWS_PROXY' && integration !== 'LAMBDA_PROXY') return [];
    const [method, path] = routeOf(http).split(' ') as [string, string];
    return [{ functionName, method: method === '*' ? 'ANY' : method, path }];
  });
}

/** Every `httpApi` event: `'*'` (the `$default` route), `GET /orders`, or `{ method, path }`. */
export function httpApiEvents(functions: Functions): ProxyEvent[] {
  return eventsOfKey(functions, 'httpApi').flatMap(({ functionName, value }) => {
    if (value === '*') return [{ functionName, method: 'ANY', path: '$default' }];
    if (typeof value === 'string') return shorthandEvent(functionName, value);
    const http = value as HttpEventConfig;
    if (http.path === '*' || (http.path === undefined && http.method === '*')) {
      return [{ functionName, method: 'ANY', path: '$default' }];
    }
    const [method, path] = routeOf(http).split(' ') as [string, string];
    return [{ functionName, method: method === '*' ? 'ANY' : method, path }];
  });
}

function shorthandEvent(functionName: string, value: string): ProxyEvent[] {
  const [method, path] = value.trim().split(/\s+/);
  if (method === undefined || path === undefined) return [];
  const upper = method.toUpperCase();
  return [
    { functionName, method: upper === '*' ? 'ANY' : upper, path: path.startsWith('/') ? path : `/${path}` },
  ];
}

function eventsOfKey(
  functions: Functions,
  key: 'http' | 'httpApi',
): { functionName: string; value: object | string }[] {
  const found: { functionName: string; value: object | string }[] = [];
  for (const [functionName, definition] of Object.entries(functions ?? {})) {
    for (const event of definition?.events ?? []) {
      if (typeof event !== 'object' || event === null || !(key in event)) continue;
      const value = (event as Record<string, unknown>)[key];
      if (typeof value === 'string' || (typeof value === 'object' && value !== null)) {
        found.push({ functionName, value });
      }
    }
  }
  return found;
}
