import type { IntegrationResponsesModel } from '../model.js';
export interface CloudFormationOptions {
    /** HTTP method of the API method the template creates. Default `POST`. */
    readonly httpMethod?: string;
}
/** `AWS::ApiGateway::Method` `Integration.IntegrationResponses[]` item. */
export interface CloudFormationIntegrationResponse {
    readonly StatusCode: string;
    readonly SelectionPattern?: string;
    readonly ResponseTemplates?: Readonly<Record<string, string>>;
    readonly ResponseParameters?: Readonly<Record<string, string>>;
}
/** `AWS::ApiGateway::Method` `MethodResponses[]` item. */
export interface CloudFormationMethodResponse {
    readonly StatusCode: string;
    readonly ResponseParameters?: Readonly<Record<string, boolean>>;
}
export declare function cloudFormationIntegrationResponses(model: IntegrationResponsesModel): CloudFormationIntegrationResponse[];
export declare function cloudFormationMethodResponses(model: IntegrationResponsesModel): CloudFormationMethodResponse[];
/**
 * A complete template: parameters `RestApiId`, `ResourceId` and `FunctionArn` (the function or alias ARN),
 * an `AWS::ApiGateway::Method` with a Lambda custom integration (type AWS, integration method POST), and
 * the permission that lets API Gateway invoke the function.
 */
export declare function cloudFormationTemplate(model: IntegrationResponsesModel, options?: CloudFormationOptions): Record<string, unknown>;
export declare function emitCloudFormationJson(model: IntegrationResponsesModel, options?: CloudFormationOptions): string;
/** The template as YAML with CloudFormation short tags (`!Ref`, `!Sub`). */
export declare function emitCloudFormationYaml(model: IntegrationResponsesModel, options?: CloudFormationOptions): string;
//# sourceMappingURL=cloudformation.d.ts.map