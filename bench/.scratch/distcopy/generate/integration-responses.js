import { defaultCatalog } from '../catalog/index.js';
import { selectionPatternsByStatus } from './patterns.js';
import { branchingProblemTemplate, fixedProblemTemplate, PASSTHROUGH_TEMPLATE, taggedProblemTemplate, } from './templates.js';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const HEADER = 'method.response.header.';
const CATCH_ALL_DETAIL = 'The server could not complete the request.';
const TIMEOUT_DETAIL = 'The function did not complete in time.';
/**
 * The integration responses and method responses of a non-proxy (Lambda custom) integration for a
 * catalog: one per status, selection patterns forming a partition of all error messages, problem+json
 * bodies. Emitters turn this model into serverless.yml, CloudFormation, OpenAPI, CDK, Terraform or CLI.
 */
export function integrationResponses(catalog = defaultCatalog, options = {}) {
    const successStatus = checkedStatus('successStatus', options.successStatus ?? 200, 200, 399);
    const timeoutStatus = checkedStatus('timeoutStatus', options.timeoutStatus ?? 504, 400, 599);
    const catchAllStatus = checkedStatus('catchAllStatus', options.catchAllStatus ?? 500, 400, 599);
    const corsParameters = corsResponseParameters(options.corsOrigin);
    const successTemplate = checkedTemplate(options.successTemplate);
    const success = {
        statusCode: String(successStatus),
        selectionPattern: undefined,
        responseTemplates: { 'application/json': successTemplate },
        responseParameters: { ...corsParameters },
    };
    const selections = selectionPatternsByStatus(catalog, { timeoutStatus, catchAllStatus });
    const errors = selections.map((selection) => errorResponse(selection, timeoutStatus, corsParameters));
    return {
        integrationResponses: [success, ...errors],
        methodResponses: [
            methodResponse(success, false),
            ...errors.map((response, i) => methodResponse(response, hasTaggedAlternative(selections[i]))),
        ],
    };
}
function hasTaggedAlternative(selection) {
    return selection?.alternatives.some((alternative) => alternative.role === 'tagged') ?? false;
}
function errorResponse(selection, timeoutStatus, corsParameters) {
    const tagged = hasTaggedAlternative(selection);
    const untagged = selection.alternatives.some((alternative) => alternative.role !== 'tagged');
    const detail = selection.status === timeoutStatus ? TIMEOUT_DETAIL : CATCH_ALL_DETAIL;
    const template = !untagged
        ? taggedProblemTemplate()
        : tagged
            ? branchingProblemTemplate(selection.status, detail)
            : fixedProblemTemplate(selection.status, detail);
    return {
        statusCode: String(selection.status),
        selectionPattern: selection.selectionPattern,
        responseTemplates: { [PROBLEM_CONTENT_TYPE]: template },
        responseParameters: {
            [`${HEADER}Content-Type`]: `'${PROBLEM_CONTENT_TYPE}'`,
            ...corsParameters,
        },
    };
}
/** Declares every header the integration response maps, plus Retry-After where the tagged template may set it. */
function methodResponse(response, setsRetryAfter) {
    const headers = Object.keys(response.responseParameters);
    if (setsRetryAfter)
        headers.push(`${HEADER}Retry-After`);
    return {
        statusCode: response.statusCode,
        responseParameters: Object.fromEntries(headers.map((header) => [header, false])),
    };
}
function checkedStatus(name, value, min, max) {
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new TypeError(`integrationResponses: ${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
    }
    return value;
}
function checkedTemplate(template) {
    if (template === undefined)
        return PASSTHROUGH_TEMPLATE;
    if (typeof template !== 'string' || template.trim() === '') {
        throw new TypeError('integrationResponses: successTemplate must be a non-empty VTL template string; omit it to pass the result through');
    }
    return template;
}
function corsResponseParameters(origin) {
    if (origin === undefined)
        return {};
    if (typeof origin !== 'string' || origin === '' || /['\r\n]/.test(origin)) {
        throw new TypeError(`integrationResponses: corsOrigin must be a non-empty origin such as "https://app.example.com" or "*" without quotes or line breaks, got ${JSON.stringify(origin)}`);
    }
    return { [`${HEADER}Access-Control-Allow-Origin`]: `'${origin}'` };
}
//# sourceMappingURL=integration-responses.js.map