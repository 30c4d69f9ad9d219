import { isControl, unicodeEscape } from './unicode-escape.js';
const ESCAPES = {
    '\\': '\\\\',
    '"': '\\"',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
};
function escapeChars(value) {
    let out = '';
    for (const char of value) {
        out += ESCAPES[char] ?? (isControl(char.charCodeAt(0)) ? unicodeEscape(char) : char);
    }
    return out;
}
/**
 * A quoted HCL string literal holding exactly `value`: backslash escapes for quotes and control
 * characters, and `${` / `%{` written `$${` / `%%{` so Terraform does not read them as interpolation or
 * template directives (VTL templates are full of `${`).
 */
export function hclString(value) {
    const body = escapeChars(value).replace(/\$\{/g, '$$${').replace(/%\{/g, '%%{');
    return `"${body}"`;
}
//# sourceMappingURL=hcl-string.js.map