import type { IntegrationResponsesModel } from '../generate/model.js';
import { type CloudFormationResponses } from './cloudformation-responses.js';
import { type EmulatedResponse } from './internal-server-error.js';
import type { InvocationOutcome } from './invoke-handler.js';
/** Integration responses as our neutral model or as a CloudFormation method's arrays. */
export type IntegrationConfig = IntegrationResponsesModel | CloudFormationResponses;
export interface RespondOptions {
    readonly outcome: InvocationOutcome;
    readonly integration: IntegrationConfig;
    /** API Gateway's `$context.requestId`. */
    readonly requestId: string;
    /** The request's Accept header: picks the response template (default: application/json, else the first one). */
    readonly accept?: string;
    /** Extra `$context` variables for templates. */
    readonly requestContext?: Readonly<Record<string, unknown>>;
    readonly stageVariables?: Readonly<Record<string, string>>;
    /** Receives what API Gateway would write to its execution log (why a 500 happened, for instance). */
    readonly log?: (line: string) => void;
}
export declare function toModel(integration: IntegrationConfig): IntegrationResponsesModel;
/**
 * What API Gateway sends the client for one Lambda (non-proxy) invocation outcome: integration response
 * selection on errorMessage, the method response check, the response template and the response parameters.
 */
export declare function respondNonProxy(options: RespondOptions): EmulatedResponse;
//# sourceMappingURL=respond-non-proxy.d.ts.map