/**
 * A problem with the service's configuration that must stop the build. The plugin rethrows it as the
 * framework's own error class, which the framework prints without a stack trace.
 */
export class LambdaErrorMapPluginError extends Error {
  readonly code: string;
  /** The message without the `lambda-error-map: ` the framework shows it with. */
  readonly problem: string;

  constructor(message: string, code: string) {
    super(`lambda-error-map: ${message}`);
    this.problem = message;
    this.name = 'LambdaErrorMapPluginError';
    this.code = code;
  }
}
