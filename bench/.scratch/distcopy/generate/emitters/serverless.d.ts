import type { IntegrationResponsesModel } from '../model.js';
/** One entry of `response.statusCodes` in a Serverless Framework v3 `http` event with `integration: lambda`. */
export interface ServerlessStatusCode {
    /** Selection pattern; `''` marks the default response (Serverless writes `SelectionPattern: ''`). */
    readonly pattern: string;
    /** Content type → response mapping template. */
    readonly template?: Readonly<Record<string, string>>;
    /** Header name → integration response value (`"'application/problem+json'"` is a static value). */
    readonly headers?: Readonly<Record<string, string>>;
}
export interface ServerlessResponse {
    readonly statusCodes: Readonly<Record<string, ServerlessStatusCode>>;
}
/**
 * The `response` block of a Serverless Framework v3 `http` event with `integration: lambda`.
 *
 * Serverless declares a method response for every status code, with each header of `headers` as a
 * required method response header; headers a template sets through `$context.responseOverride.header`
 * need no declaration.
 */
export declare function serverlessResponse(model: IntegrationResponsesModel): ServerlessResponse;
/** `serverlessResponse` as YAML, to paste under `functions.<name>.events[].http` next to `integration: lambda`. */
export declare function emitServerless(model: IntegrationResponsesModel): string;
//# sourceMappingURL=serverless.d.ts.map