/**
 * `lambda-error-map serve` end to end, through its real command line on 127.0.0.1 port 0: (1) the example
 * service (examples/serverless) from what `serverless package` writes, (2) a SAM template of ours
 * (fixtures/serve-sam) filled by `lambda-error-map apply`. Real HTTP requests; each non-proxy response is
 * compared with what API Gateway answers by its documentation, computed without serve's emulator
 * (support/api-gateway-oracle.ts: the handlers invoked directly, Velocity 1.7 for the templates, java.util.regex
 * for selection; a proxy method's answer is the function's result as returned), and with expectations written out
 * here.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CRASH_SECRET } from '../../examples/serverless/orders.js';
import { defaultCatalog } from '../../src/index.js';
import type { ExampleCopy } from '../support/example-copy.js';
import {
  cloudFormationNonProxyMethod,
  type ExpectedResponse,
  expectedNonProxyResponse,
  expectedProxyResponse,
  invokeDirectly,
  type LambdaOutcome,
  type NonProxyIntegration,
  openApiNonProxyOperation,
  requestEvent,
  timeoutOutcome,
  withRequestIdsNormalised,
} from './support/api-gateway-oracle.js';
import { prepareExampleService, ROOT, serverless } from './support/example-service.js';
import { type ServeProcess, startServe } from './support/serve-cli.js';

const SETUP_TIMEOUT_MS = 6 * 60 * 1000;
const PROBLEM_JSON = 'application/problem+json';
/** A parameter with an apostrophe and a line break: `$util.escapeJavaScript` and the request template's JSON. */
const APOSTROPHE_AND_LINE_BREAK = "O'Brien\nline 2";

/**
 * How serve is pointed at the example service: the arguments of its `npm run serve` script (docs/serve.md's second
 * command), today the CloudFormation that `serverless package` writes, with the handlers under the service
 * directory. Once serve reads serverless.yml itself, the script becomes `lambda-error-map serve --template
 * serverless.yml` and this test follows. `serverless package` runs first either way: what it compiles is what API
 * Gateway would be given, the oracle's input.
 */
function exampleServeArgs(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'examples', 'serverless', 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, subcommand, ...args] = (manifest.scripts.serve ?? '').split(' ');
  if (command !== 'lambda-error-map' || subcommand !== 'serve') {
    throw new Error(`examples/serverless/package.json: scripts.serve is not lambda-error-map serve …`);
  }
  return args;
}

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  json(): Record<string, unknown>;
}

async function get(server: ServeProcess | undefined, path: string): Promise<Answer> {
  if (server === undefined) throw new Error('serve did not start');
  const response = await fetch(server.url + path, { signal: AbortSignal.timeout(20_000) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

/**
 * The served response equals the expected one: status, Content-Type, Retry-After and the body (every requestId
 * member compared as REQUEST_ID). A proxy method's expected response is the function's result as returned.
 */
function expectAnswer(answer: Answer, expected: ExpectedResponse): void {
  expect({
    status: answer.status,
    contentType: answer.headers.get('content-type'),
    retryAfter: answer.headers.get('retry-after'),
    body: withRequestIdsNormalised(answer.text),
  }).toEqual({
    status: expected.status,
    contentType: expected.headers['content-type'],
    retryAfter: expected.headers['retry-after'] ?? null,
    body: withRequestIdsNormalised(expected.body),
  });
}

/** The served non-proxy response equals API Gateway's for this Lambda outcome, by the oracle. */
async function expectAsApiGateway(
  answer: Answer,
  integration: NonProxyIntegration,
  outcome: LambdaOutcome,
): Promise<void> {
  expectAnswer(answer, await expectedNonProxyResponse(integration, outcome));
}

function pathOf(value: string): string {
  return encodeURIComponent(value);
}

describe('serve: the example service (examples/serverless)', () => {
  let service: ExampleCopy | undefined;
  let server: ServeProcess | undefined;
  let integration: NonProxyIntegration;
  /** The non-proxy answer for one case, beside what API Gateway answers by the oracle. */
  const nonProxy = async (exampleCase: string) => {
    const answer = await get(server, `/dev/nonproxy/orders/${pathOf(exampleCase)}`);
    if (service === undefined) throw new Error('no example service');
    const event = await requestEvent(integration, { case: exampleCase });
    const outcome = await invokeDirectly(join(service.dir, '.build', 'non-proxy.mjs'), 'handler', event);
    await expectAsApiGateway(answer, integration, outcome);
    return answer;
  };

  beforeAll(async () => {
    // The example declares serve's optional peers (yaml, velocityjs): nothing is added to its install.
    service = await prepareExampleService();
    const packaged = await serverless(['package'], service.dir);
    if (packaged.code !== 0) throw new Error(`serverless package failed:\n${packaged.output}`);
    integration = cloudFormationNonProxyMethod(
      join(service.dir, '.serverless', 'cloudformation-template-update-stack.json'),
    );
    const bin = join(service.dir, 'node_modules', 'lambda-error-map', 'dist', 'cli', 'main.js');
    server = await startServe(bin, service.dir, exampleServeArgs());
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await server?.stop();
    service?.remove();
  }, 30_000);

  it('non-proxy success: 200, the result as JSON', async () => {
    const answer = await nonProxy('ok');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(answer.json()).toEqual({ orderId: '42', state: 'shipped' });
  });

  it.each([
    ['notfound', 404, 'Order not found', 'Order 42 does not exist.'],
    ['conflict', 409, 'Out of stock', 'Item sku-7 has 0 left; 3 were requested.'],
  ])('non-proxy %s: %i problem+json with its detail', async (exampleCase, status, title, detail) => {
    const answer = await nonProxy(exampleCase);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
    expect(answer.json()).toMatchObject({ title, status, detail });
  });

  it('non-proxy throttled (an AWS SDK ThrottlingException): 503 with Retry-After, no AWS message', async () => {
    const answer = await nonProxy('throttled');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(answer.json()).toMatchObject({ title: 'Store busy', status: 503, retryAfter: 2 });
    expect(answer.text).not.toContain('orders-prod');
  });

  it('non-proxy crash: 500 problem+json without the message', async () => {
    const answer = await nonProxy('crash');
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
    expect(answer.text).not.toContain(CRASH_SECRET);
    expect(answer.text).not.toContain('ECONNREFUSED');
  });

  it('non-proxy, an apostrophe and a line break in the path parameter reach the handler intact', async () => {
    const answer = await nonProxy(APOSTROPHE_AND_LINE_BREAK);
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({
      status: 400,
      detail: expect.stringContaining(`Unknown case ${JSON.stringify(APOSTROPHE_AND_LINE_BREAK)}`),
    });
  });

  it.each([
    ['ok', 200, 'application/json'],
    ['notfound', 404, PROBLEM_JSON],
    ['throttled', 503, PROBLEM_JSON],
    ['crash', 500, PROBLEM_JSON],
  ])('proxy %s: %i %s, as the function returned it', async (exampleCase, status, contentType) => {
    const answer = await get(server, `/dev/proxy/orders/${exampleCase}`);
    if (service === undefined) throw new Error('no example service');
    expectAnswer(
      answer,
      await expectedProxyResponse(join(service.dir, '.build', 'proxy.mjs'), {
        stage: 'dev',
        path: `/proxy/orders/${exampleCase}`,
        resource: '/proxy/orders/{case}',
        pathParameters: { case: exampleCase },
      }),
    );
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe(contentType);
    expect(answer.text).not.toContain(CRASH_SECRET);
    if (status === 503) expect(answer.headers.get('retry-after')).toBe('2');
  });

  it("an unknown route: 403 Missing Authentication Token, the plugin's Gateway Response", async () => {
    const answer = await get(server, '/dev/nowhere');
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
    expect(answer.json()).toMatchObject({
      status: 403,
      detail: 'Missing Authentication Token',
      gatewayResponseType: 'MISSING_AUTHENTICATION_TOKEN',
    });
  });

  it("printed one JSON access-log line per request, between the handlers' own log lines", async () => {
    const requests = 11;
    const printed = await server?.stdoutOnce((out) => out.split('"httpMethod"').length > requests);
    const lines = (printed ?? '')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => JSON.parse(line) as Record<string, string>);
    const accessLog = lines.filter((line) => 'httpMethod' in line);
    expect(accessLog.map((line) => [line.status, line.resourcePath])).toEqual([
      ...['200', '404', '409', '503', '500', '400'].map((status) => [status, '/nonproxy/orders/{case}']),
      ...['200', '404', '503', '500'].map((status) => [status, '/proxy/orders/{case}']),
      ['403', '-'],
    ]);
    // The middleware's report of each error, written with console as on AWS (there, to CloudWatch Logs).
    expect(lines.filter((line) => 'level' in line).length).toBeGreaterThan(0);
  });
});

describe('serve: a SAM template with a non-proxy and a proxy method (fixtures/serve-sam)', () => {
  // Inside the package (tmp/ is git-ignored), so that the handlers' `import 'lambda-error-map'` resolves.
  let dir: string;
  let server: ServeProcess | undefined;
  let integration: NonProxyIntegration;
  const bin = join(ROOT, 'dist', 'cli', 'main.js');
  const nonProxyAnswer = async (id: string, outcome?: LambdaOutcome) => {
    const answer = await get(server, `/dev/orders/${pathOf(id)}`);
    const event = await requestEvent(integration, { id });
    await expectAsApiGateway(
      answer,
      integration,
      outcome ?? (await invokeDirectly(join(dir, 'handlers', 'non-proxy.mjs'), 'handler', event)),
    );
    return answer;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(ROOT, 'tmp', 'serve-sam-'));
    cpSync(join(ROOT, 'test', 'e2e', 'fixtures', 'serve-sam'), dir, { recursive: true });
    const { runCommand } = await import('./support/example-service.js');
    const applied = await runCommand(process.execPath, [bin, 'apply', '--template', 'template.yaml'], dir);
    if (applied.code !== 0) throw new Error(`apply failed:\n${applied.output}`);
    integration = openApiNonProxyOperation(join(dir, 'template.yaml'), 'OrdersApi', '/orders/{id}');
    server = await startServe(bin, dir, ['--template', 'template.yaml']);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await server?.stop();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('non-proxy success: 200, the result; the apostrophe and line break come back intact', async () => {
    const answer = await nonProxyAnswer(APOSTROPHE_AND_LINE_BREAK);
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ id: APOSTROPHE_AND_LINE_BREAK, status: 'shipped' });
  });

  it.each(defaultCatalog.kinds.map((kind) => [kind.status, kind.kind, kind.title] as const))(
    'non-proxy, the catalog status %i (%s): that status, problem+json',
    async (status, kind, title) => {
      const answer = await nonProxyAnswer(`status-${status}`);
      expect(answer.status).toBe(status);
      expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
      const problem = answer.json();
      expect(problem).toMatchObject({ status, title });
      // 5xx details are not exposed; 4xx details are.
      if (status < 500) expect(problem.detail).toBe(`order status-${status}: ${title}`);
      else expect(answer.text).not.toContain(`order status-${status}`);
      expect(kind).toBeDefined();
    },
  );

  it.each(['crash', 'raw'])('non-proxy %s: 500 problem+json that leaks nothing', async (id) => {
    const answer = await nonProxyAnswer(id);
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
    expect(answer.json()).toMatchObject({ title: 'Internal Server Error', status: 500 });
    expect(answer.text).not.toMatch(/hunter2|Cannot read properties/);
  });

  it('non-proxy function timeout (Timeout: 1): 504 problem+json; the next call runs normally', async () => {
    const answer = await nonProxyAnswer('slow', timeoutOutcome(1));
    expect(answer.status).toBe(504);
    expect(answer.json()).toMatchObject({ title: 'Gateway Timeout', status: 504 });
    expect((await nonProxyAnswer('42')).status).toBe(200);
  });

  it.each([
    ['42', 200, 'application/json'],
    ['status-404', 404, PROBLEM_JSON],
    ['status-503', 503, PROBLEM_JSON],
    ['crash', 500, PROBLEM_JSON],
  ])('proxy %s: %i %s', async (id, status, contentType) => {
    const answer = await get(server, `/dev/proxy/${id}`);
    expectAnswer(
      answer,
      await expectedProxyResponse(join(dir, 'handlers', 'proxy.mjs'), {
        stage: 'dev',
        path: `/proxy/${id}`,
        resource: '/proxy/{id}',
        pathParameters: { id },
      }),
    );
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toBe(contentType);
    expect(answer.text).not.toContain('hunter2');
  });

  it('proxy, the apostrophe and line break in pathParameters', async () => {
    const answer = await get(server, `/dev/proxy/${pathOf(APOSTROPHE_AND_LINE_BREAK)}`);
    expect(answer.json()).toEqual({ id: APOSTROPHE_AND_LINE_BREAK, status: 'shipped' });
  });

  it('proxy function timeout: 502 Internal server error (a failed proxy invocation), then normal again', async () => {
    const answer = await get(server, '/dev/proxy/slow');
    expect(answer.status).toBe(502);
    expect(answer.text).toBe('{"message": "Internal server error"}');
    expect((await get(server, '/dev/proxy/42')).status).toBe(200);
  });

  it('an unknown route or method: 403 Missing Authentication Token, the applied Gateway Response', async () => {
    for (const path of ['/dev/nowhere', '/nowhere']) {
      const answer = await get(server, path);
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toBe(PROBLEM_JSON);
      expect(answer.json()).toMatchObject({
        status: 403,
        gatewayResponseType: 'MISSING_AUTHENTICATION_TOKEN',
      });
    }
  });
});
