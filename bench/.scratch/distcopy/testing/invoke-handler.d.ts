import type { Context } from 'aws-lambda';
import { type LambdaErrorPayload, type RuntimeFlavour } from './lambda-error-payload.js';
/** What Lambda hands back to API Gateway after one synchronous invocation. */
export type InvocationOutcome = {
    readonly kind: 'success';
    readonly payload: string;
} | {
    readonly kind: 'error';
    readonly payload: LambdaErrorPayload;
};
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
/**
 * Invokes a handler the way the Node.js runtime does (src/Runtime.js `handleOnceNonStreaming`): a returned promise
 * settles the invocation; otherwise the callback does. A handler that neither returns a promise nor takes a
 * callback succeeds with null, as the runtime does when the event loop drains.
 */
export declare function invokeHandler(handler: AnyHandler, event: unknown, context: Context, options?: InvokeOptions): Promise<InvocationOutcome>;
/** The error Lambda reports when the function runs out of time (newer format, errorType `Sandbox.Timedout`). */
export declare function timeoutPayload(requestId: string, timeoutSeconds: number): LambdaErrorPayload;
//# sourceMappingURL=invoke-handler.d.ts.map