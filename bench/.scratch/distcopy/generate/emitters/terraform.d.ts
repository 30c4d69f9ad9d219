import type { IntegrationResponsesModel } from '../model.js';
/** Terraform identifier of the resources of one status: `status_404`. */
export declare function terraformResourceName(statusCode: string): string;
/**
 * A Terraform module (HCL): variables for the REST API, resource, method and the function's invoke ARN;
 * the Lambda custom integration (type AWS, integration method POST); one method response and one
 * integration response per status.
 */
export declare function emitTerraform(model: IntegrationResponsesModel): string;
//# sourceMappingURL=terraform.d.ts.map