// The Powertools adapter with the real HTTP router (@aws-lambda-powertools/event-handler/http), resolving
// realistic REST v1 and HTTP API 2.0 events through `app.resolve(event, context)`.
import { Router } from '@aws-lambda-powertools/event-handler/http';
import { describe, expect, it, jest } from '@jest/globals';
import type { ErrorLogEntry } from '../../src/index.js';
import { problemErrorHandler } from '../../src/powertools/index.js';
import {
  adapterCatalog as catalog,
  describeAdapterContract,
  throwsNotFound,
} from '../support/adapter-contract.js';
import { httpApiV2Event, lambdaContext, restV1Event } from '../support/events.js';
import { assertValidProxyResponse, headerValues } from '../support/response-validators.js';

/** A router whose GET and HEAD /orders/:id run `handler`, with the adapter registered for every Error. */
function appWith(handler: () => Promise<unknown>, entries: ErrorLogEntry[] = []) {
  const app = new Router();
  app.route(async () => (await handler()) as Record<string, string>, {
    method: ['GET', 'HEAD'],
    path: '/orders/:id',
  });
  app.errorHandler(Error, problemErrorHandler({ catalog, logger: (entry) => entries.push(entry) }));
  return app;
}

describeAdapterContract('problemErrorHandler', (handler, entries, event) =>
  appWith(handler, entries).resolve(event as Parameters<Router['resolve']>[0], lambdaContext()),
);

describe.each([
  ['rest-v1', restV1Event],
  ['http-api-v2', httpApiV2Event],
] as const)('problemErrorHandler and the router on a %s event', (kind, event) => {
  it("answers the router's own 404 (no route) as a problem, keeping its status and message", async () => {
    const app = appWith(async () => ({}));
    const response = await app.resolve(event({ path: '/nowhere' }), lambdaContext());
    assertValidProxyResponse(kind, response);
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    expect(JSON.parse(response.body as string)).toMatchObject({
      status: 404,
      title: 'Not Found',
      detail: 'Route /nowhere for method GET not found',
      instance: '/nowhere',
    });
  });

  it('keeps headers a router middleware set (e.g. CORS) on the error response', async () => {
    const app = appWith(throwsNotFound);
    app.use(async ({ reqCtx, next }) => {
      reqCtx.res.headers.set('Access-Control-Allow-Origin', 'https://app.example.com');
      await next();
    });
    const response = await app.resolve(event(), lambdaContext());
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'access-control-allow-origin')).toEqual(['https://app.example.com']);
  });
});

describe('problemErrorHandler options', () => {
  it('works without options: the default catalog, logged on the console', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const app = new Router();
      app.get('/orders/:id', async () => {
        throw new Error('db down');
      });
      app.errorHandler(Error, problemErrorHandler());
      const response = await app.resolve(restV1Event(), lambdaContext());
      expect(response.statusCode).toBe(500);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('"kind":"InternalServerError"'));
    } finally {
      error.mockRestore();
    }
  });

  it('refuses a wrong option with a TypeError naming the handler and the option', () => {
    expect(() => problemErrorHandler({ exposeServerErrors: 'yes' as never })).toThrow(
      'problemErrorHandler: option "exposeServerErrors" must be a boolean, got "yes"',
    );
  });
});
