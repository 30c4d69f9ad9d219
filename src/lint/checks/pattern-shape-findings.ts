/**
 * Findings about one pattern on its own: syntax the two engines read differently, `.` stopping at line
 * breaks, tags that user text later in the message can forge, super-linear backtracking.
 */
import { fullMatch, javaReading, usesDot, withDotAsAnyCharacter } from '../../generate/pattern-syntax.js';
import {
  type AnalysedPattern,
  backtracksExponentially,
  type MethodContext,
  matches,
  noteUnproven,
} from '../context.js';
import { difference, intersection, patternLanguage, startingWith, union } from '../language.js';
import type { Finding } from '../lint-types.js';
import { counterexample } from './counterexample.js';

/**
 * The start of an error message that echoes user input ("Invalid order id: <what the client sent>"). A
 * pattern that matches some message starting like this, but not the start alone, lets the client's text
 * decide the status.
 */
export const USER_TEXT_PREFIX = 'Invalid order id: ';

export function patternShapeFindings(context: MethodContext): Finding[] {
  return context.patterns.flatMap((pattern) => {
    if (pattern.notPortable !== undefined) return [notPortableFinding(context, pattern)];
    const superLinear = superLinearFinding(context, pattern);
    // No message is tried on a pattern that could backtrack exponentially on it.
    if (backtracksExponentially(pattern)) return [superLinear as Finding];
    return [
      readDifferentlyFinding(context, pattern),
      lineBreakFinding(context, pattern),
      forgeableTagFinding(context, pattern),
      superLinear,
    ].filter((finding): finding is Finding => finding !== undefined);
  });
}

function base(context: MethodContext, pattern: AnalysedPattern) {
  return { method: context.label, statuses: [pattern.response.statusCode], patterns: [pattern.pattern] };
}

function notPortableFinding(context: MethodContext, pattern: AnalysedPattern): Finding {
  return {
    code: 'not-portable',
    ...base(context, pattern),
    message:
      `the pattern of ${pattern.response.statusCode} uses syntax Java and JavaScript do not share: ` +
      `${pattern.notPortable}; it was not analysed further`,
    evidence: 'static',
  };
}

/** Java's reading against JavaScript's (what serverless-offline and most tests use): where they differ. */
function readDifferentlyFinding(context: MethodContext, pattern: AnalysedPattern): Finding | undefined {
  if (javaReading(pattern.pattern) === pattern.pattern) return undefined;
  const javaScriptMatch = (message: string) => new RegExp(`^(?:${pattern.pattern})$`).test(message);
  const differs = (message: string) => javaScriptMatch(message) !== fullMatch(pattern.pattern, message);
  const found = counterexample(
    () => {
      const java = pattern.language;
      const javaScript = patternLanguage(pattern.pattern, 'javascript');
      if (!java || !javaScript.fits) return undefined;
      return union([difference(java, javaScript.language), difference(javaScript.language, java)]);
    },
    differs,
    () => context.samples.find(differs),
    noteUnproven(context, `Java's and JavaScript's reading of ${pattern.response.statusCode}`),
  );
  if (!found) return undefined;
  const side = javaScriptMatch(found.message) ? 'JavaScript only' : 'Java only';
  return {
    code: 'read-differently',
    ...base(context, pattern),
    message:
      `Java (API Gateway) and JavaScript (local tests, serverless-offline) read the pattern of ` +
      `${pattern.response.statusCode} differently (\`.\`, \`\\s\`, \`\\S\`, \`\\v\` or \`$\`): the counterexample matches in ${side}`,
    counterexample: found.message,
    evidence: found.proven ? 'proven' : 'sampled',
  };
}

function lineBreakFinding(context: MethodContext, pattern: AnalysedPattern): Finding | undefined {
  if (!usesDot(pattern.pattern)) return undefined;
  const intended = withDotAsAnyCharacter(pattern.pattern);
  const missed = (message: string) => fullMatch(intended, message) && !fullMatch(pattern.pattern, message);
  const found = counterexample(
    () => {
      const wanted = patternLanguage(intended);
      return pattern.language && wanted.fits ? difference(wanted.language, pattern.language) : undefined;
    },
    missed,
    () => context.samples.find(missed),
    noteUnproven(context, `line breaks in ${pattern.response.statusCode}`),
  );
  if (!found) return undefined;
  return {
    code: 'line-break',
    ...base(context, pattern),
    message:
      `the pattern of ${pattern.response.statusCode} uses \`.\`, which in Java matches no line break ` +
      '(\\n, \\r, U+0085, U+2028, U+2029): a message with one is not selected; use [\\s\\S]',
    counterexample: found.message,
    evidence: found.proven ? 'proven' : 'sampled',
  };
}

function forgeableTagFinding(context: MethodContext, pattern: AnalysedPattern): Finding | undefined {
  if (matches(pattern, USER_TEXT_PREFIX)) return undefined;
  const forged = (message: string) => message.startsWith(USER_TEXT_PREFIX) && matches(pattern, message);
  const found = counterexample(
    () => (pattern.language ? intersection(pattern.language, startingWith(USER_TEXT_PREFIX)) : undefined),
    forged,
    () => context.samples.map((sample) => USER_TEXT_PREFIX + sample).find(forged),
    noteUnproven(context, `a forged tag for ${pattern.response.statusCode}`),
  );
  if (!found) return undefined;
  return {
    code: 'forgeable-tag',
    ...base(context, pattern),
    message:
      `the pattern of ${pattern.response.statusCode} is not anchored at the start of the message: text an ` +
      `error echoes from the request, after "${USER_TEXT_PREFIX}", selects ${pattern.response.statusCode}`,
    counterexample: found.message,
    evidence: found.proven ? 'proven' : 'sampled',
  };
}

function superLinearFinding(context: MethodContext, pattern: AnalysedPattern): Finding | undefined {
  const report = pattern.backtracking;
  if (!report) return undefined;
  const parts =
    report.type === 'Trade' ? `${report.startQuant.raw} and ${report.endQuant.raw}` : report.quant.raw;
  return {
    code: 'super-linear',
    ...base(context, pattern),
    message:
      `the pattern of ${pattern.response.statusCode} can take ${report.exponential ? 'exponential' : 'polynomial'} ` +
      `time on a long message: ${parts} can both match a run of ${JSON.stringify(report.character.pick)}`,
    evidence: 'static',
  };
}
