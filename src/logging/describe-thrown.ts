import { isObjectLike, readProperty, textOf } from '../util/safe-read.js';
import { truncateUtf8 } from '../util/utf8.js';

/** A thrown value as plain data for a log line: never holds references back to the original. */
export interface ThrownDescription {
  name: string;
  message: string;
  stack?: string;
  /** The cause chain, one level per entry in depth, cut at `MAX_CAUSE_DEPTH` or at the first repeat. */
  cause?: ThrownDescription;
  /** Set when the chain went back to a value already described. */
  circular?: true;
}

export const MAX_CAUSE_DEPTH = 8;
const MAX_MESSAGE_BYTES = 8 * 1024;
const MAX_STACK_BYTES = 16 * 1024;

function describeOne(value: unknown): ThrownDescription {
  if (!isObjectLike(value)) {
    return {
      name: value === null ? 'null' : typeof value,
      message: truncateUtf8(textOf(value), MAX_MESSAGE_BYTES),
    };
  }
  const name = readProperty(value, 'name');
  const message = readProperty(value, 'message');
  const stack = readProperty(value, 'stack');
  const description: ThrownDescription = {
    name: typeof name === 'string' && name !== '' ? name : typeof value,
    message: truncateUtf8(typeof message === 'string' ? message : textOf(message ?? ''), MAX_MESSAGE_BYTES),
  };
  if (typeof stack === 'string') description.stack = truncateUtf8(stack, MAX_STACK_BYTES);
  return description;
}

/**
 * Describes any thrown value and its `cause` chain for logging. Never throws, whatever the value
 * (throwing getters, Proxies, cycles, symbols), and never descends deeper than `MAX_CAUSE_DEPTH`.
 */
export function describeThrown(thrown: unknown): ThrownDescription {
  const seen = new Set<unknown>();
  const root = describeOne(thrown);
  let current = root;
  let value = thrown;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH; depth++) {
    seen.add(value);
    if (!isObjectLike(value)) break;
    const cause = readProperty(value, 'cause');
    if (cause === undefined) break;
    if (seen.has(cause)) {
      current.circular = true;
      break;
    }
    const next = describeOne(cause);
    current.cause = next;
    current = next;
    value = cause;
  }
  return root;
}
