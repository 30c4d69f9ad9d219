import type { ErrorCatalog } from '../catalog/define-catalog.js';

/**
 * Recognises a catalog by its shape, not its class: a catalog module, or a middleware's `catalog` option, may
 * come from another copy of lambda-error-map (a bundle, a second install). Used by the middlewares, the CLI
 * and the Serverless plugin.
 */
export function isErrorCatalog(value: unknown): value is ErrorCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof ErrorCatalog, unknown>>;
  return (
    Array.isArray(candidate.kinds) &&
    Array.isArray(candidate.statuses) &&
    candidate.statuses.every((status) => Number.isInteger(status)) &&
    typeof candidate.kind === 'function' &&
    typeof candidate.kindForStatus === 'function' &&
    typeof candidate.kindForAwsException === 'function' &&
    typeof candidate.error === 'function'
  );
}
