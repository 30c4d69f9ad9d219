import type { ProblemDocument } from './build-problem.js';
import { standardProblemJson } from './json-text.js';
import { STANDARD_MEMBERS } from './problem-members.js';
import { fitsUtf8 } from './truncate-utf8.js';

/** Beyond this, extensions are dropped from the body: the whole response must stay far below ALB's 1 MB. */
export const MAX_PROBLEM_JSON_BYTES = 64 * 1024;

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

/**
 * The problem as one line of JSON, never throwing: an extension that cannot be serialised (a cycle, a BigInt,
 * a throwing getter) is dropped alone; extensions that would make the body too large are dropped together,
 * and the standard members kept.
 */
export function renderProblemJson(problem: ProblemDocument): string {
  // Standard members only (the common case): written directly, the same bytes (the size limit only drops extensions).
  const direct = standardProblemJson(problem);
  if (direct !== undefined) return direct;
  const full = tryStringify(problem) ?? tryStringify(withoutUnserialisable(problem));
  if (full !== undefined && fitsUtf8(full, MAX_PROBLEM_JSON_BYTES)) return full;
  return JSON.stringify(standardMembersOnly(problem));
}

/** The problem without the extensions that cannot be serialised on their own: each drops only itself. */
function withoutUnserialisable(problem: ProblemDocument): ProblemDocument {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(problem)) {
    if (tryStringify(value) !== undefined) kept[name] = value;
  }
  return kept as ProblemDocument;
}

/** The problem as plain text, for `format: 'text'`: `Title: detail`, or just the title when they match. */
export function renderProblemText(problem: ProblemDocument): string {
  const text = problem.detail === problem.title ? problem.title : `${problem.title}: ${problem.detail}`;
  return problem.requestId ? `${text} (request id ${problem.requestId})` : text;
}
