import type { IntegrationResponsesModel } from '../model.js';
/** Structurally `IntegrationResponse` of aws-cdk-lib/aws-apigateway. */
export interface CdkIntegrationResponse {
    readonly statusCode: string;
    readonly selectionPattern?: string;
    readonly responseTemplates?: Readonly<Record<string, string>>;
    readonly responseParameters?: Readonly<Record<string, string>>;
}
/** Structurally `MethodResponse` of aws-cdk-lib/aws-apigateway. */
export interface CdkMethodResponse {
    readonly statusCode: string;
    readonly responseParameters?: Readonly<Record<string, boolean>>;
}
export interface CdkResponses {
    /** For `new LambdaIntegration(fn, { proxy: false, integrationResponses })`. */
    readonly integrationResponses: readonly CdkIntegrationResponse[];
    /** For `resource.addMethod(method, integration, { methodResponses })`. */
    readonly methodResponses: readonly CdkMethodResponse[];
}
export declare function cdkResponses(model: IntegrationResponsesModel): CdkResponses;
/** `{ "integrationResponses": [...], "methodResponses": [...] }`. */
export declare function emitCdkJson(model: IntegrationResponsesModel): string;
/** A TypeScript module exporting `integrationResponses` and `methodResponses`, typed by aws-cdk-lib. */
export declare function emitCdkTypeScript(model: IntegrationResponsesModel): string;
//# sourceMappingURL=cdk.d.ts.map