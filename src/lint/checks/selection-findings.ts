/**
 * Selection as API Gateway does it: every pattern is full-matched against errorMessage, in no defined order,
 * successes included (errorMessage ""). A configuration is sound when no message matches two patterns, the
 * empty message matches none, and every non-empty message matches one.
 */
import {
  type AnalysedPattern,
  evaluable,
  type MethodContext,
  matches,
  matchingPatterns,
  noteUnproven,
} from '../context.js';
import { anyNonEmptyMessage, difference, intersection, type Language } from '../language.js';
import type { Finding } from '../lint-types.js';
import { RUNTIME_MESSAGES } from '../runtime-messages.js';
import { type Counterexample, counterexample } from './counterexample.js';

export function selectionFindings(context: MethodContext): Finding[] {
  const patterns = evaluable(context);
  return [
    ...patterns.flatMap((pattern) => emptyMatchFinding(context, pattern)),
    ...unmatchedFindings(context, patterns),
    ...overlapFindings(context, patterns),
  ];
}

function overlapFindings(context: MethodContext, patterns: readonly AnalysedPattern[]): Finding[] {
  const findings: Finding[] = [];
  patterns.forEach((left, index) => {
    for (const right of patterns.slice(index + 1)) {
      const shared = sharedMessage(context, left, right);
      if (shared === undefined) continue;
      findings.push({
        code: 'overlap',
        method: context.label,
        statuses: [left.response.statusCode, right.response.statusCode],
        patterns: [left.pattern, right.pattern],
        message:
          `a message can match the patterns of ${left.response.statusCode} and ${right.response.statusCode}; ` +
          'API Gateway tries patterns in no defined order, so its status is a coin toss',
        counterexample: shared.message,
        evidence: shared.proven ? 'proven' : 'sampled',
      });
    }
  });
  return findings;
}

/** A message both patterns full-match: the shortest one when both are automata, else the first sample. */
function sharedMessage(
  context: MethodContext,
  left: AnalysedPattern,
  right: AnalysedPattern,
): Counterexample | undefined {
  const both = (message: string) => matches(left, message) && matches(right, message);
  return counterexample(
    () => (left.language && right.language ? intersection(left.language, right.language) : undefined),
    both,
    () => context.samples.find(both),
    noteUnproven(context, `overlap of ${left.response.statusCode} and ${right.response.statusCode}`),
  );
}

function emptyMatchFinding(context: MethodContext, pattern: AnalysedPattern): Finding[] {
  if (!matches(pattern, '')) return [];
  return [
    {
      code: 'matches-empty',
      method: context.label,
      statuses: [pattern.response.statusCode],
      patterns: [pattern.pattern],
      message:
        `the pattern of ${pattern.response.statusCode} matches the empty errorMessage, which every successful ` +
        `invocation has: successes may get ${pattern.response.statusCode}; require a character (+ instead of *)`,
      counterexample: '',
      evidence: 'proven',
    },
  ];
}

function unmatchedFindings(context: MethodContext, patterns: readonly AnalysedPattern[]): Finding[] {
  // A pattern that cannot be evaluated might match anything: "matches none" cannot be claimed.
  if (patterns.length !== context.patterns.length) return [];
  const matchedByNone = (message: string) =>
    message !== '' && matchingPatterns(context, message).length === 0;
  // The samples include the runtime's messages: when none is found, none of them falls through either.
  const smallest = smallestUnmatched(context, patterns, matchedByNone);
  if (smallest === undefined) return [];
  const examples = RUNTIME_MESSAGES.filter((sample) => matchedByNone(sample.message));
  const fallback = context.defaultResponse
    ? `the default response (${context.defaultResponse.statusCode}, usually the success status)`
    : 'no response at all (API Gateway answers 500 Internal server error)';
  return [
    {
      code: 'unmatched',
      method: context.label,
      statuses: context.defaultResponse ? [context.defaultResponse.statusCode] : [],
      patterns: patterns.map((pattern) => pattern.pattern),
      message: `errors that match no pattern get ${fallback}${
        examples.length > 0 ? `; among them: ${examples.map((sample) => sample.name).join(', ')}` : ''
      }`,
      counterexample: smallest.message,
      ...(examples.length > 0 ? { examples } : {}),
      evidence: smallest.proven ? 'proven' : 'sampled',
    },
  ];
}

function smallestUnmatched(
  context: MethodContext,
  patterns: readonly AnalysedPattern[],
  matchedByNone: (message: string) => boolean,
): Counterexample | undefined {
  const languages = patterns.map((pattern) => pattern.language);
  return counterexample(
    () =>
      languages.every((language): language is Language => language !== undefined)
        ? difference(anyNonEmptyMessage(), languages)
        : undefined,
    matchedByNone,
    () => context.samples.find(matchedByNone),
    noteUnproven(context, 'errors matched by no pattern'),
  );
}
