// JSON text written directly for the common case, byte for byte what JSON.stringify writes. Strings
// without anything to escape (quote, backslash, C0 controls, surrogates) are quoted as they are; the rest
// go to JSON.stringify.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the C0 controls are exactly what JSON must escape.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** `JSON.stringify(text)`, skipping the serialiser when nothing needs escaping. */
export function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

interface KindPrefix {
  readonly type: string;
  readonly status: number;
  readonly prefix: string;
}

// One prefix per title (titles rarely repeat across kinds; a clash only rewrites the entry).
const prefixes = new Map<string, KindPrefix>();
const MAX_PREFIXES = 256;

/** `{"type":…,"title":…,"status":…,"detail":`, the start every problem of one kind shares, kept once written. */
export function problemPrefix(type: string, title: string, status: number): string {
  const known = prefixes.get(title);
  if (known !== undefined && known.type === type && known.status === status) return known.prefix;
  const prefix = `{"type":${jsonString(type)},"title":${jsonString(title)},"status":${status},"detail":`;
  if (prefixes.size >= MAX_PREFIXES) prefixes.clear();
  prefixes.set(title, { type, status, prefix });
  return prefix;
}
