import type { IntegrationResponsesModel } from '../generate/model.js';
/** `AWS::ApiGateway::Method` → `Integration.IntegrationResponses[]` items, as written in a template. */
export interface CloudFormationIntegrationResponse {
    StatusCode: string | number;
    SelectionPattern?: string;
    ResponseTemplates?: Record<string, string>;
    ResponseParameters?: Record<string, string>;
    ContentHandling?: string;
}
/** `AWS::ApiGateway::Method` → `MethodResponses[]` items. */
export interface CloudFormationMethodResponse {
    StatusCode: string | number;
    ResponseParameters?: Record<string, boolean>;
    ResponseModels?: Record<string, string>;
}
/** Either the two arrays, or the `Properties` of an `AWS::ApiGateway::Method` resource. */
export type CloudFormationResponses = {
    IntegrationResponses: CloudFormationIntegrationResponse[];
    MethodResponses: CloudFormationMethodResponse[];
} | {
    Integration: {
        IntegrationResponses?: CloudFormationIntegrationResponse[];
    };
    MethodResponses?: CloudFormationMethodResponse[];
};
export declare function isCloudFormationResponses(value: unknown): value is CloudFormationResponses;
/**
 * Converts CloudFormation's PascalCase arrays to the neutral model. An empty SelectionPattern is read as no
 * pattern (the default response), as the API Gateway console writes it.
 */
export declare function fromCloudFormation(responses: CloudFormationResponses): IntegrationResponsesModel;
//# sourceMappingURL=cloudformation-responses.d.ts.map