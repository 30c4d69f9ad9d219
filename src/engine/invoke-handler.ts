import type { LambdaContext as Context } from '../util/lambda-types.js';
import { type LambdaErrorPayload, lambdaErrorPayload, type RuntimeFlavour } from './lambda-error-payload.js';

/** What Lambda hands back to API Gateway after one synchronous invocation. */
export type InvocationOutcome =
  | { readonly kind: 'success'; readonly payload: string }
  | { readonly kind: 'error'; readonly payload: LambdaErrorPayload };

export interface InvokeOptions {
  readonly runtime?: RuntimeFlavour;
  /** Seconds before the invocation is reported as timed out; defaults to 3, Lambda's default timeout. */
  readonly timeoutSeconds?: number;
}

/**
 * Any Lambda handler: async, callback style, or middy-wrapped. Typed loosely on purpose so that handlers typed for
 * any event (APIGatewayProxyHandler, a middy handler with its own options argument, ...) are accepted.
 */
export type AnyHandler = (event: never, context: never, callback: never) => unknown;

type CallableHandler = (
  event: unknown,
  context: Context,
  callback: (error?: unknown, result?: unknown) => void,
) => unknown;

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * Invokes a handler the way the Node.js runtime does (src/Runtime.js `handleOnceNonStreaming`): a returned promise
 * settles the invocation; otherwise the callback does. A handler that neither returns a promise nor takes a
 * callback succeeds with null, as the runtime does when the event loop drains.
 */
export async function invokeHandler(
  handler: AnyHandler,
  event: unknown,
  context: Context,
  options: InvokeOptions = {},
): Promise<InvocationOutcome> {
  const runtime = options.runtime ?? 'classic';
  const timeoutSeconds = options.timeoutSeconds ?? 3;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000);
  });
  try {
    const settled = await Promise.race([settle(handler, event, context, runtime), timedOut]);
    if (settled === 'timeout')
      return { kind: 'error', payload: timeoutPayload(context.awsRequestId, timeoutSeconds) };
    if (!settled.ok) return { kind: 'error', payload: lambdaErrorPayload(settled.error, runtime) };
    return serialize(settled.value, runtime);
  } finally {
    clearTimeout(timer);
  }
}

function settle(
  handler: AnyHandler,
  event: unknown,
  context: Context,
  runtime: RuntimeFlavour,
): Promise<Settled> {
  return new Promise<Settled>((resolve) => {
    // The classic runtime's callback treats a null/undefined error as success (src/CallbackContext.js).
    const callback = (error?: unknown, result?: unknown) =>
      resolve(error === undefined || error === null ? { ok: true, value: result } : { ok: false, error });
    let returned: unknown;
    try {
      returned = (handler as unknown as CallableHandler)(event, context, callback);
    } catch (error) {
      if (runtime === 'classic') callback(error);
      else resolve({ ok: false, error });
      return;
    }
    if (isPromiseLike(returned)) {
      returned.then(
        (value) => resolve({ ok: true, value }),
        (error) => resolve({ ok: false, error }),
      );
    } else if (handler.length < 3) {
      resolve({ ok: true, value: null });
    }
  });
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/** The runtime posts `JSON.stringify(result ?? null)`; a result that cannot be stringified fails the invocation. */
function serialize(value: unknown, runtime: RuntimeFlavour): InvocationOutcome {
  try {
    return { kind: 'success', payload: JSON.stringify(value === undefined ? null : value) };
  } catch {
    return {
      kind: 'error',
      payload: lambdaErrorPayload(new Error('Unable to stringify response body'), runtime),
    };
  }
}

/** The error Lambda reports when the function runs out of time (newer format, errorType `Sandbox.Timedout`). */
export function timeoutPayload(requestId: string, timeoutSeconds: number): LambdaErrorPayload {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`,
    trace: [],
  };
}
