class MalformedResult extends Error {
}
const REST_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);
const ALB_BAD_GATEWAY = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';
/**
 * What API Gateway, a Function URL or an ALB sends the client for a handler's proxy result, including the
 * error they answer with when the result is malformed (REST 502, HTTP API 500, Function URL 502, ALB 502).
 */
export function proxyResult(result, eventKind) {
    try {
        switch (eventKind) {
            case 'rest':
            case 'http-v1':
                return restResponse(result, eventKind);
            case 'http-v2':
            case 'function-url':
                return v2Response(result);
            case 'alb':
            case 'alb-multi':
                return albResponse(result, eventKind === 'alb-multi');
            default:
                throw new Error(`unknown proxy event kind ${JSON.stringify(eventKind)}: use rest, http-v1, http-v2, function-url, alb or alb-multi`);
        }
    }
    catch (error) {
        if (error instanceof MalformedResult)
            return malformed(eventKind);
        throw error;
    }
}
function malformed(eventKind) {
    switch (eventKind) {
        case 'rest':
            return plain(502, 'application/json', '{"message": "Internal server error"}');
        case 'http-v1':
        case 'http-v2':
            return plain(500, 'application/json', '{"message":"Internal Server Error"}');
        case 'function-url':
            return plain(502, 'text/plain', 'Internal Server Error');
        default:
            return plain(502, 'text/html', ALB_BAD_GATEWAY);
    }
}
function plain(statusCode, contentType, body) {
    return {
        statusCode,
        headers: { 'Content-Type': contentType },
        multiValueHeaders: { 'Content-Type': [contentType] },
        body,
    };
}
function restResponse(result, eventKind) {
    const object = asObject(result);
    if (Object.keys(object).some((key) => !REST_KEYS.has(key)))
        throw new MalformedResult();
    const lines = new HeaderLines();
    if (eventKind === 'rest')
        lines.set('Content-Type', ['application/json']);
    for (const [name, value] of Object.entries(singleHeaders(object.headers)))
        lines.set(name, [value]);
    for (const [name, values] of Object.entries(multiHeaders(object.multiValueHeaders)))
        lines.set(name, values);
    return { statusCode: statusOf(object), ...lines.view(), body: bodyOf(object) };
}
function v2Response(result) {
    const isResponse = typeof result === 'object' && result !== null && !Array.isArray(result) && 'statusCode' in result;
    if (!isResponse) {
        // No statusCode: the whole result is a 200 JSON body (a string result is sent as its text).
        const body = typeof result === 'string' ? result : JSON.stringify(result ?? null);
        return plain(200, 'application/json', body);
    }
    const object = result;
    const lines = new HeaderLines();
    for (const [name, value] of Object.entries(singleHeaders(object.headers)))
        lines.set(name, [value]);
    if (object.cookies !== undefined) {
        if (!Array.isArray(object.cookies) || object.cookies.some((cookie) => typeof cookie !== 'string')) {
            throw new MalformedResult();
        }
        if (object.cookies.length > 0)
            lines.set('Set-Cookie', object.cookies);
    }
    return { statusCode: statusOf(object), ...lines.view(), body: bodyOf(object) };
}
function albResponse(result, multiValue) {
    const object = asObject(result);
    const lines = new HeaderLines();
    if (multiValue) {
        for (const [name, values] of Object.entries(multiHeaders(object.multiValueHeaders)))
            lines.set(name, values);
    }
    else {
        for (const [name, value] of Object.entries(singleHeaders(object.headers)))
            lines.set(name, [value]);
    }
    return { statusCode: statusOf(object), ...lines.view(), body: bodyOf(object) };
}
function asObject(result) {
    if (typeof result !== 'object' || result === null || Array.isArray(result))
        throw new MalformedResult();
    return result;
}
function statusOf(object) {
    const status = object.statusCode;
    if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
        throw new MalformedResult();
    }
    return status;
}
function bodyOf(object) {
    const { body, isBase64Encoded } = object;
    if (isBase64Encoded !== undefined && typeof isBase64Encoded !== 'boolean')
        throw new MalformedResult();
    if (body === undefined || body === null)
        return '';
    if (typeof body !== 'string')
        throw new MalformedResult();
    return isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
}
function headerValue(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new MalformedResult();
}
function singleHeaders(headers) {
    if (headers === undefined || headers === null)
        return {};
    const object = asObject(headers);
    return Object.fromEntries(Object.entries(object).map(([name, value]) => [name, headerValue(value)]));
}
function multiHeaders(headers) {
    if (headers === undefined || headers === null)
        return {};
    const object = asObject(headers);
    return Object.fromEntries(Object.entries(object).map(([name, values]) => {
        if (!Array.isArray(values))
            throw new MalformedResult();
        return [name, values.map(headerValue)];
    }));
}
/** Header lines by name; a later set of a name (any case) replaces the earlier values. */
class HeaderLines {
    #lines = new Map();
    set(name, values) {
        this.#lines.set(name.toLowerCase(), { name, values });
    }
    view() {
        const headers = {};
        const multiValueHeaders = {};
        for (const { name, values } of this.#lines.values()) {
            if (values.length === 0)
                continue;
            headers[name] = values.join(', ');
            multiValueHeaders[name] = values;
        }
        return { headers, multiValueHeaders };
    }
}
//# sourceMappingURL=proxy-result.js.map