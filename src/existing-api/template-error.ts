/** A template the tools cannot read or change: the message names the file or resource and the fix. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}
