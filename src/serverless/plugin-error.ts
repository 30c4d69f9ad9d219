/**
 * A problem with the service's configuration that must stop the build. The plugin rethrows it as the
 * framework's own error class, which the framework prints without a stack trace.
 */
export class LambdaErrorMapPluginError extends Error {
  readonly code: string;

  constructor(message: string, code: string) {
    super(`lambda-error-map: ${message}`);
    this.name = 'LambdaErrorMapPluginError';
    this.code = code;
  }
}
