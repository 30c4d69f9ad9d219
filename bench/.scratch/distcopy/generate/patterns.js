import { assertPortablePattern } from './pattern-syntax.js';
/** Any UTF-16 code unit, newlines included (`.` stops at line breaks, and Java's also at U+0085). */
const ANYTHING = '[\\s\\S]';
/**
 * Starts of the two Lambda timeout messages: `Task timed out after 3.00 seconds` and the newer
 * `RequestId: <id> Error: Task timed out after 3.00 seconds`. The id (a 36-character UUID) is bounded so that
 * rejecting a long message costs at most REQUEST_ID_MAX_LENGTH steps instead of a scan and a backtrack over
 * the whole message.
 */
export const REQUEST_ID_MAX_LENGTH = 128;
export const TIMEOUT_MESSAGE_STARTS = [
    'Task timed out after ',
    `RequestId: [^ ]{1,${REQUEST_ID_MAX_LENGTH}} Error: Task timed out after `,
];
/** What a tagged errorMessage of this status starts with: `[404] {`. */
export function tagStart(status) {
    return `\\[${status}\\] \\{`;
}
/** Full-match pattern of a tagged errorMessage of this status: `\[404\] \{[\s\S]*`. */
export function taggedMessagePattern(status) {
    return `${tagStart(status)}${ANYTHING}*`;
}
/** One pattern per status used, ascending, with the alternatives each one merges. */
export function selectionPatternsByStatus(catalog, options = {}) {
    const timeoutStatus = options.timeoutStatus ?? 504;
    const catchAllStatus = options.catchAllStatus ?? 500;
    const alternatives = new Map();
    const add = (status, alternative) => {
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
function catchAllPattern(taggedStatuses) {
    const starts = [...TIMEOUT_MESSAGE_STARTS];
    if (taggedStatuses.length > 0)
        starts.unshift(`\\[(?:${taggedStatuses.join('|')})\\] \\{`);
    return `(?!${starts.join('|')})${ANYTHING}+`;
}
function mergeAlternatives(patterns) {
    return patterns.length === 1 ? patterns[0] : `(?:${patterns.join('|')})`;
}
//# sourceMappingURL=patterns.js.map