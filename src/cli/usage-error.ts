/** Bad input from the user: reported as one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A thrown value's message on one line, for a one-line report. */
export function oneLine(error: unknown): string {
  // Not `instanceof Error`: errors from another realm (a vm context, a worker) are errors too.
  const message =
    error !== null &&
    typeof error === 'object' &&
    typeof (error as { message?: unknown }).message === 'string'
      ? (error as { message: string }).message
      : String(error);
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
