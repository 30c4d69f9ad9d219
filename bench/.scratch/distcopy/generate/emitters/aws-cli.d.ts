import type { IntegrationResponsesModel } from '../model.js';
/**
 * A bash script of AWS CLI commands: `put-integration` (type AWS, integration method POST), then a
 * `put-method-response` per status, then a `put-integration-response` per status. Every value is one
 * single-quoted shell word; maps are JSON.
 */
export declare function emitAwsCli(model: IntegrationResponsesModel): string;
//# sourceMappingURL=aws-cli.d.ts.map