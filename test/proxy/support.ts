import type { MiddlewareObj } from '@middy/core';
import middy from '@middy/core';
import type { ProxyEventKindName } from '../support/events.js';
import { EVENT_BUILDERS, lambdaContext, type RequestOptions } from '../support/events.js';
import { assertValidProxyResponse } from '../support/response-validators.js';

export const REQUEST_ID = 'c6af9ac6-7b61-11e6-9a41-93e812345678';

/** Runs a handler that throws `thrown` through real @middy/core with the given middlewares. */
export async function respondTo(
  kind: ProxyEventKindName,
  thrown: unknown,
  middlewares: MiddlewareObj[],
  request: RequestOptions = {},
  validate = true,
): Promise<Record<string, unknown>> {
  const handler = middy(async () => {
    throw thrown;
  });
  for (const middleware of middlewares) handler.use(middleware);
  const event = EVENT_BUILDERS[kind](request);
  const response = (await handler(event as never, lambdaContext(REQUEST_ID))) as Record<string, unknown>;
  if (validate) assertValidProxyResponse(kind, response);
  return response;
}

export function parsedBody(response: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(response.body as string) as Record<string, unknown>;
}
