import { isObjectLike, readString } from '../safe-read/safe-read.js';

/**
 * `context.awsRequestId` when it is a non-empty string. Never throws: the context may be anything a test
 * or a wrapper passes, getters included.
 */
export function readRequestId(context: unknown): string | undefined {
  const id = isObjectLike(context) ? readString(context, 'awsRequestId') : undefined;
  return id === '' ? undefined : id;
}
