export type AnyObject = object;
/** Whether a value can carry properties (objects and functions). */
export declare function isObjectLike(value: unknown): value is AnyObject;
/** Reads a property; a throwing getter or Proxy trap yields `undefined`. */
export declare function readProperty(target: AnyObject, key: PropertyKey): unknown;
/** Reads a property that must be a string. */
export declare function readString(target: AnyObject, key: PropertyKey): string | undefined;
/** Reads a property that must be a boolean. */
export declare function readBoolean(target: AnyObject, key: PropertyKey): boolean | undefined;
/** Reads a property that must be an object (not a function). */
export declare function readObject(target: AnyObject, key: PropertyKey): AnyObject | undefined;
/**
 * Whether a value is an Error, also one from another realm (Node's own socket errors seen from a
 * vm context fail `instanceof`). Survives Proxies whose `getPrototypeOf` trap throws.
 */
export declare function isErrorInstance(value: unknown): value is Error;
/** Own enumerable string keys, or none when the object refuses to list them. */
export declare function ownKeys(target: AnyObject): string[];
/** Whether a value is a whole number of seconds a client may be told to wait. */
export declare function isRetryAfterSeconds(value: unknown): value is number;
//# sourceMappingURL=safe-read.d.ts.map