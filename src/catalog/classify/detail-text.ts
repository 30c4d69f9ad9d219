import { type AnyObject, readString } from '../../safe-read/safe-read.js';

/** Upper bound on `detail`, in UTF-16 code units; the writers cap bytes again for their transport. */
export const MAX_DETAIL_LENGTH = 65_536;

/** Caps text without splitting a surrogate pair. */
export function capText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const lastKept = text.charCodeAt(maxLength - 1);
  const end = lastKept >= 0xd800 && lastKept <= 0xdbff ? maxLength - 1 : maxLength;
  return text.slice(0, end);
}

/** The detail of an Error-like object: its string `message`, or empty. */
export function messageOf(error: AnyObject): string {
  const message = readString(error, 'message');
  return message === undefined ? '' : capText(message, MAX_DETAIL_LENGTH);
}

/**
 * A safe description of a thrown value that is not an Error. Never calls `String()` on an object:
 * `toString`/`Symbol.toPrimitive` may be user code that throws or loops.
 */
export function describeNonError(thrown: unknown): string {
  switch (typeof thrown) {
    case 'string':
      return capText(thrown, MAX_DETAIL_LENGTH);
    case 'number':
    case 'boolean':
      return `Non-error value thrown: ${typeof thrown} ${String(thrown)}`;
    case 'bigint':
      return `Non-error value thrown: bigint ${thrown.toString()}n`;
    case 'symbol':
      return capText(`Non-error value thrown: ${thrown.toString()}`, MAX_DETAIL_LENGTH);
    case 'undefined':
      return 'Non-error value thrown: undefined';
    case 'function':
      return 'Non-error value thrown: [function]';
    default: {
      if (thrown === null) return 'Non-error value thrown: null';
      const message = readString(thrown as AnyObject, 'message');
      return message === undefined ? '[object]' : capText(message, MAX_DETAIL_LENGTH);
    }
  }
}
