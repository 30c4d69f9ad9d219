import { CatalogError } from './catalog-error.js';
import { asAwsServiceException, classifyAwsException } from './classify/aws-sdk.js';
import { describeNonError, messageOf } from './classify/detail-text.js';
import { isExposed } from './classify/exposure.js';
import { internalError, kindForStatus, mapped } from './classify/mapped.js';
import { safeExtensions, safeHeaders } from './classify/safe-fields.js';
import { type AnyObject, isErrorInstance, isObjectLike, readString } from './classify/safe-read.js';
import {
  classifyNamedKind,
  classifyStatusError,
  namedKind,
  readErrorStatus,
} from './classify/status-like.js';
import { taggedErrorCause } from './classify/tagged.js';
import { isTimeoutOrNetworkError } from './classify/timeout.js';
import { validationIssues, validatorData } from './classify/validator.js';
import { defaultCatalog } from './default-catalog.js';
import type { ErrorCatalog } from './define-catalog.js';
import { retryAfterOf } from './retry-after.js';
import type { MappedError } from './types.js';

// Tagged errors wrapping tagged errors: as deep as handlers are nested, in practice one or two.
const MAX_TAGGED_DEPTH = 8;

/**
 * Maps any thrown value to the error a client should see. Never throws: every read of the thrown
 * value is guarded, since getters and Proxies can throw. `cause` is always the thrown value itself.
 * The rules, in order, are documented in the README (Classification: what becomes which status).
 */
export function classify(thrown: unknown, catalog: ErrorCatalog = defaultCatalog): MappedError {
  try {
    if (thrown instanceof CatalogError) {
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

function classifyAny(thrown: unknown, catalog: ErrorCatalog, depth = 0): MappedError {
  const tagged = depth < MAX_TAGGED_DEPTH ? taggedErrorCause(thrown) : undefined;
  if (tagged !== undefined) return { ...classifyAny(tagged.cause, catalog, depth + 1), cause: thrown };
  if (!isObjectLike(thrown)) return internalError(catalog, describeNonError(thrown), thrown);
  const name = readString(thrown, 'name');
  const isTimeout = isTimeoutOrNetworkError(thrown, name);
  const aws = asAwsServiceException(thrown);
  if (aws !== undefined) return classifyAwsException(aws, thrown, catalog, isTimeout);
  if (isTimeout)
    return mapped(kindForStatus(catalog, 504), { detail: messageOf(thrown), exposed: false }, thrown);
  if (!isErrorInstance(thrown)) return internalError(catalog, describeNonError(thrown), thrown);
  return classifyError(thrown, name, catalog);
}

function classifyError(error: AnyObject, name: string | undefined, catalog: ErrorCatalog): MappedError {
  const status = readErrorStatus(error);
  if (status === undefined) return internalError(catalog, messageOf(error), error);
  const kind = namedKind(catalog, name, status);
  if (kind !== undefined) return classifyNamedKind(error, kind);
  const validation = status === 400 ? validatorData(error) : undefined;
  if (validation !== undefined) {
    return classifyStatusError(error, status, catalog, { errors: validationIssues(validation) });
  }
  return classifyStatusError(error, status, catalog);
}
