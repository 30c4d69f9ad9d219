/** The error document the Lambda Node.js runtime posts for a failed invocation (what API Gateway receives). */
export interface LambdaErrorPayload {
    readonly errorType: string;
    readonly errorMessage: string;
    readonly trace: readonly string[];
}
/**
 * Which runtime interface client to follow:
 * - `classic`: aws-lambda-nodejs-runtime-interface-client v3 (`src/Errors.js`, `src/CallbackContext.js`),
 *   the managed nodejs18.x/20.x/22.x runtimes;
 * - `v4`: the TypeScript rewrite (`src/utils/error.ts`, `formatError`).
 */
export type RuntimeFlavour = 'classic' | 'v4';
/**
 * Builds `{errorType, errorMessage, trace}` for a value a handler threw or rejected with, exactly as the runtime
 * does. Source: aws-lambda-nodejs-runtime-interface-client `src/Errors.js` `toRapidResponse` (classic) and
 * `src/utils/error.ts` `formatError` (v4). In the classic runtime an async handler that rejects with null or
 * undefined goes through `context.fail`, which replaces it with the string 'handled' (`src/CallbackContext.js`).
 */
export declare function lambdaErrorPayload(thrown: unknown, runtime?: RuntimeFlavour): LambdaErrorPayload;
//# sourceMappingURL=lambda-error-payload.d.ts.map