// RFC 9110 token: the only characters a header name may contain.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// The writer owns the body, so its type and length are never taken from anywhere else.
const BODY_HEADERS = new Set(['content-type', 'content-length']);
/** CR and LF would split the header (response splitting); NUL and the other controls but TAB are refused too. */
export function hasControlCharacter(value) {
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if ((code < 0x20 && code !== 0x09) || code === 0x7f)
            return true;
    }
    return false;
}
/** A header value as a string if it is a safe one, else undefined. Proxy responses allow booleans and numbers. */
export function safeHeaderValue(value) {
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (typeof value !== 'string' || hasControlCharacter(value))
        return undefined;
    return value;
}
export function isSafeHeaderName(name) {
    return HEADER_NAME.test(name) && name !== '__proto__' && !BODY_HEADERS.has(name.toLowerCase());
}
/** Adds a value; names compare case-insensitively. Unsafe names and values are dropped silently. */
export function addHeader(list, name, value) {
    const text = safeHeaderValue(value);
    if (text === undefined || !isSafeHeaderName(name))
        return;
    const key = name.toLowerCase();
    const entry = list.get(key);
    if (entry)
        entry.values.push(text);
    else
        list.set(key, { name, values: [text] });
}
/** Sets a header only if no header of that name (in any case) is there yet. */
export function addHeaderIfAbsent(list, name, value) {
    if (!list.has(name.toLowerCase()))
        addHeader(list, name, value);
}
function entriesOf(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [];
    try {
        return Object.entries(value);
    }
    catch {
        return [];
    }
}
/**
 * The headers already on `request.response` (set by the handler or by another middleware, e.g. CORS),
 * from both `headers` and `multiValueHeaders`. A name present in both keeps the multi-value values,
 * as API Gateway does.
 */
export function headersOfResponse(response) {
    const list = new Map();
    if (typeof response !== 'object' || response === null)
        return list;
    const { headers, multiValueHeaders } = response;
    for (const [name, values] of entriesOf(multiValueHeaders)) {
        if (Array.isArray(values))
            for (const value of values)
                addHeader(list, name, value);
    }
    for (const [name, value] of entriesOf(headers)) {
        if (!list.has(name.toLowerCase()))
            addHeader(list, name, value);
    }
    return list;
}
/** The cookies already on a v2 / Function URL response, if it had a `cookies` array. */
export function cookiesOfResponse(response) {
    if (typeof response !== 'object' || response === null)
        return undefined;
    const cookies = response.cookies;
    if (!Array.isArray(cookies))
        return undefined;
    return cookies.filter((cookie) => safeHeaderValue(cookie) === cookie && typeof cookie === 'string');
}
//# sourceMappingURL=header-list.js.map