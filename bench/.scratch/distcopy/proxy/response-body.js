import { renderProblemJson, renderProblemText } from '../problem/index.js';
export const PROXY_RESPONSE_FORMATS = ['problem+json', 'json', 'text'];
const CONTENT_TYPES = {
    'problem+json': 'application/problem+json',
    json: 'application/json',
    text: 'text/plain; charset=utf-8',
};
export function contentTypeOf(format) {
    return CONTENT_TYPES[format];
}
export function renderBody(problem, format) {
    return format === 'text' ? renderProblemText(problem) : renderProblemJson(problem);
}
//# sourceMappingURL=response-body.js.map