/**
 * Duplicate headers are comma-joined, as HTTP API does itself. Set-Cookie cannot be joined that way,
 * so its values go to `cookies`, which appears only when the response has cookies at all.
 */
export function writeHttpApiV2(reply) {
    const headers = { 'Content-Type': reply.contentType };
    let cookies = reply.cookies ? [...reply.cookies] : undefined;
    for (const [key, { name, values }] of reply.headers) {
        if (key === 'set-cookie')
            cookies = [...(cookies ?? []), ...values];
        else
            headers[name] = values.join(', ');
    }
    return cookies
        ? { statusCode: reply.status, headers, cookies, body: reply.body, isBase64Encoded: false }
        : { statusCode: reply.status, headers, body: reply.body, isBase64Encoded: false };
}
//# sourceMappingURL=write-http-api-v2.js.map