import { randomUUID } from 'node:crypto';
import { fakeLambdaContext } from './fake-context.js';
import { invokeHandler } from './invoke-handler.js';
import { respondNonProxy } from './respond-non-proxy.js';
/** Invokes the handler, then answers as API Gateway would for a Lambda (non-proxy) integration. */
export async function invokeNonProxy(options) {
    const timeoutSeconds = options.timeoutSeconds ?? 3;
    const context = { ...fakeLambdaContext({ timeoutSeconds }), ...options.context };
    const outcome = await invokeHandler(options.handler, options.event, context, {
        timeoutSeconds,
        ...(options.runtime ? { runtime: options.runtime } : {}),
    });
    return respondNonProxy({ ...options, outcome, requestId: options.requestId ?? randomUUID() });
}
//# sourceMappingURL=invoke-non-proxy.js.map