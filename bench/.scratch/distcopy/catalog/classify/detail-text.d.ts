import { type AnyObject } from './safe-read.js';
/** Upper bound on `detail`, in UTF-16 code units; the writers cap bytes again for their transport. */
export declare const MAX_DETAIL_LENGTH = 65536;
/** Caps text without splitting a surrogate pair. */
export declare function capText(text: string, maxLength: number): string;
/** The detail of an Error-like object: its string `message`, or empty. */
export declare function messageOf(error: AnyObject): string;
/**
 * A safe description of a thrown value that is not an Error. Never calls `String()` on an object:
 * `toString`/`Symbol.toPrimitive` may be user code that throws or loops.
 */
export declare function describeNonError(thrown: unknown): string;
//# sourceMappingURL=detail-text.d.ts.map