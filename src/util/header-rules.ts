// The rules for every response header this library writes or passes on.

// RFC 9110 token: the only characters a header name may contain.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// The writer owns the body, so its type, length and encodings are never taken from anywhere else.
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'transfer-encoding']);
// Visible ASCII, space and tab. CR/LF would split the header (response splitting); NUL, DEL and other
// controls, NEL, U+2028/U+2029, lone surrogates and anything beyond ASCII are mangled or rejected on the way.
const UNSAFE_VALUE_CHARACTER = /[^\t\x20-\x7e]/;

/** A header value that may be sent: visible ASCII characters, spaces and tabs only. */
export function isSafeHeaderValue(value: string): boolean {
  return !UNSAFE_VALUE_CHARACTER.test(value);
}

/** Whether a text is an RFC 9110 token, the syntax of a header name. */
export function isHeaderToken(name: string): boolean {
  return HEADER_NAME.test(name);
}

/** A header name that may be sent: a valid token, not a body header, not `__proto__`. */
export function isSafeHeaderName(name: string): boolean {
  return isHeaderToken(name) && name !== '__proto__' && !BODY_HEADERS.has(name.toLowerCase());
}
