const ELLIPSIS = '…';
const ELLIPSIS_BYTES = 3;

const encoder = new TextEncoder();
// Scratch space for encodeInto, grown on demand: only the count of units read is used, never the bytes.
let scratch = new Uint8Array(4096);

/** How many UTF-16 units of `text` fit in `maxBytes` of UTF-8, never splitting a surrogate pair. */
function unitsFitting(text: string, maxBytes: number): number {
  if (scratch.length < maxBytes) scratch = new Uint8Array(Math.max(maxBytes, scratch.length * 2));
  return encoder.encodeInto(text, scratch.subarray(0, maxBytes)).read;
}

/**
 * Cuts `text` to at most `maxBytes` UTF-8 bytes, ending with "…" when it was cut. Works on code points,
 * so a surrogate pair is never split (a lone surrogate counts as the 3 bytes of U+FFFD it encodes to).
 * One pass of the native encoder over at most `maxBytes` bytes, whatever the length of `text`.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  // Every UTF-16 unit encodes to at most 3 bytes: short strings need no counting.
  if (text.length * 3 <= maxBytes) return text;
  if (unitsFitting(text, maxBytes) === text.length) return text;
  if (maxBytes < ELLIPSIS_BYTES) return text.slice(0, unitsFitting(text, maxBytes));
  return text.slice(0, unitsFitting(text, maxBytes - ELLIPSIS_BYTES)) + ELLIPSIS;
}

/** Whether `text` takes at most `maxBytes` UTF-8 bytes; short strings need no counting (a unit is at most 3 bytes). */
export function fitsUtf8(text: string, maxBytes: number): boolean {
  return text.length * 3 <= maxBytes || utf8Length(text) <= maxBytes;
}

/** UTF-8 length of a string; a lone surrogate counts as the 3 bytes of the U+FFFD it is encoded as. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
