/**
 * What the Lambda side writes (DESIGN §3), imported by the runtime: dependency-free, a few bytes in the bundle.
 * A tagged errorMessage is `[<status>] <single-line problem JSON>`; how it is read back (selection patterns,
 * mapping templates) is in `selection.ts` and `mapping-template.ts` beside this file.
 */

/** The media type of every problem body, proxy responses and generated templates alike (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** `[404] {"type":…}`: the errorMessage of a non-proxy error of this status, its problem as one line of JSON. */
export function taggedMessage(status: number, problemJson: string): string {
  return `[${status}] ${problemJson}`;
}

/** What a tagged errorMessage of this status starts with, as text: the tag, then the problem object's `{`. */
export function tagText(status: number): string {
  return `[${status}] {`;
}

/** Length of the `[404] ` tag (catalog statuses are three digits): what a template strips to get the problem. */
export const TAG_LENGTH = 6;
