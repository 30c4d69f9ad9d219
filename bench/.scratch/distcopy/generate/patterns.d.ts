/**
 * Selection patterns that form a partition of every possible errorMessage.
 *
 * Each routed alternative is "a fixed start, then anything": a tag `[404] {…`, or a timeout message. The
 * catch-all is "non-empty and not starting with any of those starts". A message therefore matches exactly
 * one alternative when it is non-empty and none when it is empty (a success), whatever the order in which
 * API Gateway tries the patterns. Every start is matched once at position 0, so matching is linear.
 */
import type { ErrorCatalog } from '../catalog/index.js';
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
export interface SelectionOptions {
    /** Status for Lambda timeouts (both message forms). Default 504. */
    readonly timeoutStatus?: number;
    /** Status for every non-empty message nothing else routes. Default 500. */
    readonly catchAllStatus?: number;
}
/**
 * Starts of the two Lambda timeout messages: `Task timed out after 3.00 seconds` and the newer
 * `RequestId: <id> Error: Task timed out after 3.00 seconds`. The id (a 36-character UUID) is bounded so that
 * rejecting a long message costs at most REQUEST_ID_MAX_LENGTH steps instead of a scan and a backtrack over
 * the whole message.
 */
export declare const REQUEST_ID_MAX_LENGTH = 128;
export declare const TIMEOUT_MESSAGE_STARTS: readonly string[];
/** What a tagged errorMessage of this status starts with: `[404] {`. */
export declare function tagStart(status: number): string;
/** Full-match pattern of a tagged errorMessage of this status: `\[404\] \{[\s\S]*`. */
export declare function taggedMessagePattern(status: number): string;
/** One pattern per status used, ascending, with the alternatives each one merges. */
export declare function selectionPatternsByStatus(catalog: ErrorCatalog, options?: SelectionOptions): readonly StatusSelection[];
//# sourceMappingURL=patterns.d.ts.map