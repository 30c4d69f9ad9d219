import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import type { ProblemDocument } from '../problem/build-problem.js';
import { writeStandardProblemJson } from '../problem/json-text.js';
import { renderProblemJson, renderProblemText } from '../problem/render-problem.js';

/** How the error body is written: RFC 9457 (default), the same members as plain JSON, or plain text. */
export type ProxyResponseFormat = 'problem+json' | 'json' | 'text';

export const PROXY_RESPONSE_FORMATS: readonly ProxyResponseFormat[] = ['problem+json', 'json', 'text'];

const CONTENT_TYPES: Readonly<Record<ProxyResponseFormat, string>> = {
  'problem+json': PROBLEM_CONTENT_TYPE,
  json: 'application/json',
  text: 'text/plain; charset=utf-8',
};

export function contentTypeOf(format: ProxyResponseFormat): string {
  return CONTENT_TYPES[format];
}

/** The body; `standardOnly` says the problem holds standard members only (buildProblem's `showsExtensions`). */
export function renderBody(
  problem: ProblemDocument,
  format: ProxyResponseFormat,
  standardOnly: boolean,
): string {
  if (format === 'text') return renderProblemText(problem);
  return standardOnly ? writeStandardProblemJson(problem) : renderProblemJson(problem);
}
