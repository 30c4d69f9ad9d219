import { type AnyObject, isObjectLike, readProperty } from '../../safe-read/safe-read.js';
import type { ErrorCatalog } from '../define-catalog.js';
import { retryAfterOf } from '../retry-after.js';
import type { ClaimOfKind, ErrorKind, MappedError } from '../types.js';
import { describeNonError, messageOf } from './detail-text.js';
import { isExposed } from './exposure.js';
import { mapped } from './mapped.js';
import {
  MAX_VALIDATION_ERRORS,
  MAX_VALIDATION_TEXT,
  type ValidationIssue,
  validationIssue,
} from './validator.js';

/** The first kind of the catalog that claims the value; a claim whose `instanceOf` or `when` throws does not. */
export function claimingKind(catalog: ErrorCatalog, thrown: unknown): ErrorKind | undefined {
  const kinds = catalog.claimingKinds;
  if (kinds === undefined) return undefined;
  for (const kind of kinds) {
    if (kind.claims !== undefined && claims(kind.claims, thrown)) return kind;
  }
  return undefined;
}

function claims(claim: ClaimOfKind, thrown: unknown): boolean {
  try {
    if (claim.instanceOf.length > 0 && !claim.instanceOf.some((type) => thrown instanceof type)) return false;
    return claim.when === undefined || claim.when(thrown) === true;
  } catch {
    return false;
  }
}

/**
 * A claimed value as its kind: the claim's `detail`, else the error's message; exposed by the exposure rule;
 * the claim's issues as the `errors` extension. Nothing else of a third-party error is taken (no headers, no
 * extensions, no Retry-After but the kind's).
 */
export function classifyClaimed(thrown: unknown, kind: ErrorKind): MappedError {
  const claim = kind.claims as ClaimOfKind;
  const object = isObjectLike(thrown) ? thrown : undefined;
  const issues = claim.issues === undefined ? undefined : claimedIssues(claim, thrown);
  return mapped(
    kind,
    {
      detail: claim.detail ?? (object === undefined ? describeNonError(thrown) : messageOf(object)),
      exposed: isExposed(kind, object === undefined ? undefined : readProperty(object, 'expose')),
      retryAfter: retryAfterOf(undefined, undefined, kind),
      extensions: issues === undefined ? undefined : { errors: issues },
    },
    thrown,
  );
}

/**
 * The claim's issues: the first MAX_VALIDATION_ERRORS entries (an endless iterable ends there), those that
 * are objects kept. What was gathered when `issues` or the iteration throws.
 */
function claimedIssues(claim: ClaimOfKind, thrown: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  try {
    const returned = claim.issues?.(thrown) as Iterable<unknown> | undefined;
    if (!isObjectLike(returned) || typeof readProperty(returned, Symbol.iterator) !== 'function')
      return issues;
    let seen = 0;
    for (const entry of returned) {
      if (++seen > MAX_VALIDATION_ERRORS) break;
      if (isObjectLike(entry)) issues.push(claimedIssue(entry));
    }
  } catch {
    // A throwing issues function, iterator or Proxy: what was read so far stands.
  }
  return issues;
}

function claimedIssue(issue: AnyObject): ValidationIssue {
  return validationIssue(pointerOf(readProperty(issue, 'path')), readProperty(issue, 'message'));
}

/** A path as a JSON Pointer (RFC 6901): segments joined by `/`, `~` and `/` escaped; a string as it is. */
function pointerOf(path: unknown): unknown {
  if (!Array.isArray(path)) return path;
  let pointer = '';
  for (const segment of path as unknown[]) {
    if (pointer.length > MAX_VALIDATION_TEXT) break;
    pointer += `/${segmentText(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  }
  return pointer;
}

function segmentText(segment: unknown): string {
  if (typeof segment === 'string') return segment;
  if (typeof segment === 'number') return String(segment);
  return typeof segment === 'symbol' ? (segment.description ?? '') : '';
}
