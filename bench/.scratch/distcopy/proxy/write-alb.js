import { statusTitle } from '../catalog/status-titles.js';
/** ALB's status line text, e.g. "404 Not Found". */
export function statusDescription(status) {
    return `${status} ${statusTitle(status)}`;
}
/**
 * Single-value mode: duplicates are comma-joined, except Set-Cookie, which cannot be, so the last one
 * wins (as ALB would keep only one).
 */
export function writeAlb(reply) {
    const headers = { 'Content-Type': reply.contentType };
    for (const [key, { name, values }] of reply.headers) {
        headers[name] = key === 'set-cookie' ? values.at(-1) : values.join(', ');
    }
    return {
        statusCode: reply.status,
        statusDescription: statusDescription(reply.status),
        headers,
        body: reply.body,
        isBase64Encoded: false,
    };
}
export function writeAlbMultiValue(reply) {
    const multiValueHeaders = { 'Content-Type': [reply.contentType] };
    for (const { name, values } of reply.headers.values())
        multiValueHeaders[name] = [...values];
    return {
        statusCode: reply.status,
        statusDescription: statusDescription(reply.status),
        multiValueHeaders,
        body: reply.body,
        isBase64Encoded: false,
    };
}
//# sourceMappingURL=write-alb.js.map