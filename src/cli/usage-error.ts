/** Bad input from the user: reported as one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A thrown value's message on one line, for a one-line report. */
export { oneLineMessage as oneLine } from '../options/describe-value.js';
