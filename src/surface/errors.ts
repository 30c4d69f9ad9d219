/**
 * The errors of the build-time tools (CLI, Serverless plugin, generator, template reader): each message is one
 * line naming the problem and the fix. The CLI prints a UsageError or TemplateError and exits 2; the plugin
 * rethrows a LambdaErrorMapPluginError as the framework's own error; an OptionError is a bad option value,
 * reported in the caller's terms (`--success-status`, `custom.lambdaErrorMap.successStatus`); a CatalogLoadError
 * says why a catalog file could not be loaded, each tool mapping it to its own error; a MissingPeerDependencyError
 * names an optional peer a feature needs and how to install it.
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

/** Thrown when a feature needs an optional peer dependency that is not installed; the message says how to install it. */
export class MissingPeerDependencyError extends Error {
  override readonly name = 'MissingPeerDependencyError';
}

/** Why a catalog could not be loaded; each consumer maps it to its own error (exit code, error code). */
export type CatalogLoadFailure =
  | 'not-found'
  | 'unreadable'
  | 'invalid-definitions'
  | 'load-failed'
  | 'exited'
  | 'timed-out'
  | 'no-catalog';

/** A catalog file the loader could not load: `failure` says why, the message names the file. */
export class CatalogLoadError extends Error {
  override readonly name = 'CatalogLoadError';
  constructor(
    readonly failure: CatalogLoadFailure,
    message: string,
  ) {
    super(message);
  }
}
