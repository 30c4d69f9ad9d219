/**
 * How every message of the library shows a bad value: short, one line, and never throwing (JSON.stringify throws
 * on a bigint or a cycle). Strings are quoted and cut at 60 characters.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
      return `${JSON.stringify(shown)} (a string)`;
    }
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value}n (a bigint)`;
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
}

/** A thrown value's message on one line, for a one-line report. */
export function oneLineMessage(error: unknown): string {
  // Not `instanceof Error`: errors from another realm (a vm context, a worker) are errors too.
  const message =
    error !== null &&
    typeof error === 'object' &&
    typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
