export function isCloudFormationResponses(value) {
    return (typeof value === 'object' && value !== null && ('IntegrationResponses' in value || 'Integration' in value));
}
/**
 * Converts CloudFormation's PascalCase arrays to the neutral model. An empty SelectionPattern is read as no
 * pattern (the default response), as the API Gateway console writes it.
 */
export function fromCloudFormation(responses) {
    const integration = 'Integration' in responses ? responses.Integration.IntegrationResponses : responses.IntegrationResponses;
    const method = responses.MethodResponses;
    if (!Array.isArray(integration)) {
        throw new Error('CloudFormation responses need an IntegrationResponses array (Integration.IntegrationResponses)');
    }
    if (!Array.isArray(method)) {
        throw new Error('CloudFormation responses need a MethodResponses array: without it every status is an invalid method response');
    }
    return {
        integrationResponses: integration.map(toIntegrationResponse),
        methodResponses: method.map(toMethodResponse),
    };
}
function toIntegrationResponse(response) {
    return {
        statusCode: statusText(response.StatusCode, 'IntegrationResponses'),
        selectionPattern: response.SelectionPattern === '' ? undefined : response.SelectionPattern,
        responseTemplates: response.ResponseTemplates ?? {},
        responseParameters: response.ResponseParameters ?? {},
    };
}
function toMethodResponse(response) {
    return {
        statusCode: statusText(response.StatusCode, 'MethodResponses'),
        responseParameters: response.ResponseParameters ?? {},
    };
}
function statusText(status, where) {
    const text = String(status ?? '');
    if (!/^[1-5]\d\d$/.test(text)) {
        throw new Error(`${where}: StatusCode ${JSON.stringify(status)} is not an HTTP status such as "404"`);
    }
    return text;
}
//# sourceMappingURL=cloudformation-responses.js.map