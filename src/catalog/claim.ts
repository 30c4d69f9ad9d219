import type { ClaimedIssue, ErrorClaim, ErrorClass } from './catalog-types.js';

/** A claim by class: `when` and `issues` receive instances of it. */
export interface ClaimByClass<T> {
  readonly instanceOf: ErrorClass<T> | readonly ErrorClass<T>[];
  readonly when?: (error: T) => boolean;
  readonly issues?: (error: T) => Iterable<ClaimedIssue> | undefined;
  readonly detail?: string;
}

/** A claim by a type guard: `issues` receives what it guards. */
export interface ClaimByGuard<T> {
  readonly when: (thrown: unknown) => thrown is T;
  readonly issues?: (error: T) => Iterable<ClaimedIssue> | undefined;
  readonly detail?: string;
}

/**
 * Types a kind's `claims`: `when` and `issues` receive instances of `instanceOf` (or what the `when` type guard
 * guards). Returns the claim as given.
 *
 *     defineErrorCatalog({ InvalidInput: { status: 400, claims: claim({ instanceOf: ZodError, issues: (e) => e.issues }) } })
 */
export function claim<T>(definition: ClaimByClass<T>): ErrorClaim;
export function claim<T>(definition: ClaimByGuard<T>): ErrorClaim;
export function claim(definition: ErrorClaim): ErrorClaim;
export function claim(definition: ErrorClaim): ErrorClaim {
  return definition;
}
