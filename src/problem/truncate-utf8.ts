const ELLIPSIS = '…';
const ELLIPSIS_BYTES = 3;

function codePointBytes(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
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
    const bytes = codePointBytes(char.codePointAt(0) ?? 0);
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

/** UTF-8 length of a string, counting lone surrogates as U+FFFD (3 bytes), as encoders do. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) bytes += codePointBytes(char.codePointAt(0) ?? 0);
  return bytes;
}
