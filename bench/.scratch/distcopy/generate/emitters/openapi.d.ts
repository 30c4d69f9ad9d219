import type { IntegrationResponsesModel } from '../model.js';
export interface OpenApiOptions {
    /** Path of the operation. Default `/example`. */
    readonly path?: string;
    /** Lower-case HTTP method of the operation. Default `post`. */
    readonly method?: string;
    /** The function's invocation URI. Default: a placeholder that names what to put there. */
    readonly functionUri?: string;
    /** `info.title` of the document. */
    readonly title?: string;
}
/** Deliberately not a valid ARN, so an API imported without filling it in fails loudly. */
export declare const FUNCTION_URI_PLACEHOLDER = "arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations";
/**
 * An OpenAPI 3.0 document with one operation whose `x-amazon-apigateway-integration` is a Lambda custom
 * integration (type aws, httpMethod POST) and whose `responses` declare every status and header the
 * integration responses use. `responses` of the integration are keyed by selection pattern, `default`
 * for the response without one.
 */
export declare function openApiDocument(model: IntegrationResponsesModel, options?: OpenApiOptions): Record<string, unknown>;
export declare function emitOpenApi(model: IntegrationResponsesModel, options?: OpenApiOptions): string;
//# sourceMappingURL=openapi.d.ts.map