/**
 * Single-valued headers go to `headers`, headers with several values (e.g. two Set-Cookie) to
 * `multiValueHeaders` only: API Gateway merges the two maps, and a name in both would be sent twice.
 */
export function writeRestV1(reply) {
    const headers = { 'Content-Type': reply.contentType };
    const multiValueHeaders = {};
    let hasMultiValue = false;
    for (const { name, values } of reply.headers.values()) {
        if (values.length === 1) {
            headers[name] = values[0];
        }
        else {
            multiValueHeaders[name] = [...values];
            hasMultiValue = true;
        }
    }
    return hasMultiValue
        ? { statusCode: reply.status, headers, multiValueHeaders, body: reply.body, isBase64Encoded: false }
        : { statusCode: reply.status, headers, body: reply.body, isBase64Encoded: false };
}
//# sourceMappingURL=write-rest-v1.js.map