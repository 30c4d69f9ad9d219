import type { IntegrationResponseModel } from '../generate/model.js';
/** Thrown when a configuration would behave unpredictably on API Gateway (its pattern order is undefined). */
export declare class AmbiguousSelectionError extends Error {
    readonly name = "AmbiguousSelectionError";
}
/**
 * Picks the integration response API Gateway would use for an invocation whose errorMessage is `errorMessage`
 * (the empty string for a success): every selection pattern is matched in full against it; no match → the
 * default response (no pattern); undefined when there is no default either.
 */
export declare function selectIntegrationResponse(responses: readonly IntegrationResponseModel[], errorMessage: string): IntegrationResponseModel | undefined;
//# sourceMappingURL=select-integration-response.d.ts.map