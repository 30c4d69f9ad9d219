import type { FunctionConfig, HttpEventConfig } from './types.js';
/** An `http` event of a function with a non-proxy Lambda integration, and where it was declared. */
export interface LambdaHttpEvent {
    readonly functionName: string;
    /** `GET /orders/{id}`, for messages. */
    readonly route: string;
    /** The event's own object: the plugin fills its `response` in place, where the framework reads it. */
    readonly http: HttpEventConfig;
}
/**
 * Whether the framework compiles this event as a non-proxy Lambda integration (`integration: lambda`, or
 * its alias `aws`). Asynchronous ones (`async: true`) are left out: their errors never reach API Gateway.
 */
export declare function isSynchronousLambdaIntegration(http: HttpEventConfig): boolean;
/** Every `http` event with a synchronous non-proxy Lambda integration, in declaration order. */
export declare function lambdaHttpEvents(functions: Readonly<Record<string, FunctionConfig | null | undefined>> | null | undefined): LambdaHttpEvent[];
//# sourceMappingURL=lambda-http-events.d.ts.map