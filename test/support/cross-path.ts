// What a client receives for one thrown value through each integration: the proxy response
// (proxyErrorResponse on a REST v1 event) and the non-proxy one (taggedErrorMessage, then the generated
// integration responses: selection and template). Shared by the jest and the Apache Velocity 1.7 suites.
import middy from '@middy/core';
import createError from 'http-errors';
import type { IntegrationResponseModel, IntegrationResponsesModel } from '../../src/generate/index.js';
import {
  classify,
  defaultCatalog,
  type ErrorCatalog,
  proxyErrorResponse,
  taggedErrorMessage,
} from '../../src/index.js';
import type { ProblemDocument } from '../../src/problem/build-problem.js';
import { standardMembersOnly } from '../../src/problem/render-problem.js';
import { routableError } from '../../src/tagged/format-tagged-message.js';
import { type InvocationOutcome, invokeHandler } from '../../src/testing/index.js';
import { CLASSIFICATION_CASES } from '../nonproxy/cases.js';
import { lambdaContext, restV1Event } from './events.js';
import { routeUnderJava } from './java-regex.js';

export const LAMBDA_REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e8cross0001';

/** The README's classification cases, plus the Retry-After sources: own header, per-error option. */
export const CROSS_PATH_CASES: ReadonlyArray<readonly [string, () => unknown]> = [
  ...CLASSIFICATION_CASES,
  [
    'http-errors 429 with its own Retry-After header',
    () => createError(429, 'slow', { headers: { 'Retry-After': '7' } }),
  ],
  [
    'http-errors 503 with its own Retry-After header',
    () => createError(503, 'db-7', { headers: { 'Retry-After': '12' } }),
  ],
  [
    'http-errors 429 with an HTTP-date Retry-After',
    () => createError(429, 'slow', { headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' } }),
  ],
  [
    'catalog 409 with retryAfterSeconds',
    () => defaultCatalog.error('Conflict', 'edited', { retryAfterSeconds: 2 }),
  ],
];

/** The parts both integrations must agree on. */
export interface ClientView {
  readonly status: number;
  readonly retryAfter: string | undefined;
  /** The problem members, `instance` left out (only proxy events carry a path). */
  readonly problem: Record<string, unknown>;
}

function throwing(thrown: unknown) {
  return middy(async () => {
    throw thrown;
  });
}

export async function proxyView(
  thrown: unknown,
  catalog: ErrorCatalog = defaultCatalog,
): Promise<ClientView> {
  const handler = throwing(thrown).use(proxyErrorResponse({ catalog, logger: false }));
  const response = (await handler(restV1Event() as never, lambdaContext(LAMBDA_REQUEST_ID))) as {
    statusCode: number;
    headers: Record<string, string>;
    body: string;
  };
  const { instance: _instance, ...problem } = JSON.parse(response.body) as Record<string, unknown>;
  return { status: response.statusCode, retryAfter: response.headers['Retry-After'], problem };
}

/** The Lambda error payload taggedErrorMessage makes the runtime report. */
export async function nonProxyOutcome(
  thrown: unknown,
  catalog: ErrorCatalog = defaultCatalog,
): Promise<InvocationOutcome> {
  const handler = throwing(thrown).use(taggedErrorMessage({ catalog, logger: false }));
  return invokeHandler(handler, {}, lambdaContext(LAMBDA_REQUEST_ID));
}

/** The status and problem of the tagged errorMessage taggedErrorMessage throws (`[status] {json}`). */
export async function taggedView(
  thrown: unknown,
  catalog: ErrorCatalog = defaultCatalog,
): Promise<{ status: number; problem: Record<string, unknown>; message: string }> {
  const outcome = await nonProxyOutcome(thrown, catalog);
  if (outcome.kind !== 'error') throw new Error('the handler did not fail');
  const message = outcome.payload.errorMessage;
  const match = /^\[(\d{3})\] (\{.*\})$/s.exec(message);
  if (match === null) throw new Error(`untagged errorMessage: ${message}`);
  return { status: Number(match[1]), problem: JSON.parse(match[2] as string), message };
}

/** The integration response Java's Pattern.matches selects for each errorMessage (exactly one each, or throws). */
export async function selectUnderJava(
  model: IntegrationResponsesModel,
  errorMessages: readonly string[],
): Promise<IntegrationResponseModel[]> {
  const routes = await routeUnderJava(model, errorMessages);
  return routes.map((statuses, index) => {
    if (statuses.length !== 1) {
      throw new Error(
        `message #${index} matched ${statuses.length} patterns under Java: ${statuses.join(', ')}`,
      );
    }
    const selected = model.integrationResponses.find((response) => response.statusCode === statuses[0]);
    if (selected === undefined) throw new Error(`no integration response for ${statuses[0]}`);
    return selected;
  });
}

/** A rendered template's result as the client sees it: the status override wins over the response's status. */
export function renderedView(
  selected: IntegrationResponseModel,
  rendered: {
    output: string;
    statusOverride: number | undefined;
    headerOverrides: Readonly<Record<string, string>>;
  },
): ClientView {
  return {
    status: rendered.statusOverride ?? Number(selected.statusCode),
    retryAfter: rendered.headerOverrides['Retry-After'],
    problem: JSON.parse(rendered.output) as Record<string, unknown>,
  };
}

/** The proxy view with the status (and its title and type) the non-proxy tag falls back to for a status the catalog lacks. */
export function expectedNonProxyView(
  thrown: unknown,
  proxy: ClientView,
  catalog: ErrorCatalog = defaultCatalog,
): ClientView {
  const routable = routableError(classify(thrown, catalog), catalog);
  if (routable.status === proxy.status) return proxy;
  return {
    ...proxy,
    status: routable.status,
    problem: {
      // The fallback's kind can hide the error: then its extensions go with its detail.
      ...(routable.exposed ? proxy.problem : standardMembersOnly(proxy.problem as ProblemDocument)),
      status: routable.status,
      title: routable.title,
      type: routable.type,
      // A hidden detail repeats the title, so it repeats the fallback's title.
      detail: routable.exposed ? proxy.problem.detail : routable.title,
    },
  };
}
