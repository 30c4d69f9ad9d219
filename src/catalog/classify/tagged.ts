import { isObjectLike, readProperty } from '../../safe-read/safe-read.js';

/** Marks the errors taggedErrorMessage throws, across copies of the library (a registered symbol). */
export const TAGGED_ERROR = Symbol.for('lambda-error-map.tagged');

/**
 * The value a tagged error was made from, when `thrown` is one: a wrapper around a handler that already
 * tagged its error classifies what that handler threw, so it answers the same status and detail.
 */
export function taggedErrorCause(thrown: unknown): { readonly cause: unknown } | undefined {
  if (!isObjectLike(thrown) || readProperty(thrown, TAGGED_ERROR) !== true) return undefined;
  return { cause: readProperty(thrown, 'cause') };
}
