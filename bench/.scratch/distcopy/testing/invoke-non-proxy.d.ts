import type { Context } from 'aws-lambda';
import type { EmulatedResponse } from './internal-server-error.js';
import { type AnyHandler } from './invoke-handler.js';
import type { RuntimeFlavour } from './lambda-error-payload.js';
import { type IntegrationConfig } from './respond-non-proxy.js';
export interface InvokeNonProxyOptions {
    /** A plain Lambda handler (async or callback style) or a middy-wrapped one. */
    readonly handler: AnyHandler;
    /** The event, as the integration's request template would have built it. */
    readonly event: unknown;
    /** Fields that replace those of the realistic fake context. */
    readonly context?: Partial<Context>;
    readonly integration: IntegrationConfig;
    readonly accept?: string;
    /** API Gateway's `$context.requestId` (a fresh UUID by default; Lambda's awsRequestId is another one). */
    readonly requestId?: string;
    readonly requestContext?: Readonly<Record<string, unknown>>;
    readonly stageVariables?: Readonly<Record<string, string>>;
    readonly runtime?: RuntimeFlavour;
    /** The function's timeout; past it the invocation fails with Lambda's timeout error. Default 3. */
    readonly timeoutSeconds?: number;
    readonly log?: (line: string) => void;
}
/** Invokes the handler, then answers as API Gateway would for a Lambda (non-proxy) integration. */
export declare function invokeNonProxy(options: InvokeNonProxyOptions): Promise<EmulatedResponse>;
//# sourceMappingURL=invoke-non-proxy.d.ts.map