const ELLIPSIS = '…';
const ELLIPSIS_BYTES = 3;

/** UTF-8 size of one string iteration step: a code point, or a lone surrogate (encoded as U+FFFD). */
function charBytes(char: string): number {
  if (char.length === 2) return 4; // a surrogate pair: a code point above U+FFFF
  const code = char.charCodeAt(0);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return 3;
}

/**
 * Cuts `text` to at most `maxBytes` UTF-8 bytes, ending with "…" when it was cut. Works on code points,
 * so a surrogate pair is never split (a lone surrogate counts as the 3 bytes of U+FFFD it encodes to).
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  // Every UTF-16 unit encodes to at most 3 bytes: short strings need no counting.
  if (text.length * 3 <= maxBytes) return text;
  const budget = maxBytes >= ELLIPSIS_BYTES ? maxBytes - ELLIPSIS_BYTES : maxBytes;
  let used = 0;
  let end = 0;
  for (const char of text) {
    const bytes = charBytes(char);
    if (used + bytes > budget) {
      const total = used + bytes + utf8Length(text.slice(end + char.length));
      if (total <= maxBytes) return text;
      return maxBytes >= ELLIPSIS_BYTES ? text.slice(0, end) + ELLIPSIS : text.slice(0, end);
    }
    used += bytes;
    end += char.length;
  }
  return text;
}

/** UTF-8 length of a string; a lone surrogate counts as the 3 bytes of the U+FFFD it is encoded as. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
