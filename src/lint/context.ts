import type { IntegrationResponseModel } from '../generate/model.js';
import { fullMatch, portabilityProblem } from '../generate/pattern-syntax.js';
import { type Language, patternLanguage } from './language.js';
import { RUNTIME_MESSAGES } from './runtime-messages.js';
import type { LintMethod } from './types.js';

/** A response's selection pattern with what the analysis could make of it. */
export interface AnalysedPattern {
  readonly response: IntegrationResponseModel;
  readonly pattern: string;
  /** Why Java and JavaScript cannot be trusted to read it alike; undefined when portable. */
  readonly notPortable: string | undefined;
  /** Its messages as an automaton, when it is portable and refa can represent it. */
  readonly language: Language | undefined;
}

/** One method under analysis. */
export interface MethodContext {
  readonly method: LintMethod;
  /** `GET /orders/{id}`. */
  readonly label: string;
  readonly patterns: readonly AnalysedPattern[];
  /** The default response (no selection pattern): what successes and unmatched errors get. */
  readonly defaultResponse: IntegrationResponseModel | undefined;
  /** Concrete messages tried where automata cannot decide. */
  readonly samples: readonly string[];
}

export function methodLabel(method: LintMethod): string {
  return `${method.httpMethod.toUpperCase()} ${method.path}`;
}

export function analyseMethod(method: LintMethod): MethodContext {
  const responses = method.integration.integrationResponses;
  const patterns = responses
    .filter((response): response is IntegrationResponseModel & { selectionPattern: string } => {
      return response.selectionPattern !== undefined;
    })
    .map((response) => analysePattern(response, response.selectionPattern));
  return {
    method,
    label: methodLabel(method),
    patterns,
    defaultResponse: responses.find((response) => response.selectionPattern === undefined),
    samples: sampleMessages(responses.map((response) => response.statusCode)),
  };
}

function analysePattern(response: IntegrationResponseModel, pattern: string): AnalysedPattern {
  const notPortable = portabilityProblem(pattern);
  if (notPortable !== undefined) return { response, pattern, notPortable, language: undefined };
  const language = patternLanguage(pattern);
  return { response, pattern, notPortable, language: language.fits ? language.language : undefined };
}

/** Patterns a message can be evaluated against: the portable ones (JavaScript reads them as Java does). */
export function evaluable(context: MethodContext): AnalysedPattern[] {
  return context.patterns.filter((pattern) => pattern.notPortable === undefined);
}

export function matchingPatterns(context: MethodContext, message: string): AnalysedPattern[] {
  return evaluable(context).filter((pattern) => fullMatch(pattern.pattern, message));
}

/**
 * Messages worth trying where no proof is possible: the runtime's own messages, each status' tag in the
 * shapes people write (bare, with JSON, later in the message, twice), line breaks and one letter.
 */
function sampleMessages(statuses: readonly string[]): string[] {
  const messages = new Set<string>([
    'a',
    'x\ny',
    ' ',
    '{}',
    ...RUNTIME_MESSAGES.map((sample) => sample.message),
  ]);
  for (const status of statuses) {
    for (const shape of [
      '[S]',
      '[S] ',
      '[S] {}',
      '[S] {"detail":"a\\nb"}',
      '[S] a\nb',
      'a [S]',
      'a\n[S]',
      'S',
    ]) {
      messages.add(shape.replaceAll('S', status));
    }
    for (const other of statuses)
      messages.add(`[${status}] {"detail":"[${other}]"}`).add(`[${status}][${other}]`);
  }
  // Shortest first: the first sample that shows a problem is the example reported.
  return [...messages].sort((a, b) => a.length - b.length);
}
