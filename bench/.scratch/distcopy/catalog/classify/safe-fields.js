import { isObjectLike, ownKeys, readProperty } from './safe-read.js';
const EMPTY = Object.freeze({});
// RFC 9110 token: the only characters a header name may contain.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Headers an error must not set: the writer owns the body's type and length.
const RESERVED_HEADERS = new Set(['content-type', 'content-length']);
// RFC 9457 members the problem writer sets itself; an extension must not replace them.
const RESERVED_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', '__proto__']);
const MAX_HEADERS = 64;
const MAX_HEADER_VALUE_LENGTH = 8192;
const MAX_EXTENSIONS = 64;
/** CR, LF and NUL would split or truncate a header; other controls are refused too (RFC 9110 field-value). */
function hasControlCharacter(value) {
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if ((code < 0x20 && code !== 0x09) || code === 0x7f)
            return true;
    }
    return false;
}
/** The headers of `error.headers` that are safe to send: valid names, string values without CR/LF/NUL. */
export function safeHeaders(source) {
    if (!isObjectLike(source))
        return EMPTY;
    let headers;
    let count = 0;
    for (const name of ownKeys(source)) {
        if (count >= MAX_HEADERS)
            break;
        if (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase()))
            continue;
        const value = readProperty(source, name);
        if (typeof value !== 'string' || value.length > MAX_HEADER_VALUE_LENGTH)
            continue;
        if (hasControlCharacter(value))
            continue;
        headers ??= {};
        headers[name] = value;
        count += 1;
    }
    return headers ?? EMPTY;
}
/**
 * A shallow copy of `error.extensions` without the members RFC 9457 reserves. Values are kept as
 * given; the writers serialise them defensively.
 */
export function safeExtensions(source) {
    if (!isObjectLike(source) || typeof source === 'function' || Array.isArray(source))
        return EMPTY;
    let extensions;
    let count = 0;
    for (const name of ownKeys(source)) {
        if (count >= MAX_EXTENSIONS)
            break;
        if (RESERVED_MEMBERS.has(name))
            continue;
        const value = readProperty(source, name);
        if (value === undefined ||
            typeof value === 'function' ||
            typeof value === 'symbol' ||
            typeof value === 'bigint')
            continue;
        extensions ??= {};
        extensions[name] = value;
        count += 1;
    }
    return extensions ?? EMPTY;
}
export { EMPTY as EMPTY_RECORD };
//# sourceMappingURL=safe-fields.js.map