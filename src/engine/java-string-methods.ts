import { fullMatch, javaLikeRegExp } from '../generate/pattern-syntax.js';

/** A velocityjs custom method handler (CompileConfig.customMethodHandlers). */
export interface MethodHandler {
  uid: string;
  match(payload: { property: string; context: unknown; params: unknown[] }): boolean;
  resolve(payload: { property: string; context: unknown; params: unknown[] }): unknown;
}

function outOfRange(method: string, detail: string): Error {
  return new Error(`StringIndexOutOfBoundsException in ${method}: ${detail}`);
}

/** Java's String.trim: removes every char <= U+0020 at both ends (JavaScript's trim removes Unicode spaces). */
function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/**
 * Java's String.split(regex): no match gives the whole string (even ''), a zero-width match at the start adds no
 * leading '', capture groups are not spliced in (unlike JavaScript's split), and trailing '' are all dropped.
 */
function javaSplit(text: string, regex: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(javaLikeRegExp(regex, 'g'))) {
    if (match.index === 0 && match[0] === '') continue;
    parts.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  if (parts.length === 0) return [text];
  parts.push(text.slice(start));
  while (parts.at(-1) === '') parts.pop();
  return parts;
}

function javaSubstring(text: string, begin: number, end: number = text.length): string {
  if (begin < 0 || end > text.length || begin > end) {
    throw outOfRange('substring', `begin ${begin}, end ${end}, length ${text.length}`);
  }
  return text.substring(begin, end);
}

function javaCharAt(text: string, index: number): string {
  if (index < 0 || index >= text.length) throw outOfRange('charAt', `index ${index}, length ${text.length}`);
  return text.charAt(index);
}

/**
 * java.lang.String methods whose JavaScript namesake is missing or behaves differently: `length()` is a method,
 * `substring`/`charAt` throw out of range instead of clamping (and substring never swaps its arguments),
 * `replace` replaces every occurrence, `matches` is a full match, `trim` uses Java's definition of space.
 */
const STRING_METHODS: Readonly<Record<string, (text: string, ...args: never[]) => unknown>> = {
  length: (text) => text.length,
  isEmpty: (text) => text.length === 0,
  contains: (text, part: string) => text.includes(String(part)),
  // A function replacement keeps `$&`, `$1`... literal, as Java's replace(CharSequence, CharSequence) does.
  replace: (text, target: string, replacement: string) =>
    text.replaceAll(String(target), () => String(replacement)),
  replaceAll: (text, regex: string, replacement: string) =>
    text.replace(javaLikeRegExp(regex, 'g'), replacement),
  replaceFirst: (text, regex: string, replacement: string) =>
    text.replace(javaLikeRegExp(regex), replacement),
  matches: (text, regex: string) => fullMatch(regex, text),
  equals: (text, other: unknown) => text === other,
  equalsIgnoreCase: (text, other: unknown) =>
    typeof other === 'string' && text.toLowerCase() === other.toLowerCase(),
  trim: (text) => javaTrim(text),
  split: (text, regex: string) => javaSplit(text, regex),
  substring: (text, begin: number, end?: number) => javaSubstring(text, begin, end),
  charAt: (text, index: number) => javaCharAt(text, index),
  toString: (text: string) => text,
};

/** java.util.Map / List methods on parsed JSON (velocityjs already provides get, size and keySet). */
const COLLECTION_METHODS: Readonly<Record<string, (value: object, ...args: never[]) => unknown>> = {
  isEmpty: (value) => (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0),
  containsKey: (value, key: string) => Object.hasOwn(value, key),
  contains: (value, item: unknown) => Array.isArray(value) && value.includes(item),
};

function isPlainData(value: unknown): value is object {
  if (Array.isArray(value)) return true;
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

export const javaMethodHandlers: readonly MethodHandler[] = [
  {
    uid: 'java.lang.String',
    match: ({ property, context }) => typeof context === 'string' && Object.hasOwn(STRING_METHODS, property),
    resolve: ({ property, context, params }) =>
      (STRING_METHODS[property] as (text: string, ...args: unknown[]) => unknown)(
        context as string,
        ...params,
      ),
  },
  {
    uid: 'java.util.Collection',
    match: ({ property, context }) => isPlainData(context) && Object.hasOwn(COLLECTION_METHODS, property),
    resolve: ({ property, context, params }) =>
      (COLLECTION_METHODS[property] as (value: object, ...args: unknown[]) => unknown)(
        context as object,
        ...params,
      ),
  },
];
