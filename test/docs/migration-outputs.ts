// The responses docs/migration.md shows: the same thrown values through @middy/http-error-handler and through
// proxyErrorResponse, on the same REST API event. test/docs/migration.test.ts compares the page with them.
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import createError from 'http-errors';
import { defineErrorCatalog, proxyErrorResponse } from '../../src/index.js';
import { lambdaContext, restV1Event } from '../support/events.js';

/** The catalog the page's "after" uses: the default one plus one kind of the service. */
export const migrationCatalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
});

/** `fallbackMessage: 'Something went wrong'` in catalog form: the 500 kind's title is what hidden errors say. */
export const fallbackCatalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
  InternalServerError: { status: 500, title: 'Something went wrong' },
});

/** What each case throws, named as on the page. */
export const MIGRATION_CASES: Readonly<Record<string, () => unknown>> = {
  'http-error-404': () => createError(404, 'Order 42 does not exist'),
  'catalog-error-404': () => migrationCatalog.error('OrderNotFound', 'Order 42 does not exist'),
  'http-error-401-with-header': () =>
    createError(401, 'Token expired', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } }),
  'http-error-503': () => createError(503, 'Replica db-3 is down'),
  crash: () => new Error('connect ECONNREFUSED 10.0.0.12:5432'),
};

type Middleware = Parameters<ReturnType<typeof middy>['use']>[0];

/** The middleware setups the page compares, by the name its markers use. */
export const MIGRATION_SETUPS: Readonly<Record<string, () => Middleware>> = {
  before: () => httpErrorHandler({ logger: false }),
  'before-fallback': () => httpErrorHandler({ logger: false, fallbackMessage: 'Something went wrong' }),
  after: () => proxyErrorResponse({ catalog: migrationCatalog, logger: false }),
  'after-fallback': () => proxyErrorResponse({ catalog: fallbackCatalog, logger: false }),
  'after-text': () => proxyErrorResponse({ catalog: migrationCatalog, logger: false, format: 'text' }),
};

/** A response as the page shows it: a JSON body parsed, any other body as text, no body left out. */
export interface ShownResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

function shown(response: {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}): ShownResponse {
  const headers = response.headers ?? {};
  const contentType =
    Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const body = response.body;
  if (body === undefined || body === '') return { statusCode: response.statusCode, headers };
  return {
    statusCode: response.statusCode,
    headers,
    body: contentType.includes('json') ? JSON.parse(body) : body,
  };
}

/** What the client receives for `thrownCase` under `setup`: the handler throws, the middleware answers. */
export async function migrationOutput(setup: string, thrownCase: string): Promise<ShownResponse> {
  const middleware = MIGRATION_SETUPS[setup];
  const thrown = MIGRATION_CASES[thrownCase];
  if (!middleware || !thrown) throw new Error(`no migration setup "${setup}" or case "${thrownCase}"`);
  const handler = middy(async (_event: APIGatewayProxyEvent) => {
    throw thrown();
  }).use(middleware());
  const response = await handler(restV1Event({ path: '/orders/42' }), lambdaContext());
  return shown(response as Parameters<typeof shown>[0]);
}
