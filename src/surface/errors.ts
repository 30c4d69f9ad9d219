/**
 * The errors of the build-time tools (CLI, Serverless plugin, generator, template reader): each message is one
 * line naming the problem and the fix. The CLI prints a UsageError or TemplateError and exits 2; the plugin
 * rethrows a LambdaErrorMapPluginError as the framework's own error; an OptionError is a bad option value,
 * reported in the caller's terms (`--success-status`, `custom.lambdaErrorMap.successStatus`).
 */

/** Bad input from the user: reported as one line on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A bad value of a declared option (see declared-options.ts), its message naming the option as the caller
 * spells it. A TypeError, as the generator's functions have always thrown for bad options.
 */
export class OptionError extends TypeError {}

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

/** A template the tools cannot read or change: the message names the file or resource and the fix. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}
