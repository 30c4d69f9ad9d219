import { taggedErrorCause } from './app-errors.js';
import { type CatalogError, isCatalogError } from './catalog-error.js';
import type { MappedError } from './catalog-types.js';
import { defaultCatalog } from './default-catalog.js';
import type { ErrorCatalog } from './define-catalog.js';
import { internalError, isExposed, mapped, messageOf, safeExtensions, safeHeaders } from './mapped.js';
import { retryAfterOf } from './retry-after.js';
import { applyRules, readThrown } from './rules.js';

// Tagged errors wrapping tagged errors: as deep as handlers are nested, in practice one or two.
const MAX_TAGGED_DEPTH = 8;

/**
 * Maps any thrown value to the error a client should see. Never throws: every read of the thrown
 * value is guarded, since getters and Proxies can throw. `cause` is always the thrown value itself.
 * The rules, in order, are CLASSIFICATION_RULES (rules.ts), the table of docs/catalog.md.
 */
export function classify(thrown: unknown, catalog: ErrorCatalog = defaultCatalog): MappedError {
  try {
    if (isCatalogError(thrown)) {
      const fast = classifyCatalogError(thrown, catalog);
      if (fast !== undefined) return fast;
    }
  } catch {
    // A CatalogError subclass with a throwing getter, or a Proxy whose getPrototypeOf trap throws:
    // the guarded path below handles both.
  }
  try {
    return classifyAny(thrown, catalog);
  } catch {
    return internalError(catalog, '[object]', thrown);
  }
}

/** The hot path: a CatalogError of a kind this catalog has. A few plain property reads. */
function classifyCatalogError(error: CatalogError, catalog: ErrorCatalog): MappedError | undefined {
  const kind = catalog.kind(error.kind);
  if (kind === undefined || kind.status !== error.status) return undefined;
  const detail = messageOf(error);
  return mapped(
    kind,
    {
      detail,
      exposed: isExposed(kind, error.expose),
      headers: error.headers === undefined ? undefined : safeHeaders(error.headers),
      retryAfter: retryAfterOf(error.retryAfterSeconds, error.headers, kind),
      extensions: error.extensions === undefined ? undefined : safeExtensions(error.extensions),
    },
    error,
  );
}

/** A tagged error (a wrapper around a handler that tagged its error) is classified as what it was made from. */
function classifyAny(thrown: unknown, catalog: ErrorCatalog, depth = 0): MappedError {
  const tagged = depth < MAX_TAGGED_DEPTH ? taggedErrorCause(thrown) : undefined;
  if (tagged !== undefined) return { ...classifyAny(tagged.cause, catalog, depth + 1), cause: thrown };
  return applyRules(readThrown(thrown), catalog);
}
