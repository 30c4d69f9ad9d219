// RFC 9110 token: the only characters a header name may contain.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// The writer owns the body, so its type and length are never taken from anywhere else.
const BODY_HEADERS = new Set(['content-type', 'content-length']);

/** CR and LF would split the header (response splitting); NUL and the other controls but TAB are refused too. */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

/** A header name that may be sent: a valid token, not a body header, not `__proto__`. */
export function isSafeHeaderName(name: string): boolean {
  return HEADER_NAME.test(name) && name !== '__proto__' && !BODY_HEADERS.has(name.toLowerCase());
}
