/**
 * Response mapping templates, in API Gateway's VTL dialect (Apache Velocity 1.x: no arithmetic inside a
 * method's arguments, hyphens allowed in identifiers, `$context.responseOverride.header.X` set at most once).
 */
import { statusTitle } from '../catalog/status-titles.js';
import {
  ERROR_MESSAGE,
  PROBLEM_CONTENT_TYPE_LINE,
  startsWithTag,
  withoutTag,
} from '../contract/mapping-template.js';

/** The fixed detail of the catch-all response (crashes, unwrapped handlers, unknown tags). */
export const CATCH_ALL_DETAIL = 'The server could not complete the request.';

/** The success response's default: the function's JSON result, unchanged. */
export const PASSTHROUGH_TEMPLATE = "$input.json('$')";

/**
 * What a `retryAfter` must look like, as text, to become a Retry-After header: a non-negative whole number
 * of seconds, digits only, no leading zero, at most 8 digits (the runtime's own bound, MAX_RETRY_AFTER_SECONDS,
 * is one year: 31536000). A hand-written or old tag may carry anything
 * (a CR LF that would inject a header, `1.0E21`, a 30-digit BigInteger): such a value is left out.
 */
export const RETRY_AFTER_VALUE_PATTERN = '0|[1-9][0-9]{0,7}';

/**
 * Given the problem JSON in `$b` (the message without its tag), copies its `retryAfter` into Retry-After when it
 * is a plain number of seconds, and emits `$b` as is. `$r` is the empty string when there is no `retryAfter`.
 */
const PROBLEM_BODY_LINES: readonly string[] = [
  '#set($r="$!util.parseJson($b).retryAfter")',
  `#if($r.matches('${RETRY_AFTER_VALUE_PATTERN}'))#set($context.responseOverride.header.Retry-After=$r)#end`,
  '$b',
];

/**
 * The first line of the guard `guardSuccessTemplate` puts in front of a success template: it recognises the
 * runtime's error document without setting a variable the success template might use. Its presence marks a
 * template as already guarded, as does `EARLIER_SUCCESS_GUARD_FIRST_LINE`, the first line of the longer guard of
 * earlier versions, which behaves the same.
 */
const SUCCESS_GUARD_FIRST_LINE = `#if($input.json('$.errorType').startsWith('"')&&$input.json('$.errorMessage').startsWith('"')&&$input.json('$.trace').startsWith('[')&&$input.path('$').size()==3)`;
const EARLIER_SUCCESS_GUARD_FIRST_LINE = "#set($lambdaErrorType = $input.json('$.errorType'))";

/**
 * The success (default) template, guarded against the Lambda Node.js runtime's error document. An error whose
 * errorMessage is empty (`throw new Error('')` in an unwrapped handler) matches no selection pattern, since a
 * success has the empty errorMessage too, so API Gateway applies the default response to
 * `{"errorType":…,"errorMessage":"","trace":[…]}`. The guard recognises exactly that document: a JSON object
 * with exactly three members, `errorType` and `errorMessage` strings and `trace` a list. It answers it as the
 * catch-all (status override, problem+json, a fixed body with only the request id dynamic); every other
 * result, including one that merely has an `errorMessage` member, goes through `successTemplate` unchanged.
 */
export function guardSuccessTemplate(
  successTemplate: string,
  errorStatus = 500,
  detail = CATCH_ALL_DETAIL,
): string {
  if (
    successTemplate.startsWith(SUCCESS_GUARD_FIRST_LINE) ||
    successTemplate.startsWith(EARLIER_SUCCESS_GUARD_FIRST_LINE)
  ) {
    return successTemplate;
  }
  // A trailing `## comment` would swallow the closing directive; the comment swallows the line break instead.
  const lastLine = successTemplate.slice(successTemplate.lastIndexOf('\n') + 1);
  const close = lastLine.includes('##') ? '\n#{end}' : '#{end}';
  return [
    SUCCESS_GUARD_FIRST_LINE,
    `#set($context.responseOverride.status=${errorStatus})`,
    PROBLEM_CONTENT_TYPE_LINE,
    `${fixedProblemBody(errorStatus, detail)}#{else}${successTemplate}${close}`,
  ].join('\n');
}

/** Template of a status reached only by tagged messages: strips the tag and emits the problem JSON. */
export function taggedProblemTemplate(): string {
  return [PROBLEM_CONTENT_TYPE_LINE, `#set($b=${withoutTag(ERROR_MESSAGE)})`, ...PROBLEM_BODY_LINES].join(
    '\n',
  );
}

/** Template of a status reached only by untagged messages (crashes, timeouts): never echoes the message. */
export function fixedProblemTemplate(status: number, detail: string): string {
  return [PROBLEM_CONTENT_TYPE_LINE, fixedProblemBody(status, detail)].join('\n');
}

/** Template of a status reached by its tag and by untagged messages: branches on the tag. */
export function branchingProblemTemplate(status: number, detail: string): string {
  // `#else` and `#end` close the output lines themselves: a line break before them would end up in the body.
  const bodyLines = PROBLEM_BODY_LINES.slice(0, -1);
  const bodyOutput = PROBLEM_BODY_LINES.at(-1);
  return [
    PROBLEM_CONTENT_TYPE_LINE,
    `#set($m=${ERROR_MESSAGE})`,
    `#if(${startsWithTag('$m', status)})#set($b=${withoutTag('$m')})`,
    ...bodyLines,
    `${bodyOutput}#else`,
    `${fixedProblemBody(status, detail)}#end`,
  ].join('\n');
}

/**
 * RFC 9457 body with `about:blank`, whose title is the status' reason phrase. Only the request id is
 * dynamic, so nothing the function wrote (stack traces, internal names) can reach the client.
 */
function fixedProblemBody(status: number, detail: string): string {
  if (/[$#\\]/.test(detail)) {
    throw new Error(
      `integrationResponses: the fixed detail ${JSON.stringify(detail)} contains $, # or \\, which VTL would interpret; use plain text`,
    );
  }
  const fixed = JSON.stringify(fixedProblem(status, detail));
  return `${fixed.slice(0, -1)},"requestId":"$context.requestId"}`;
}

/** The members of a fixed body before `requestId`: `about:blank`, the status' reason phrase, the fixed detail. */
export function fixedProblem(
  status: number,
  detail: string,
): { type: string; title: string; status: number; detail: string } {
  return { type: 'about:blank', title: statusTitle(status), status, detail };
}
