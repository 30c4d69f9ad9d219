import { createRequire } from 'node:module';
import { MissingPeerDependencyError } from './errors.js';

/** The optional peer dependencies some build-time features load, and the features that need them. */
export type OptionalPeer = 'yaml' | 'velocityjs' | 'refa' | 'scslre';

const requireFromHere = createRequire(import.meta.url);

function isMissing(error: unknown, name: OptionalPeer): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'MODULE_NOT_FOUND' && typeof message === 'string' && message.includes(`'${name}'`);
}

function isInstalled(name: OptionalPeer): boolean {
  try {
    requireFromHere(name);
    return true;
  } catch (error) {
    if (isMissing(error, name)) return false;
    throw error;
  }
}

function quoted(names: readonly string[]): string {
  const list = names.map((name) => `"${name}"`);
  return list.length === 1 ? (list[0] as string) : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function missingPeers(missing: readonly OptionalPeer[], feature: string, cause?: unknown): Error {
  const what =
    missing.length === 1
      ? `the package ${quoted(missing)}, an optional peer dependency of lambda-error-map that is not installed`
      : `the packages ${quoted(missing)}, optional peer dependencies of lambda-error-map that are not installed`;
  return new MissingPeerDependencyError(
    `${feature} needs ${what}: run \`npm install --save-dev ${missing.join(' ')}\``,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * Checks that a feature's optional peer dependencies are installed, naming every missing one and the one
 * command that installs them all.
 */
export function requirePeers(names: readonly OptionalPeer[], feature: string): void {
  const missing = names.filter((name) => !isInstalled(name));
  if (missing.length > 0) throw missingPeers(missing, feature);
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
    throw missingPeers([name], feature, error);
  }
}
