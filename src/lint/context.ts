import { analyse, type Report } from 'scslre';
import { METHOD_RESPONSE_HEADER } from '../contract/parameters.js';
import type { IntegrationResponseModel, IntegrationResponsesModel } from '../generate/model.js';
import { fullMatch, javaReading, portabilityProblem } from '../generate/pattern-syntax.js';
import { contains, type Language, patternLanguage } from './language.js';
import type { LintMethod } from './lint-types.js';
import { RUNTIME_MESSAGES } from './runtime-messages.js';

/** A response's selection pattern with what the analysis could make of it. */
export interface AnalysedPattern {
  readonly response: IntegrationResponseModel;
  readonly pattern: string;
  /** Why Java and JavaScript cannot be trusted to read it alike; undefined when portable. */
  readonly notPortable: string | undefined;
  /** Its messages as an automaton, when it is portable and refa can represent it. */
  readonly language: Language | undefined;
  /** scslre's report when matching it backtracks super-linearly; exponential ones never see a long message. */
  readonly backtracking: Report | undefined;
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
  /** Checks whose automaton exceeded the node limit, so were sampled: `overlap of 400 and 404`. */
  readonly unprovenChecks: string[];
}

/** The callback counterexample() calls when a check's automaton exceeds the node limit. */
export function noteUnproven(context: MethodContext, check: string): () => void {
  return () => {
    if (!context.unprovenChecks.includes(check)) context.unprovenChecks.push(check);
  };
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
    unprovenChecks: [],
  };
}

/**
 * Response headers an integration response maps but its method response does not declare (API Gateway refuses
 * such a deployment), each with its response. A status without a method response is another finding.
 */
export function undeclaredHeaders(
  model: IntegrationResponsesModel,
): [response: IntegrationResponseModel, header: string][] {
  return model.integrationResponses.flatMap((response) => {
    const declared = model.methodResponses.find((method) => method.statusCode === response.statusCode);
    if (declared === undefined) return [];
    return Object.keys(response.responseParameters)
      .filter(
        (target) =>
          target.startsWith(METHOD_RESPONSE_HEADER) && !Object.hasOwn(declared.responseParameters, target),
      )
      .map((target): [IntegrationResponseModel, string] => [response, target]);
  });
}

/**
 * The response with only the headers its method response declares: what can still be rendered of a method
 * whose undeclared headers are reported as findings.
 */
export function declaredOnly(
  response: IntegrationResponseModel,
  model: IntegrationResponsesModel,
): IntegrationResponseModel {
  const undeclared = new Set(
    undeclaredHeaders(model)
      .filter(([other]) => other === response)
      .map(([, header]) => header),
  );
  if (undeclared.size === 0) return response;
  return {
    ...response,
    responseParameters: Object.fromEntries(
      Object.entries(response.responseParameters).filter(([target]) => !undeclared.has(target)),
    ),
  };
}

export function analysePattern(response: IntegrationResponseModel, pattern: string): AnalysedPattern {
  return { response, pattern, ...patternAnalysis(pattern) };
}

type PatternAnalysis = Pick<AnalysedPattern, 'notPortable' | 'language' | 'backtracking'>;

/** Patterns recur across methods (a framework's defaults on every one): each is analysed once. */
const ANALYSED = new Map<string, PatternAnalysis>();
const ANALYSED_LIMIT = 4096;

function patternAnalysis(pattern: string): PatternAnalysis {
  const known = ANALYSED.get(pattern);
  if (known !== undefined) return known;
  const analysis = analyseOnce(pattern);
  if (ANALYSED.size >= ANALYSED_LIMIT) ANALYSED.clear();
  ANALYSED.set(pattern, analysis);
  return analysis;
}

function analyseOnce(pattern: string): PatternAnalysis {
  const notPortable = portabilityProblem(pattern);
  if (notPortable !== undefined) return { notPortable, language: undefined, backtracking: undefined };
  const language = patternLanguage(pattern);
  return {
    notPortable,
    language: language.fits ? language.language : undefined,
    backtracking: backtrackingReport(pattern),
  };
}

/**
 * scslre's ambiguity analysis on refa's automata: a quantifier that can trade characters with another (or
 * itself) backtracks polynomially or exponentially on a rejected message. Java's matcher backtracks the same way.
 */
function backtrackingReport(pattern: string): Report | undefined {
  return analyse(
    { source: `^(?:${javaReading(pattern)})$`, flags: '' },
    { reportTypes: { Move: false }, maxReports: 1 },
  ).reports[0];
}

/** Exponential backtracking: a full match on a message of a hundred characters would not end. */
export function backtracksExponentially(pattern: AnalysedPattern): boolean {
  return pattern.backtracking?.exponential === true;
}

/**
 * Whether a message selects a pattern: a Java-semantics full match, or, for a pattern that backtracks
 * (polynomially or exponentially), membership in its automaton (linear time in the message).
 */
export function matches(pattern: AnalysedPattern, message: string): boolean {
  if (pattern.backtracking !== undefined && pattern.language !== undefined)
    return contains(pattern.language, message);
  return fullMatch(pattern.pattern, message);
}

/**
 * Why a message of any length cannot be tried on a pattern in bounded time, or undefined when it can: a
 * backtracking pattern without an automaton could take minutes on a long message. lint's own samples are
 * short; explain's message is the user's.
 */
export function undecidableReason(pattern: AnalysedPattern): string | undefined {
  if (pattern.notPortable !== undefined) return pattern.notPortable;
  if (pattern.backtracking === undefined || pattern.language !== undefined) return undefined;
  const growth = pattern.backtracking.exponential ? 'exponential' : 'polynomial';
  return `could not decide: matching it backtracks (${growth} time in the message's length) and the automata cannot represent it`;
}

/**
 * Patterns messages can be tried on: portable (JavaScript reads them as Java does), and either representable
 * as an automaton or free of exponential backtracking.
 */
export function evaluable(context: MethodContext): AnalysedPattern[] {
  return context.patterns.filter(isEvaluable);
}

export function isEvaluable(pattern: AnalysedPattern): boolean {
  return (
    pattern.notPortable === undefined && (pattern.language !== undefined || !backtracksExponentially(pattern))
  );
}

export function matchingPatterns(context: MethodContext, message: string): AnalysedPattern[] {
  return evaluable(context).filter((pattern) => matches(pattern, message));
}

/**
 * Messages worth trying where no proof is possible: the runtime's own messages, each status' tag in the
 * shapes people write (bare, with JSON, later in the message, twice), line breaks and one letter.
 */
function sampleMessages(statuses: readonly string[]): string[] {
  const messages = new Set<string>([
    'a',
    'x\ny',
    // Where Java and JavaScript read `.` and `\s` differently.
    'a\u0085b',
    'a\u00a0b',
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
