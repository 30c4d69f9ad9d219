/** One POSIX shell word holding exactly `value`: single-quoted, each `'` written `'\''`. */
export function shellQuote(value) {
    if (value.includes('\0')) {
        throw new TypeError('shellQuote: a shell argument cannot hold a NUL character');
    }
    return `'${value.replace(/'/g, "'\\''")}'`;
}
//# sourceMappingURL=shell-quote.js.map