import { lambdaErrorPayload } from './lambda-error-payload.js';
/**
 * Invokes a handler the way the Node.js runtime does (src/Runtime.js `handleOnceNonStreaming`): a returned promise
 * settles the invocation; otherwise the callback does. A handler that neither returns a promise nor takes a
 * callback succeeds with null, as the runtime does when the event loop drains.
 */
export async function invokeHandler(handler, event, context, options = {}) {
    const runtime = options.runtime ?? 'classic';
    const timeoutSeconds = options.timeoutSeconds ?? 3;
    let timer;
    const timedOut = new Promise((resolve) => {
        timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000);
    });
    try {
        const settled = await Promise.race([settle(handler, event, context, runtime), timedOut]);
        if (settled === 'timeout')
            return { kind: 'error', payload: timeoutPayload(context.awsRequestId, timeoutSeconds) };
        if (!settled.ok)
            return { kind: 'error', payload: lambdaErrorPayload(settled.error, runtime) };
        return serialize(settled.value, runtime);
    }
    finally {
        clearTimeout(timer);
    }
}
function settle(handler, event, context, runtime) {
    return new Promise((resolve) => {
        // The classic runtime's callback treats a null/undefined error as success (src/CallbackContext.js).
        const callback = (error, result) => resolve(error === undefined || error === null ? { ok: true, value: result } : { ok: false, error });
        let returned;
        try {
            returned = handler(event, context, callback);
        }
        catch (error) {
            if (runtime === 'classic')
                callback(error);
            else
                resolve({ ok: false, error });
            return;
        }
        if (isPromiseLike(returned)) {
            returned.then((value) => resolve({ ok: true, value }), (error) => resolve({ ok: false, error }));
        }
        else if (handler.length < 3) {
            resolve({ ok: true, value: null });
        }
    });
}
function isPromiseLike(value) {
    return typeof value?.then === 'function';
}
/** The runtime posts `JSON.stringify(result ?? null)`; a result that cannot be stringified fails the invocation. */
function serialize(value, runtime) {
    try {
        return { kind: 'success', payload: JSON.stringify(value === undefined ? null : value) };
    }
    catch {
        return {
            kind: 'error',
            payload: lambdaErrorPayload(new Error('Unable to stringify response body'), runtime),
        };
    }
}
/** The error Lambda reports when the function runs out of time (newer format, errorType `Sandbox.Timedout`). */
export function timeoutPayload(requestId, timeoutSeconds) {
    return {
        errorType: 'Sandbox.Timedout',
        errorMessage: `RequestId: ${requestId} Error: Task timed out after ${timeoutSeconds.toFixed(2)} seconds`,
        trace: [],
    };
}
//# sourceMappingURL=invoke-handler.js.map