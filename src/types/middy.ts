// Declared here, not imported from @middy/core, so that the published types need neither @middy/core nor
// aws-lambda: a consumer type-checks with only TypeScript installed. Structurally compatible with the
// `Request` and `MiddlewareObj` of @middy/core 6 and 7 (test/package/consumer-types.test.ts checks both ways).

/** The part of a Middy request the error middlewares read and write. */
export interface MiddyErrorRequest {
  event: unknown;
  context: unknown;
  response: unknown;
  error: unknown;
}

/** A Middy middleware object with `onError` only: `middy(handler).use(it)`. */
export interface ErrorMiddleware {
  onError: (request: MiddyErrorRequest) => void;
}
