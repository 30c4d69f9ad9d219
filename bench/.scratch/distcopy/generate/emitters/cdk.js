import { GENERATED_NOTICE } from './header-name.js';
function nonEmpty(record) {
    return Object.keys(record).length > 0 ? { ...record } : undefined;
}
export function cdkResponses(model) {
    return {
        integrationResponses: model.integrationResponses.map((response) => {
            const templates = nonEmpty(response.responseTemplates);
            const parameters = nonEmpty(response.responseParameters);
            return {
                statusCode: response.statusCode,
                ...(response.selectionPattern !== undefined ? { selectionPattern: response.selectionPattern } : {}),
                ...(templates ? { responseTemplates: templates } : {}),
                ...(parameters ? { responseParameters: parameters } : {}),
            };
        }),
        methodResponses: model.methodResponses.map((response) => {
            const parameters = nonEmpty(response.responseParameters);
            return { statusCode: response.statusCode, ...(parameters ? { responseParameters: parameters } : {}) };
        }),
    };
}
/** `{ "integrationResponses": [...], "methodResponses": [...] }`. */
export function emitCdkJson(model) {
    return JSON.stringify(cdkResponses(model), null, 2) + '\n';
}
/** A TypeScript module exporting `integrationResponses` and `methodResponses`, typed by aws-cdk-lib. */
export function emitCdkTypeScript(model) {
    const { integrationResponses, methodResponses } = cdkResponses(model);
    return [
        `// ${GENERATED_NOTICE}`,
        '// new apigateway.LambdaIntegration(fn, { proxy: false, integrationResponses });',
        "// resource.addMethod('POST', integration, { methodResponses });",
        "import type { IntegrationResponse, MethodResponse } from 'aws-cdk-lib/aws-apigateway';",
        '',
        `export const integrationResponses: IntegrationResponse[] = ${JSON.stringify(integrationResponses, null, 2)};`,
        '',
        `export const methodResponses: MethodResponse[] = ${JSON.stringify(methodResponses, null, 2)};`,
        '',
    ].join('\n');
}
//# sourceMappingURL=cdk.js.map