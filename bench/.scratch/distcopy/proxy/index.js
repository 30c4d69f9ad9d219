export { detectEventKind } from './event-kind.js';
export { errorResponseForEvent, proxyErrorResponse, } from './proxy-error-response.js';
//# sourceMappingURL=index.js.map