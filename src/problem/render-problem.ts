// The problem as a body: one JSON writer (problemJson) and the plain-text form. The JSON is byte for byte what
// JSON.stringify writes; the standard members, which every problem has, are written directly.
import { STANDARD_MEMBERS } from '../catalog/mapped.js';
import { fitsUtf8 } from '../util/utf8.js';
import { type ProblemDocument, StandardProblem } from './build-problem.js';

/** Beyond this, extensions are dropped from the body: the whole response must stay far below ALB's 1 MB. */
export const MAX_PROBLEM_JSON_BYTES = 64 * 1024;

// What JSON must escape (quote, backslash, the C0 controls, surrogates), written as the complement of what it need not:
// V8 tests the negated class faster (about a fifth less per test on Node 20, 22 and 24).
const NEEDS_ESCAPE = /[^ !#-[\]-\ud7ff\ue000-\uffff]/;
// The same, plus the line separators that single-line JSON escapes as well (U+0085, U+2028, U+2029).
const NEEDS_SINGLE_LINE_ESCAPE = /[^ !#-[\]-\x84\x86-\u2027\u202a-\ud7ff\ue000-\uffff]/;
// Java's regex and many log pipelines treat U+0085, U+2028 and U+2029 as line breaks, and JSON.stringify
// leaves them raw (it escapes \n, \r and, since ES2019, lone surrogates). Escaped, the JSON means the same.
const LINE_SEPARATORS = /[\u0085\u2028\u2029]/g;

function escapeLineSeparator(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** JSON text that is one line for every reader: no raw CR, LF, NEL, LS or PS anywhere. */
export function toSingleLine(json: string): string {
  return json.replace(LINE_SEPARATORS, escapeLineSeparator);
}

/** `JSON.stringify(text)`, skipping the serialiser when nothing needs escaping. */
export function jsonString(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** `toSingleLine(JSON.stringify(text))` in one scan when nothing needs escaping. */
function singleLineJsonString(text: string): string {
  return NEEDS_SINGLE_LINE_ESCAPE.test(text) ? toSingleLine(JSON.stringify(text)) : `"${text}"`;
}

interface KindPrefix {
  readonly type: string;
  readonly status: number;
  readonly prefix: string;
}

// One prefix per title and form (titles rarely repeat across kinds; a clash only rewrites the entry).
const prefixes = [new Map<string, KindPrefix>(), new Map<string, KindPrefix>()];
const MAX_PREFIXES = 256;

/**
 * `{"type":…,"title":…,"status":…,"detail":"`, the start every problem of one kind shares up to the text of its
 * detail, kept once written; `singleLine` escapes the line separators as well.
 */
export function problemPrefix(type: string, title: string, status: number, singleLine: boolean): string {
  const cache = prefixes[singleLine ? 1 : 0] as Map<string, KindPrefix>;
  const known = cache.get(title);
  if (known !== undefined && known.type === type && known.status === status) return known.prefix;
  const quote = singleLine ? singleLineJsonString : jsonString;
  const prefix = `{"type":${quote(type)},"title":${quote(title)},"status":${JSON.stringify(status)},"detail":"`;
  if (cache.size >= MAX_PREFIXES) cache.clear();
  cache.set(title, { type, status, prefix });
  return prefix;
}

const FIRST_MEMBERS = 4; // type, title, status, detail: always there, always first

/**
 * Whether the problem holds standard members only, in STANDARD_MEMBERS order, with the first four there: a
 * StandardProblem does; any other document is looked at.
 */
function hasStandardMembersOnly(problem: ProblemDocument): boolean {
  if (problem instanceof StandardProblem) return true;
  let next = 0;
  for (const name in problem) {
    const index = (STANDARD_MEMBERS as readonly string[]).indexOf(name, next);
    if (index === -1 || (next < FIRST_MEMBERS && index !== next)) return false;
    next = index + 1;
  }
  return (
    next >= FIRST_MEMBERS &&
    typeof problem.type === 'string' &&
    typeof problem.title === 'string' &&
    typeof problem.detail === 'string' &&
    (problem.instance === undefined || typeof problem.instance === 'string') &&
    (problem.requestId === undefined || typeof problem.requestId === 'string')
  );
}

/**
 * The JSON of a problem of standard members only, from its members (an absent one undefined), without the
 * serialiser: what problemJson writes for such a problem, and what the proxy reply writes without building one.
 */
export function standardMembersJson(
  type: string,
  title: string,
  status: number,
  detail: string,
  instance: string | undefined,
  requestId: string | undefined,
  retryAfter: number | undefined,
  singleLine = false,
): string {
  // The strings of this occurrence rarely hold anything to escape. Each is tested as it is: testing their
  // concatenation would first copy them into one string, which measured slower.
  const escapes = singleLine ? NEEDS_SINGLE_LINE_ESCAPE : NEEDS_ESCAPE;
  const needsEscape =
    escapes.test(detail) ||
    (instance !== undefined && escapes.test(instance)) ||
    (requestId !== undefined && escapes.test(requestId));
  if (needsEscape) {
    const json = JSON.stringify({ type, title, status, detail, instance, requestId, retryAfter });
    return singleLine ? toSingleLine(json) : json;
  }
  // Each member's text is joined in place: quoting it apart first would make one more string per member.
  let json = problemPrefix(type, title, status, singleLine) + detail;
  if (instance !== undefined) json += `","instance":"${instance}`;
  if (requestId !== undefined) json += `","requestId":"${requestId}`;
  return retryAfter === undefined ? `${json}"}` : `${json}","retryAfter":${JSON.stringify(retryAfter)}}`;
}

/** The problem without its extensions: the members this package writes itself. */
export function standardMembersOnly(problem: ProblemDocument): ProblemDocument {
  const kept: Record<string, unknown> = {};
  for (const name of STANDARD_MEMBERS) {
    if (problem[name] !== undefined) kept[name] = problem[name];
  }
  return kept as ProblemDocument;
}

function tryStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** The problem without the extensions that cannot be serialised on their own: each drops only itself. */
function withoutUnserialisable(problem: ProblemDocument): ProblemDocument {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(problem)) {
    if (tryStringify(value) !== undefined) kept[name] = value;
  }
  return kept as ProblemDocument;
}

/** A problem with extensions, through the serialiser. */
function writeWithExtensions(problem: ProblemDocument): string {
  const full = tryStringify(problem) ?? tryStringify(withoutUnserialisable(problem));
  if (full !== undefined && fitsUtf8(full, MAX_PROBLEM_JSON_BYTES)) return full;
  return JSON.stringify(standardMembersOnly(problem));
}

/**
 * The problem as JSON: `JSON.stringify(problem)` byte for byte, and with `singleLine` what toSingleLine makes of
 * it. Never throws: an extension that cannot be serialised (a cycle, a BigInt, a throwing getter) is dropped
 * alone; extensions that would make the text larger than MAX_PROBLEM_JSON_BYTES are dropped together, and the
 * standard members kept. The one JSON writer of problems, for the proxy body and the tagged errorMessage alike.
 */
export function problemJson(problem: ProblemDocument, singleLine = false): string {
  if (hasStandardMembersOnly(problem)) {
    const { type, title, status, detail, instance, requestId, retryAfter } = problem;
    return standardMembersJson(type, title, status, detail, instance, requestId, retryAfter, singleLine);
  }
  const json = writeWithExtensions(problem);
  return singleLine ? toSingleLine(json) : json;
}

/** The problem as plain text, for `format: 'text'`: `Title: detail`, or just the title when they match. */
export function renderProblemText(problem: ProblemDocument): string {
  const text = problem.detail === problem.title ? problem.title : `${problem.title}: ${problem.detail}`;
  return problem.requestId ? `${text} (request id ${problem.requestId})` : text;
}
