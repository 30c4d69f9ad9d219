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

// The Lambda context object as the Node.js runtime passes it, declared here so that the published types need
// no aws-lambda package; assignable to and from aws-lambda's `Context` (its optional `identity` and
// `clientContext` are left out: they only exist for mobile SDK calls).

export interface LambdaContext {
  callbackWaitsForEmptyEventLoop: boolean;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  tenantId?: string | undefined;
  getRemainingTimeInMillis(): number;
  /** @deprecated Return a value or throw from an async handler. */
  done(error?: Error, result?: unknown): void;
  /** @deprecated Throw from an async handler. */
  fail(error: Error | string): void;
  /** @deprecated Return a value from an async handler. */
  succeed(messageOrObject: unknown): void;
}
