export { toSingleLine } from '../problem/render-problem.js';

/**
 * UTF-8 bytes the code point at `index` takes in `toSingleLine(JSON.stringify(text))`, and how many UTF-16 units it
 * spans: `"` and `\` and the short escapes 2, other C0 controls, lone surrogates, NEL, LS and PS 6 (`\uXXXX`).
 */
function escapedCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    if (code >= 0x20) return code === 0x22 || code === 0x5c ? 2 : 1;
    return code === 0x08 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d ? 2 : 6;
  }
  if (code < 0x800) return code === 0x85 ? 6 : 2;
  if (code === 0x2028 || code === 0x2029) return 6;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 4 : 6;
  }
  return code >= 0xdc00 && code <= 0xdfff ? 6 : 3;
}

/**
 * The number of UTF-16 units of the longest prefix of `text` (whole code points) whose single-line JSON escaping
 * takes at most `maxBytes` UTF-8 bytes. One scan, stopping at the cut.
 */
export function unitsFittingEscaped(text: string, maxBytes: number): number {
  let used = 0;
  let index = 0;
  while (index < text.length) {
    const bytes = escapedCodePoint(text, index);
    if (used + bytes > maxBytes) return index;
    used += bytes;
    index += bytes === 4 ? 2 : 1;
  }
  return index;
}
