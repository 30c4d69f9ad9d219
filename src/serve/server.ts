import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeLambdaContext } from '../engine/fake-context.js';
import { respondGateway } from '../engine/gateway-response.js';
import { type EmulatedResponse, restInternalServerError } from '../engine/internal-server-error.js';
import { type InvocationOutcome, invokeHandler } from '../engine/invoke-handler.js';
import { proxyResult } from '../engine/proxy-result.js';
import { renderMappingTemplate } from '../engine/render-template.js';
import { respondNonProxy } from '../engine/respond-to-model.js';
import { AWS_GATEWAY_MESSAGES } from '../generate/gateway-messages.js';
import { gatewayResponses } from '../generate/gateway-responses.js';
import type { GatewayResponseModel } from '../generate/model.js';
import { accessLogLine, requestTime } from './access-log-line.js';
import { withEnvironment } from './function-environment.js';
import { loadServedApi } from './load-api.js';
import { loadHandler } from './load-handler.js';
import { type MatchedRoute, matchRoute } from './match-route.js';
import {
  headerMaps,
  httpApiV1Event,
  httpApiV2Event,
  type RequestFacts,
  restProxyEvent,
  templateContext,
} from './proxy-event.js';
import type { Route, ServedApi } from './served-api.js';

export interface ServeOptions {
  /**
   * The CloudFormation/SAM template or OpenAPI document defining the API; or a serverless.yml, or the `.serverless`
   * output of `serverless package` (a directory stands for the serverless.yml or the output template in it).
   */
  readonly template: string;
  /** The REST API's logical id, when the template defines several. */
  readonly api?: string;
  /** Where CloudFormation functions' handler files are (default: the template's directory). */
  readonly codeRoot?: string;
  /** Default 3000; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Re-imports a handler file whose modification time changed since it was loaded (`--watch`). */
  readonly watch?: boolean;
  /** Receives what API Gateway would write to its execution log (why a 500 happened, for instance). */
  readonly log?: (line: string) => void;
  /** Receives one line per request in the JSON access-log format (`generate --format access-log-format`). */
  readonly accessLog?: (line: string) => void;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  readonly api: ServedApi;
  close(): Promise<void>;
}

/** A response to send; a proxy result keeps each header line (`Set-Cookie` twice stays twice). */
type ServedResponse = EmulatedResponse & { readonly multiValueHeaders?: Readonly<Record<string, string[]>> };

/** API Gateway's limit on a request's payload. */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

/**
 * Serves the template's REST API on a local HTTP server that answers as API Gateway does, running the handlers
 * in this process. Resolves once the server listens.
 */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const read = await loadServedApi(options);
  const api = options.watch === true ? reloadingOnChange(read) : read;
  const gateway = api.gatewayResponses.length > 0 ? api.gatewayResponses : gatewayResponses();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  for (const warning of api.warnings) log(warning);
  const accessLog = options.accessLog ?? (() => {});
  const server = createServer((request, response) => {
    handle(api, gateway, log, accessLog, request, response).catch((error: unknown) => {
      log(`Execution failed: ${(error as Error).stack ?? String(error)}`);
      if (!response.headersSent) send(response, restInternalServerError(500), request.method === 'HEAD');
      else response.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 3000, host);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    api,
    close: () => closeServer(server),
  };
}

/** The API with every route's handler imported again when its file changes. */
function reloadingOnChange(api: ServedApi): ServedApi {
  const reloading = (route: Route): Route => ({
    ...route,
    function: { ...route.function, reloadOnChange: true },
  });
  return { ...api, routes: api.routes.map(reloading), httpApiRoutes: api.httpApiRoutes.map(reloading) };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

async function handle(
  api: ServedApi,
  gateway: readonly GatewayResponseModel[],
  log: (line: string) => void,
  accessLog: (line: string) => void,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const requestId = randomUUID();
  const started = new Date();
  const head = request.method === 'HEAD';
  const headers = headerMaps(request.headers).single;
  const trace: InvocationTrace = {};
  const finish = (answer: ServedResponse, extra: Record<string, unknown> = {}) => {
    send(response, answer, head);
    accessLog(
      accessLogLine({
        requestId,
        extendedRequestId: requestId,
        requestTime: requestTime(started),
        httpMethod: request.method,
        status: answer.statusCode,
        responseLatency: Date.now() - started.getTime(),
        ...trace,
        ...extra,
      }),
    );
  };
  const refuse = (responseType: string) =>
    finish(respondGateway(gateway, { responseType, requestId, headers }), {
      error: { responseType, message: AWS_GATEWAY_MESSAGES[responseType] },
    });
  const url = new URL(request.url as string, 'http://localhost');
  const method = request.method as string;
  const unmatched = () =>
    refusingApi(api, url.pathname) === 'rest'
      ? refuse('MISSING_AUTHENTICATION_TOKEN')
      : finish(httpApiMessage(404, 'Not Found'), { error: { message: 'Not Found' } });
  const body = await readBody(request);
  if (body === undefined) {
    if (refusingApi(api, url.pathname) === 'rest') return refuse('REQUEST_TOO_LARGE');
    return finish(httpApiMessage(413, 'Request Entity Too Large'), {
      error: { message: 'Request Entity Too Large' },
    });
  }
  const routed = route(api, method, url.pathname);
  // SAM's Cors adds an OPTIONS method of its own to each path, which API Gateway prefers to the path's ANY.
  const preflight =
    method === 'OPTIONS' && routed?.match.route.httpMethod !== 'OPTIONS'
      ? corsPreflight(api, url.pathname)
      : undefined;
  if (preflight !== undefined) return finish(preflight);
  if (routed === undefined) return unmatched();
  const facts: RequestFacts = {
    httpMethod: method,
    path: url.pathname,
    resourceRelativePath: routed.relativePath,
    resourcePath: routed.match.route.resourcePath,
    headers: request.headers,
    query: url.searchParams,
    pathParameters: routed.match.pathParameters,
    body,
    requestId,
    stage: routed.match.route.payload === 'rest-v1' ? (api.stageName ?? 'local') : '$default',
    stageVariables: routed.match.route.payload === 'rest-v1' ? api.stageVariables : {},
    sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
  };
  trace.resourcePath = routed.match.route.routeKey ?? facts.resourcePath;
  const answer = await answerRoute(routed.match.route, facts, log, trace);
  if (answer === 'integration-timeout') return refuse('INTEGRATION_TIMEOUT');
  finish(answer);
}

/**
 * Which API answers a request no route takes: the REST API (403 Missing Authentication Token) unless only HTTP APIs
 * are served, or both are and the path is not under the REST API's stage (then the HTTP API's 404 Not Found).
 */
function refusingApi(api: ServedApi, path: string): 'rest' | 'http-api' {
  if (api.httpApiRoutes.length === 0) return 'rest';
  if (api.routes.length === 0 || api.stageName === undefined) return 'http-api';
  const stagePrefix = `/${api.stageName}`;
  return path === stagePrefix || path.startsWith(`${stagePrefix}/`) ? 'rest' : 'http-api';
}

/** An HTTP API's own answer (`{"message":"Not Found"}`): HTTP APIs have no Gateway Responses. */
function httpApiMessage(statusCode: number, message: string): ServedResponse {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ message }),
  };
}

/**
 * SAM's `OPTIONS` mock method for a path of the REST API when `Cors` is set: 200, the configured headers, and
 * `Access-Control-Allow-Methods` the path's methods (every method for ANY) and OPTIONS, sorted, unless configured.
 */
function corsPreflight(api: ServedApi, path: string): ServedResponse | undefined {
  if (api.cors === undefined) return undefined;
  const relativePaths = [path];
  if (api.stageName !== undefined && path.startsWith(`/${api.stageName}/`)) {
    relativePaths.unshift(path.slice(api.stageName.length + 1));
  }
  const methods = new Set<string>();
  for (const candidate of api.routes) {
    if (!relativePaths.some((relative) => matchRoute([candidate], candidate.httpMethod, relative))) continue;
    for (const method of candidate.httpMethod === 'ANY' ? ALL_METHODS : [candidate.httpMethod])
      methods.add(method);
  }
  if (methods.size === 0) return undefined;
  methods.add('OPTIONS');
  return {
    statusCode: 200,
    headers: {
      ...api.cors.headers,
      'Access-Control-Allow-Methods': api.cors.allowMethods ?? [...methods].sort().join(','),
    },
    body: '',
  };
}

const ALL_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];

/**
 * The route for a path: the REST API's under the stage (`/dev/orders`), else at the root (`/orders`); else an HTTP
 * API's (`$default` stage, at the root), its `$default` route last.
 */
function route(
  api: ServedApi,
  httpMethod: string,
  path: string,
): { match: MatchedRoute; relativePath: string } | undefined {
  const stagePrefix = api.stageName === undefined ? undefined : `/${api.stageName}`;
  if (stagePrefix !== undefined && (path === stagePrefix || path.startsWith(`${stagePrefix}/`))) {
    const relativePath = path.slice(stagePrefix.length) || '/';
    const match = matchRoute(api.routes, httpMethod, relativePath);
    if (match !== undefined) return { match, relativePath };
  }
  const match =
    matchRoute(api.routes, httpMethod, path) ??
    matchRoute(
      api.httpApiRoutes.filter((candidate) => candidate.routeKey !== '$default'),
      httpMethod,
      path,
    );
  if (match !== undefined) return { match, relativePath: path };
  const fallback = api.httpApiRoutes.find((candidate) => candidate.routeKey === '$default');
  return fallback === undefined
    ? undefined
    : { match: { route: fallback, pathParameters: {} }, relativePath: path };
}

/** The body, or undefined past API Gateway's 10 MB (the rest is read and dropped, so the client gets the answer). */
async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= MAX_REQUEST_BYTES) chunks.push(chunk as Buffer);
  }
  return size > MAX_REQUEST_BYTES ? undefined : Buffer.concat(chunks);
}

async function answerRoute(
  route: Route,
  facts: RequestFacts,
  log: (line: string) => void,
  trace: InvocationTrace,
): Promise<ServedResponse | 'integration-timeout'> {
  if (route.payload !== 'rest-v1') return answerHttpApiRoute(route, facts, log, trace);
  if (route.proxy) {
    const outcome = await invoke(route, restProxyEvent(facts), trace);
    if (outcome === 'integration-timeout') return outcome;
    if (outcome.kind === 'error') {
      log(
        `Lambda execution failed with status 200 due to customer function error: ${outcome.payload.errorMessage}`,
      );
      return restInternalServerError(502);
    }
    return proxyResult(JSON.parse(outcome.payload), 'rest-v1');
  }
  const context = templateContext(facts);
  const event = nonProxyEvent(route, facts, context, log);
  if (event === undefined) return restInternalServerError(500);
  const outcome = await invoke(route, event, trace);
  if (outcome === 'integration-timeout') return outcome;
  try {
    return respondNonProxy({
      outcome,
      integration: route.responses,
      requestId: facts.requestId,
      ...(facts.headers.accept === undefined ? {} : { accept: facts.headers.accept }),
      requestContext: context,
      stageVariables: facts.stageVariables,
      log,
    });
  } catch (error) {
    log(`Execution failed due to configuration error: ${(error as Error).message}`);
    return restInternalServerError(500);
  }
}

/**
 * An HTTP API route: the event of its payload format; a failed invocation is a 500 and an invocation past the
 * integration's timeout a 503, each with the HTTP API's `{"message": ...}` body; a result read by the format's rules.
 */
async function answerHttpApiRoute(
  route: Route,
  facts: RequestFacts,
  log: (line: string) => void,
  trace: InvocationTrace,
): Promise<ServedResponse> {
  const routeKey = route.routeKey ?? `${route.httpMethod} ${route.resourcePath}`;
  const event =
    route.payload === 'http-api-v2' ? httpApiV2Event(facts, routeKey) : httpApiV1Event(facts, routeKey);
  const outcome = await invoke(route, event, trace);
  if (outcome === 'integration-timeout') return httpApiMessage(503, 'Service Unavailable');
  if (outcome.kind === 'error') {
    log(`Lambda execution failed: ${outcome.payload.errorType}: ${outcome.payload.errorMessage}`);
    return httpApiMessage(500, 'Internal Server Error');
  }
  return proxyResult(JSON.parse(outcome.payload), route.payload);
}

/**
 * The event a non-proxy integration sends: the request template for the request's content type rendered, or
 * the body passed through when there is none. Undefined (a 500) when the template fails or yields no JSON.
 */
function nonProxyEvent(
  route: Route,
  facts: RequestFacts,
  context: Record<string, unknown>,
  log: (line: string) => void,
): unknown {
  const contentType = (facts.headers['content-type'] ?? 'application/json')
    .split(';')[0]
    ?.trim()
    .toLowerCase();
  const template = route.requestTemplates[contentType ?? ''];
  const body = facts.body.toString('utf8');
  let payload = body;
  if (template !== undefined) {
    try {
      payload = renderMappingTemplate(template, {
        body: body === '' ? '{}' : body,
        requestId: facts.requestId,
        context,
        stageVariables: facts.stageVariables,
        params: {
          path: facts.pathParameters,
          querystring: Object.fromEntries(facts.query),
          header: headerMaps(facts.headers).single,
        },
      }).output;
    } catch (error) {
      log(
        `Execution failed due to configuration error: Unable to transform request: ${(error as Error).message}`,
      );
      return undefined;
    }
  }
  if (payload.trim() === '') return {};
  try {
    return JSON.parse(payload);
  } catch {
    log(`Execution failed: the request to Lambda is not JSON: ${payload.slice(0, 200)}`);
    return undefined;
  }
}

/** The `$context.integration*` variables of one request, for its access-log line. */
type InvocationTrace = Record<string, unknown>;

/**
 * One invocation, bounded by the function's Timeout and by the integration's TimeoutInMillis; `trace` receives
 * what the access log says of it (Lambda answers 200 to the invoke even when the function fails).
 */
async function invoke(
  route: Route,
  event: unknown,
  trace: InvocationTrace,
): Promise<InvocationOutcome | 'integration-timeout'> {
  const served = route.function;
  const context = fakeLambdaContext({
    functionName: served.logicalId,
    timeoutSeconds: served.timeoutSeconds,
    memoryLimitInMB: served.memoryLimitInMB,
  });
  const started = Date.now();
  trace.integration = { requestId: context.awsRequestId, status: '200' };
  trace.awsEndpointRequestId = context.awsRequestId;
  return withEnvironment(served.environment, async () => {
    const loaded = await loadHandler(served);
    if (!loaded.ok) return { kind: 'error', payload: loaded.payload };
    let timer: NodeJS.Timeout | undefined;
    const integrationTimeout = new Promise<'integration-timeout'>((resolve) => {
      timer = setTimeout(() => resolve('integration-timeout'), route.timeoutInMillis);
    });
    try {
      return await Promise.race([
        invokeHandler(loaded.handler, event, context, { timeoutSeconds: served.timeoutSeconds }),
        integrationTimeout,
      ]);
    } finally {
      clearTimeout(timer);
      (trace.integration as Record<string, unknown>).latency = Date.now() - started;
    }
  });
}

function send(response: ServerResponse, answer: ServedResponse, head: boolean): void {
  response.statusCode = answer.statusCode;
  for (const [name, value] of Object.entries(answer.multiValueHeaders ?? answer.headers)) {
    response.setHeader(name, value);
  }
  response.end(head ? undefined : answer.body);
}
