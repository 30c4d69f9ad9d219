// Thrown values, events, contexts and responses are hostile input: getters may throw and Proxies may
// throw on every trap. Every read of an unknown value goes through these helpers, which never throw, or, on the
// error path's few hot reads (readRequestId, isCatalogError, messageOf), reads its one named property inside its
// own try/catch: readProperty's single keyed load sees every property name the package reads, so V8 compiles it as
// a megamorphic lookup, where a named read keeps an inline cache of its own (about 40 ns an error in an isolated
// onError on Node 22 and 24).

export type AnyObject = object;

/** A JSON-like object: not null, not an array (a parsed template or document's map). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether a value can carry properties (objects and functions). */
export function isObjectLike(value: unknown): value is AnyObject {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/** Reads a property; a throwing getter or Proxy trap yields `undefined`. */
export function readProperty(target: AnyObject, key: PropertyKey): unknown {
  try {
    return (target as Record<PropertyKey, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** Reads a property that must be a string. */
export function readString(target: AnyObject, key: PropertyKey): string | undefined {
  const value = readProperty(target, key);
  return typeof value === 'string' ? value : undefined;
}

/** Reads a property that must be an object (not a function). */
export function readObject(target: AnyObject, key: PropertyKey): AnyObject | undefined {
  const value = readProperty(target, key);
  return typeof value === 'object' && value !== null ? value : undefined;
}

/**
 * `util.types.isNativeError`, taken without an import: a static `import 'node:util/types'` would load another
 * builtin module at every cold start of the runtime entry. process.getBuiltinModule exists from Node 20.16;
 * before it, the builtin tag of a native error (spoofable by Symbol.toStringTag, which only makes a value
 * be read as an error, guarded as any other) stands in.
 */
const isNativeError: (value: unknown) => boolean =
  (
    process as { getBuiltinModule?: (id: 'node:util/types') => { isNativeError(value: unknown): boolean } }
  ).getBuiltinModule?.('node:util/types').isNativeError ??
  ((value) => Object.prototype.toString.call(value) === '[object Error]');

/**
 * Whether a value is an Error, also one from another realm (Node's own socket errors seen from a
 * vm context fail `instanceof`). Survives Proxies whose `getPrototypeOf` trap throws.
 */
export function isErrorInstance(value: unknown): value is Error {
  try {
    return value instanceof Error || isNativeError(value);
  } catch {
    return false;
  }
}

/** Own enumerable string keys, or none when the object refuses to list them. */
export function ownKeys(target: AnyObject): string[] {
  try {
    return Object.keys(target);
  } catch {
    return [];
  }
}

/** Own enumerable string-keyed entries, or none when listing or reading them throws. */
export function ownEntries(target: AnyObject): [string, unknown][] {
  try {
    return Object.entries(target);
  } catch {
    return [];
  }
}

/** `String(value)` that survives symbols, null prototypes and hostile `toString`s. */
export function textOf(value: unknown): string {
  try {
    return typeof value === 'string' ? value : String(value);
  } catch {
    return `[unprintable ${typeof value}]`;
  }
}

/** Whether the object has an own property of that name, enumerable or not; false when a Proxy refuses. */
export function hasOwn(target: AnyObject, key: PropertyKey): boolean {
  try {
    return Object.hasOwn(target, key);
  } catch {
    return false;
  }
}

/**
 * `context.awsRequestId` when it is a non-empty string. Never throws: the context may be anything a test
 * or a wrapper passes, getters included.
 */
export function readRequestId(context: unknown): string | undefined {
  if (!isObjectLike(context)) return undefined;
  try {
    const id = (context as { awsRequestId?: unknown }).awsRequestId;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}
