/**
 * Selection patterns that form a partition of every possible errorMessage.
 *
 * Each routed alternative is "a fixed start, then anything": a tag `[404] {…`, or a timeout message. The
 * catch-all is "non-empty and not starting with any of those starts". A message therefore matches exactly
 * one alternative when it is non-empty and none when it is empty (a success), whatever the order in which
 * API Gateway tries the patterns. Every start is matched once at position 0, so matching is linear.
 */
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { ANY_CHARACTER, anyTagStart, TIMEOUT_MESSAGE_STARTS, tagStart } from '../contract/selection.js';
import { assertPortablePattern } from './pattern-syntax.js';

/** Why a message is routed to a status. */
export type AlternativeRole = 'tagged' | 'timeout' | 'catch-all';

export interface SelectionAlternative {
  readonly role: AlternativeRole;
  /** Full-match pattern of this alternative alone. */
  readonly pattern: string;
}

export interface StatusSelection {
  readonly status: number;
  /** The selection pattern of the status' integration response: its alternatives merged into one. */
  readonly selectionPattern: string;
  readonly alternatives: readonly SelectionAlternative[];
}

/** Where untagged, non-timeout messages go unless the options say otherwise. */
export const DEFAULT_CATCH_ALL_STATUS = 500;

export interface SelectionOptions {
  /** Status for Lambda timeouts (all three message forms). Default 504. */
  readonly timeoutStatus?: number;
  /** Status for every non-empty message nothing else routes. Default 500. */
  readonly catchAllStatus?: number;
}

/** Full-match pattern of a tagged errorMessage of this status: `\[404\] \{[\s\S]*`. */
export function taggedMessagePattern(status: number): string {
  return `${tagStart(status)}${ANY_CHARACTER}*`;
}

/** One pattern per status used, ascending, with the alternatives each one merges. */
export function selectionPatternsByStatus(
  catalog: ErrorCatalog,
  options: SelectionOptions = {},
): readonly StatusSelection[] {
  const timeoutStatus = options.timeoutStatus ?? 504;
  const catchAllStatus = options.catchAllStatus ?? DEFAULT_CATCH_ALL_STATUS;
  const alternatives = new Map<number, SelectionAlternative[]>();
  const add = (status: number, alternative: SelectionAlternative): void => {
    const list = alternatives.get(status) ?? [];
    list.push(alternative);
    alternatives.set(status, list);
  };

  for (const status of catalog.statuses)
    add(status, { role: 'tagged', pattern: taggedMessagePattern(status) });
  for (const start of TIMEOUT_MESSAGE_STARTS) {
    add(timeoutStatus, { role: 'timeout', pattern: `${start}${ANY_CHARACTER}*` });
  }
  add(catchAllStatus, { role: 'catch-all', pattern: catchAllPattern(catalog.statuses) });

  return [...alternatives.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, list]) => {
      const selectionPattern = mergeAlternatives(list.map((alternative) => alternative.pattern));
      assertPortablePattern(selectionPattern);
      return { status, selectionPattern, alternatives: list };
    });
}

/** Every non-empty message that starts with none of the tags and timeout starts. */
function catchAllPattern(taggedStatuses: readonly number[]): string {
  const starts = [...TIMEOUT_MESSAGE_STARTS];
  if (taggedStatuses.length > 0) starts.unshift(anyTagStart(taggedStatuses));
  return `(?!${starts.join('|')})${ANY_CHARACTER}+`;
}

function mergeAlternatives(patterns: readonly string[]): string {
  return patterns.length === 1 ? (patterns[0] as string) : `(?:${patterns.join('|')})`;
}
