import { type ErrorCatalog } from '../catalog/index.js';
import type { IntegrationResponsesModel } from './model.js';
export interface IntegrationResponsesOptions {
    /** Status of successful invocations (the default response, no selection pattern). Default 200. */
    successStatus?: number;
    /** VTL template of the success response, keyed `application/json`. Default: the result unchanged. */
    successTemplate?: string;
    /** Status for Lambda timeouts. Default 504. */
    timeoutStatus?: number;
    /** Status for every other untagged error: crashes, unwrapped handlers, unknown tags. Default 500. */
    catchAllStatus?: number;
    /** Static `Access-Control-Allow-Origin` sent on every response, e.g. `https://app.example.com` or `*`. */
    corsOrigin?: string;
}
export declare const PROBLEM_CONTENT_TYPE = "application/problem+json";
/**
 * The integration responses and method responses of a non-proxy (Lambda custom) integration for a
 * catalog: one per status, selection patterns forming a partition of all error messages, problem+json
 * bodies. Emitters turn this model into serverless.yml, CloudFormation, OpenAPI, CDK, Terraform or CLI.
 */
export declare function integrationResponses(catalog?: ErrorCatalog, options?: IntegrationResponsesOptions): IntegrationResponsesModel;
//# sourceMappingURL=integration-responses.d.ts.map