import { createRequire } from 'node:module';

/** The optional peer dependencies some build-time features load, and the features that need them. */
export type OptionalPeer = 'yaml' | 'velocityjs';

/** Thrown when a feature needs an optional peer dependency that is not installed; the message says how to install it. */
export class MissingPeerDependencyError extends Error {
  override readonly name = 'MissingPeerDependencyError';
}

const requireFromHere = createRequire(import.meta.url);

function isMissing(error: unknown, name: OptionalPeer): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`'${name}'`);
}

/**
 * Loads an optional peer dependency on first use (Node caches it), so the entries that mention it load
 * without it and only the feature that needs it asks for it, naming the package and how to install it.
 * Synchronous on purpose: the features are synchronous functions and the entries stay `require()`-able.
 */
export function requirePeer<T>(name: OptionalPeer, feature: string): T {
  try {
    return requireFromHere(name) as T;
  } catch (error) {
    if (!isMissing(error, name)) throw error;
    throw new MissingPeerDependencyError(
      `${feature} needs the package "${name}", an optional peer dependency of lambda-error-map that is not installed: run \`npm install --save-dev ${name}\``,
      { cause: error },
    );
  }
}
