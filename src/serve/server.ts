import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeTemplate, parseTemplate } from '../existing-api/read-template.js';
import { gatewayResponses } from '../generate/gateway-responses.js';
import type { GatewayResponseModel } from '../generate/model.js';
import { fakeLambdaContext } from '../testing/fake-context.js';
import { AWS_GATEWAY_MESSAGES } from '../testing/gateway-messages.js';
import { respondGateway } from '../testing/gateway-response.js';
import { type EmulatedResponse, restInternalServerError } from '../testing/internal-server-error.js';
import { type InvocationOutcome, invokeHandler } from '../testing/invoke-handler.js';
import { proxyResult } from '../testing/proxy-result.js';
import { renderMappingTemplate } from '../testing/render-template.js';
import { respondNonProxy } from '../testing/respond-non-proxy.js';
import { accessLogLine, requestTime } from './access-log-line.js';
import { loadHandler } from './load-handler.js';
import { type MatchedRoute, matchRoute } from './match-route.js';
import { headerMaps, type RequestFacts, requestContext, restProxyEvent } from './proxy-event.js';
import { type Route, readServedApi, type ServedApi } from './read-api.js';

export interface ServeOptions {
  /** The CloudFormation/SAM template or OpenAPI document defining the REST API. */
  readonly template: string;
  /** The REST API's logical id, when the template defines several. */
  readonly api?: string;
  /** Where CloudFormation functions' handler files are (default: the template's directory). */
  readonly codeRoot?: string;
  /** Default 3000; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1. */
  readonly host?: string;
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
  const text = decodeTemplate(await readFile(options.template), options.template);
  const api = readServedApi(parseTemplate(text, options.template), {
    templatePath: options.template,
    ...(options.api === undefined ? {} : { apiId: options.api }),
    ...(options.codeRoot === undefined ? {} : { codeRoot: options.codeRoot }),
  });
  const gateway = api.gatewayResponses.length > 0 ? api.gatewayResponses : gatewayResponses();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
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
  const body = await readBody(request);
  if (body === undefined) return refuse('REQUEST_TOO_LARGE');
  const url = new URL(request.url as string, 'http://localhost');
  const routed = route(api, request.method as string, url.pathname);
  if (routed === undefined) return refuse('MISSING_AUTHENTICATION_TOKEN');
  const facts: RequestFacts = {
    httpMethod: request.method as string,
    path: url.pathname,
    resourceRelativePath: routed.relativePath,
    resourcePath: routed.match.route.resourcePath,
    headers: request.headers,
    query: url.searchParams,
    pathParameters: routed.match.pathParameters,
    body,
    requestId,
    stage: api.stageName ?? 'local',
    stageVariables: api.stageVariables,
    sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
  };
  trace.resourcePath = facts.resourcePath;
  const answer = await answerRoute(routed.match.route, facts, log, trace);
  if (answer === 'integration-timeout') return refuse('INTEGRATION_TIMEOUT');
  finish(answer);
}

/** The route for a path under the stage (`/dev/orders`), else at the root (`/orders`). */
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
  const match = matchRoute(api.routes, httpMethod, path);
  return match === undefined ? undefined : { match, relativePath: path };
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
  const context = requestContext(facts);
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
}

function send(response: ServerResponse, answer: ServedResponse, head: boolean): void {
  response.statusCode = answer.statusCode;
  for (const [name, value] of Object.entries(answer.multiValueHeaders ?? answer.headers)) {
    response.setHeader(name, value);
  }
  response.end(head ? undefined : answer.body);
}
