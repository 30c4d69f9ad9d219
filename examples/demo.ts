/**
 * `npm run demo`: the example service end to end on this machine. For every case it prints what the
 * handler throws and what a client receives, through each kind of integration:
 * - non-proxy (`integration: lambda`): the handler's tagged error, routed by the integration responses the
 *   generator makes from the catalog, rendered by the local API Gateway emulator;
 * - proxy: the response the middleware writes, as API Gateway, a Function URL or an ALB hands it on.
 * Then the errors API Gateway raises itself (throttling, missing route, WAF, timeout, oversized body), as a REST
 * API client receives them through the Gateway Responses generated from the same catalog.
 */
import { gatewayResponses, integrationResponses } from 'lambda-error-map/generate';
import {
  fakeLambdaContext,
  invokeNonProxy,
  type ProxyEventKind,
  proxyResult,
  respondGateway,
} from 'lambda-error-map/testing';
import { exampleProxyEvent } from '../test/support/example-events.js';
import { catalog } from './serverless/catalog.js';
import { handler as nonProxyHandler } from './serverless/non-proxy.js';
import { EXAMPLE_CASES, lookUpOrder } from './serverless/orders.js';
import { handler as proxyHandler } from './serverless/proxy.js';

const model = integrationResponses(catalog);
const gateway = gatewayResponses(catalog);

/** What API Gateway raises itself, before or around the Lambda, and why. */
const GATEWAY_CASES: ReadonlyArray<readonly [string, string]> = [
  ['THROTTLED', 'stage or usage-plan rate exceeded'],
  ['MISSING_AUTHENTICATION_TOKEN', 'no such route (or an unsigned IAM request)'],
  ['WAF_FILTERED', 'blocked by an AWS WAF rule'],
  ['INTEGRATION_TIMEOUT', 'the Lambda did not answer within the integration timeout'],
  ['REQUEST_TOO_LARGE', 'body over 10 MB'],
];

interface Answer {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

async function throughProxy(kind: ProxyEventKind, exampleCase: string): Promise<Answer> {
  const result = await proxyHandler(exampleProxyEvent(kind, exampleCase) as never, fakeLambdaContext());
  return proxyResult(result, kind);
}

function throughNonProxy(exampleCase: string): Promise<Answer> {
  return invokeNonProxy({
    handler: nonProxyHandler,
    event: { path: { case: exampleCase } },
    integration: model,
    requestId: 'demo-request-0001',
  });
}

function whatIsThrown(exampleCase: string): string {
  try {
    lookUpOrder(exampleCase);
    return 'nothing: returns an order';
  } catch (error) {
    const { name, message } = error as Error;
    return `${name}: ${message}`;
  }
}

const INTERESTING_HEADERS = ['Content-Type', 'Retry-After'];

function printGatewayErrors(): void {
  console.log('● errors API Gateway raises itself (REST API), through the generated Gateway Responses:');
  for (const [responseType, why] of GATEWAY_CASES) {
    const answer = respondGateway(gateway, { responseType, requestId: 'demo-request-0002' });
    console.log(`  ${responseType.padEnd(33)}${describeAnswer(answer)}`);
    console.log(`${' '.repeat(35)}(${why})`);
  }
  console.log('');
}

function describeAnswer(answer: Answer): string {
  const headers = INTERESTING_HEADERS.flatMap((name) => {
    const found = Object.entries(answer.headers).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? [`${name}: ${found[1]}`] : [];
  });
  return `${answer.statusCode}  ${headers.join('  ')}\n${' '.repeat(35)}${answer.body}`;
}

/** The middlewares log every error as one JSON line; the demo counts them instead of printing them. */
function countLogLines(): { readonly count: () => number; readonly restore: () => void } {
  const original = { error: console.error, warn: console.warn };
  let lines = 0;
  console.error = () => {
    lines++;
  };
  console.warn = () => {
    lines++;
  };
  return {
    count: () => lines,
    restore: () => Object.assign(console, original),
  };
}

const ROUTES: ReadonlyArray<readonly [string, (exampleCase: string) => Promise<Answer>]> = [
  ['non-proxy (integration: lambda)', throughNonProxy],
  ['REST API proxy', (c) => throughProxy('rest-v1', c)],
  ['HTTP API (payload 1.0)', (c) => throughProxy('http-api-v1', c)],
  ['HTTP API (payload 2.0)', (c) => throughProxy('http-api-v2', c)],
  ['Function URL', (c) => throughProxy('function-url', c)],
  ['ALB', (c) => throughProxy('alb', c)],
  ['ALB, multi-value headers', (c) => throughProxy('alb-multi-value', c)],
];

const GENERATE_HINT =
  'npx tsx src/cli/main.ts generate --catalog examples/serverless/catalog.ts --format cloudformation-yaml';

async function main(): Promise<void> {
  console.log('lambda-error-map demo: one catalog, every integration. The crash case carries a secret');
  console.log('(a database URL) in its message: no client below ever sees it.\n');
  for (const exampleCase of EXAMPLE_CASES) {
    console.log(`● case "${exampleCase}": the handler throws ${whatIsThrown(exampleCase)}`);
    for (const [route, send] of ROUTES) {
      const logs = countLogLines();
      let answer: Answer;
      try {
        answer = await send(exampleCase);
      } finally {
        logs.restore();
      }
      console.log(`  ${route.padEnd(33)}${describeAnswer(answer)}`);
    }
    console.log('');
  }
  printGatewayErrors();
  const statuses = model.integrationResponses.map((response) => response.statusCode).join(' ');
  console.log(`Generated integration responses (non-proxy): ${statuses}.`);
  console.log(`Generated Gateway Responses: ${gateway.length}, one per API Gateway response type.`);
  // Run from the repository root as printed: the CLI from src/ through tsx, with the demo's own catalog.
  console.log(`See them as CloudFormation: ${GENERATE_HINT}`);
}

await main();
