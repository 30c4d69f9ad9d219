import { MappingTemplateError } from './check-template.js';
import { fromCloudFormation, isCloudFormationResponses, } from './cloudformation-responses.js';
import { restInternalServerError, setHeader } from './internal-server-error.js';
import { renderMappingTemplate } from './render-template.js';
import { resolveResponseParameters } from './response-parameters.js';
import { selectIntegrationResponse } from './select-integration-response.js';
export function toModel(integration) {
    return isCloudFormationResponses(integration) ? fromCloudFormation(integration) : integration;
}
/**
 * What API Gateway sends the client for one Lambda (non-proxy) invocation outcome: integration response
 * selection on errorMessage, the method response check, the response template and the response parameters.
 */
export function respondNonProxy(options) {
    const log = options.log ?? (() => { });
    const model = toModel(options.integration);
    const { outcome } = options;
    const errorMessage = outcome.kind === 'error' ? outcome.payload.errorMessage : '';
    const body = outcome.kind === 'error' ? JSON.stringify(outcome.payload) : outcome.payload;
    const selected = selectIntegrationResponse(model.integrationResponses, errorMessage);
    if (!selected) {
        log('No integration response matched and there is no default integration response');
        return restInternalServerError(500);
    }
    const methodResponse = model.methodResponses.find((method) => method.statusCode === selected.statusCode);
    if (!methodResponse) {
        log(`Execution failed due to configuration error: Output mapping refers to an invalid method response: ${selected.statusCode}`);
        return restInternalServerError(500);
    }
    const headers = resolveResponseParameters(selected.responseParameters, methodResponse, body);
    const contentType = chooseContentType(selected, options.accept);
    const template = contentType === undefined ? '' : (selected.responseTemplates[contentType] ?? '');
    let rendered = { output: body, statusOverride: undefined, headerOverrides: {} };
    if (template !== '') {
        try {
            rendered = renderMappingTemplate(template, {
                body,
                requestId: options.requestId,
                ...(options.requestContext ? { context: options.requestContext } : {}),
                ...(options.stageVariables ? { stageVariables: options.stageVariables } : {}),
            });
        }
        catch (error) {
            if (error instanceof MappingTemplateError)
                throw error;
            log(`Execution failed due to configuration error: Unable to transform response: ${error.message}`);
            return restInternalServerError(500);
        }
    }
    const responseHeaders = { 'Content-Type': contentType ?? 'application/json' };
    for (const [name, value] of Object.entries(headers))
        setHeader(responseHeaders, name, value);
    for (const [name, value] of Object.entries(rendered.headerOverrides))
        setHeader(responseHeaders, name, value);
    return {
        statusCode: rendered.statusOverride ?? Number(selected.statusCode),
        headers: responseHeaders,
        body: rendered.output,
    };
}
function chooseContentType(response, accept) {
    const types = Object.keys(response.responseTemplates);
    if (accept !== undefined) {
        const wanted = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
        const exact = types.find((type) => wanted.includes(type.toLowerCase()));
        if (exact)
            return exact;
    }
    return types.find((type) => type.toLowerCase() === 'application/json') ?? types[0];
}
//# sourceMappingURL=respond-non-proxy.js.map