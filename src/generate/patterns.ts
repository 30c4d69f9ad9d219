/**
 * Selection patterns that form a partition of every possible errorMessage.
 *
 * Each routed alternative is "a fixed start, then anything": a tag `[404] {…`, or a timeout message. The
 * catch-all is "non-empty and not starting with any of those starts". A message therefore matches exactly
 * one alternative when it is non-empty and none when it is empty (a success), whatever the order in which
 * API Gateway tries the patterns. Every start is matched once at position 0, so matching is linear.
 */
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { assertPortablePattern } from './pattern-syntax.js';

/** Any UTF-16 code unit, newlines included (`.` stops at line breaks, and Java's also at U+0085). */
const ANYTHING = '[\\s\\S]';

/** Why a message is routed to a status. */
export type AlternativeRole = 'tagged' | 'timeout' | 'catch-all';

export interface SelectionAlternative {
  readonly role: AlternativeRole;
  /** Full-match pattern of this alternative alone. */
  readonly pattern: string;
}

export interface StatusSelection {
  readonly status: number;
  /** The one selection pattern of the status' integration response: its alternatives merged. */
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

/**
 * Starts of the three Lambda timeout messages: `Task timed out after 3.00 seconds`, the newer
 * `RequestId: <id> Error: Task timed out after 3.00 seconds`, and the older runtimes'
 * `<ISO-8601 timestamp> <id> Task timed out after 3.00 seconds`. The id (a 36-character UUID) and the
 * timestamp are bounded (in code points, as Java counts them) so that rejecting a long message costs a
 * bounded number of steps instead of a scan and a backtrack over the whole message.
 */
export const REQUEST_ID_MAX_LENGTH = 128;

/** Longest timestamp of the dated form (`2019-04-25T16:58:39.621Z` is 24). */
export const TIMESTAMP_MAX_LENGTH = 40;

/** `yyyy-mm-ddT` (11 characters), then the rest of the timestamp up to TIMESTAMP_MAX_LENGTH in all. */
const DATED_TIMESTAMP = `[0-9]{4}-[0-9]{2}-[0-9]{2}T[^ ]{1,${TIMESTAMP_MAX_LENGTH - 11}}`;

export const TIMEOUT_MESSAGE_STARTS: readonly string[] = [
  'Task timed out after ',
  `RequestId: [^ ]{1,${REQUEST_ID_MAX_LENGTH}} Error: Task timed out after `,
  `${DATED_TIMESTAMP} [^ ]{1,${REQUEST_ID_MAX_LENGTH}} Task timed out after `,
];

/** What a tagged errorMessage of this status starts with: `[404] {`. */
export function tagStart(status: number): string {
  return `\\[${status}\\] \\{`;
}

/** Full-match pattern of a tagged errorMessage of this status: `\[404\] \{[\s\S]*`. */
export function taggedMessagePattern(status: number): string {
  return `${tagStart(status)}${ANYTHING}*`;
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
    add(timeoutStatus, { role: 'timeout', pattern: `${start}${ANYTHING}*` });
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
  if (taggedStatuses.length > 0) starts.unshift(`\\[(?:${taggedStatuses.join('|')})\\] \\{`);
  return `(?!${starts.join('|')})${ANYTHING}+`;
}

function mergeAlternatives(patterns: readonly string[]): string {
  return patterns.length === 1 ? (patterns[0] as string) : `(?:${patterns.join('|')})`;
}
