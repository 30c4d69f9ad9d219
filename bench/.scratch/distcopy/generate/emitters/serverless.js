import { GENERATED_NOTICE, methodResponseHeaderName } from './header-name.js';
import { toYamlText } from './yaml-text.js';
function headersOf(response) {
    const headers = {};
    for (const [parameter, value] of Object.entries(response.responseParameters)) {
        const header = methodResponseHeaderName(parameter);
        if (header === undefined) {
            throw new TypeError(`serverless emitter: response parameter ${JSON.stringify(parameter)} is not a method response header; Serverless only maps headers`);
        }
        headers[header] = value;
    }
    return headers;
}
function statusCodeEntry(response) {
    const headers = headersOf(response);
    return {
        pattern: response.selectionPattern ?? '',
        ...(Object.keys(response.responseTemplates).length > 0
            ? { template: { ...response.responseTemplates } }
            : {}),
        ...(Object.keys(headers).length > 0 ? { headers } : {}),
    };
}
/**
 * The `response` block of a Serverless Framework v3 `http` event with `integration: lambda`.
 *
 * Serverless declares a method response for every status code, with each header of `headers` as a
 * required method response header; headers a template sets through `$context.responseOverride.header`
 * need no declaration.
 */
export function serverlessResponse(model) {
    const statusCodes = {};
    for (const response of model.integrationResponses) {
        if (statusCodes[response.statusCode] !== undefined) {
            throw new TypeError(`serverless emitter: two integration responses for status ${response.statusCode}; Serverless keys them by status`);
        }
        statusCodes[response.statusCode] = statusCodeEntry(response);
    }
    return { statusCodes };
}
/** `serverlessResponse` as YAML, to paste under `functions.<name>.events[].http` next to `integration: lambda`. */
export function emitServerless(model) {
    return toYamlText({ response: serverlessResponse(model) }, {
        comment: `${GENERATED_NOTICE}\nPaste under an http event of a function: http: { path: ..., method: ..., integration: lambda, response: ... }`,
    });
}
//# sourceMappingURL=serverless.js.map