// Java's regex and many log pipelines treat U+0085, U+2028 and U+2029 as line breaks, and JSON.stringify
// leaves them raw (it escapes \n, \r and, since ES2019, lone surrogates). Escaped, the JSON means the same.
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;

function escapeLineSeparator(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON text that is one line for every reader: no raw CR, LF, NEL, LS or PS anywhere. */
export function toSingleLine(json: string): string {
  return json.replace(LINE_SEPARATORS, escapeLineSeparator);
}
