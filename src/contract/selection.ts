/**
 * How API Gateway reads a tagged errorMessage back: the starts the generated selection patterns anchor on,
 * and how an integration response without a pattern (the default) is written.
 */

/** Any UTF-16 code unit, newlines included (`.` stops at line breaks, and Java's also at U+0085). */
export const ANY_CHARACTER = '[\\s\\S]';

/** The regex start of a tagged errorMessage of this status: `\[404\] \{`. */
export function tagStart(status: number): string {
  return `\\[${status}\\] \\{`;
}

/** The regex start of a tagged errorMessage of any of these statuses: `\[(?:400|404)\] \{`. */
export function anyTagStart(statuses: readonly number[]): string {
  return `\\[(?:${statuses.join('|')})\\] \\{`;
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

/**
 * Whether a selection pattern marks the default response (what successes and unmatched errors get): the model
 * has none (undefined), CloudFormation and the Serverless Framework write `''`.
 */
export function isDefaultPattern(pattern: string | undefined): boolean {
  return pattern === undefined || pattern === '';
}

/** The model's selection pattern → the form the Serverless Framework writes (`''` for the default response). */
export function writtenSelectionPattern(pattern: string | undefined): string {
  return pattern ?? '';
}

/** A written selection pattern → the model's: undefined for the default response (`''` or none), else itself. */
export function modelSelectionPattern(pattern: string | undefined): string | undefined {
  return isDefaultPattern(pattern) ? undefined : pattern;
}

/** The key of the default response in OpenAPI's `x-amazon-apigateway-integration.responses` (keyed by pattern). */
const OPENAPI_DEFAULT_KEY = 'default';

/** The model's selection pattern → its key in an OpenAPI document's integration responses. */
export function openApiResponseKey(pattern: string | undefined): string {
  return pattern ?? OPENAPI_DEFAULT_KEY;
}

/** An OpenAPI integration response's key → the model's selection pattern (undefined for `default`). */
export function openApiKeyPattern(key: string): string | undefined {
  return key === OPENAPI_DEFAULT_KEY ? undefined : key;
}
