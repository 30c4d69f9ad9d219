import type { MiddlewareObj } from '@middy/core';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import type { ErrorLogEntry } from '../../../src/index.js';
import { EVENT_BUILDERS, lambdaContext, type ProxyEventKindName } from '../../support/events.js';

export const METHODS = ['GET', 'POST', 'HEAD', 'DELETE', 'OPTIONS'] as const;

export interface ProxyInvocation {
  readonly kind: ProxyEventKindName;
  readonly method: string;
  readonly path: string;
  /** Whether @middy/http-cors is registered before the error middleware (its onError then runs after). */
  readonly withCors: boolean;
}

/** Runs a handler that throws `thrown` through real @middy/core on an event of the given kind. */
export async function invokeProxy(
  thrown: unknown,
  middleware: MiddlewareObj,
  invocation: ProxyInvocation,
): Promise<unknown> {
  const handler = middy(async () => {
    throw thrown;
  });
  if (invocation.withCors) handler.use(httpCors({ origin: '*' }));
  handler.use(middleware);
  const event = EVENT_BUILDERS[invocation.kind]({
    method: invocation.method,
    path: invocation.path,
    headers: { origin: 'https://app.example.com' },
  });
  return handler(event as never, lambdaContext());
}

/** What a handler invoked on a non-HTTP event ended with: the value it rejected with, or what it returned. */
export type Outcome =
  | { readonly rejected: true; readonly value: unknown }
  | { readonly rejected: false; readonly value: unknown };

/** Runs a handler that throws `thrown` through real @middy/core on `event`, an event of any source. */
export async function invokeOnEvent(
  thrown: unknown,
  middleware: MiddlewareObj,
  event: unknown,
): Promise<Outcome> {
  const handler = middy(async () => {
    throw thrown;
  }).use(middleware);
  try {
    return { rejected: false, value: await handler(event as never, lambdaContext()) };
  } catch (error) {
    return { rejected: true, value: error };
  }
}

/** The errorMessage Lambda would report: the message of the error the non-proxy middleware rethrows. */
export async function invokeNonProxy(
  thrown: unknown,
  middleware: MiddlewareObj,
): Promise<{ name: string; message: string }> {
  const handler = middy(async () => {
    throw thrown;
  }).use(middleware);
  try {
    await handler({ body: {}, path: {} } as never, lambdaContext());
  } catch (error) {
    const { name, message } = error as Error;
    return { name, message };
  }
  throw new Error('the non-proxy handler returned instead of throwing');
}

/**
 * A logger that serialises every entry, as a log shipper would. It records (never throws) what is wrong:
 * an entry that JSON cannot write, or (when `checksLevel`) a level that does not match the status.
 */
export function serialisingLogger(problems: string[], checksLevel = true): (entry: ErrorLogEntry) => void {
  return (entry) => {
    try {
      JSON.stringify(entry);
    } catch (error) {
      problems.push(`log entry cannot be serialised: ${(error as Error).message}`);
    }
    const expected = entry.status >= 500 ? 'error' : 'warn';
    if (checksLevel && entry.level !== expected)
      problems.push(`log level ${entry.level} for status ${entry.status}`);
  };
}
