import type { SkippedMethod } from '../existing-api/read-responses.js';
import type { IntegrationResponsesModel } from '../generate/model.js';
import type { RootCause } from './root-causes.js';

/**
 * One non-proxy Lambda method as the analysis sees it, whatever file it came from: where it is and its
 * integration responses (selection patterns and templates) in the neutral model the generator and the
 * emulator share.
 */
export interface LintMethod {
  /** Resource path, e.g. `/orders/{id}`. */
  readonly path: string;
  /** HTTP method in upper case, e.g. `GET` (`ANY` allowed). */
  readonly httpMethod: string;
  readonly integration: IntegrationResponsesModel;
  /**
   * Whether the method responses are known. When false (a reader that only sees integration responses),
   * missing method responses are not reported and every status is assumed declared.
   */
  readonly methodResponsesKnown?: boolean;
  /** Where it was declared, for messages: `functions.orders.events[0]`, a resource id, an OpenAPI path. */
  readonly origin?: string;
  /** The line (from 1) of the file where it is declared: the event, the resource's properties, the operation. */
  readonly line?: number;
}

export type FindingCode =
  | 'invalid-configuration'
  | 'overlap'
  | 'matches-empty'
  | 'unmatched'
  | 'line-break'
  | 'forgeable-tag'
  | 'not-portable'
  | 'read-differently'
  | 'super-linear'
  | 'echoes-error'
  | 'template-over-budget'
  | 'missing-method-response';

/**
 * How a finding was established:
 * - `proven`: by automata over every possible message (refa), the counterexample then checked by a full match;
 * - `sampled`: found by trying concrete messages (patterns the automata cannot represent, runtime messages);
 * - `static`: read from the pattern or template text (syntax, backtracking ambiguity).
 */
export type Evidence = 'proven' | 'sampled' | 'static';

export interface Finding {
  readonly code: FindingCode;
  /** `GET /orders/{id}`. */
  readonly method: string;
  readonly statuses: readonly string[];
  readonly patterns: readonly string[];
  /** One sentence: what is wrong and what the client gets. */
  readonly message: string;
  /** A message (errorMessage) that shows the problem, checked with a Java-semantics full match. */
  readonly counterexample?: string;
  /** Known runtime messages that show it too (unmatched messages: timeouts, crashes…), by name. */
  readonly examples?: readonly RuntimeExample[];
  readonly evidence: Evidence;
  /** The line (from 1) of the method in the file read, when the reader knows it. */
  readonly line?: number;
}

export interface RuntimeExample {
  readonly name: string;
  readonly message: string;
}

/** What the analysis could prove per method: patterns the automata library could not represent are sampled. */
export interface MethodSummary {
  readonly method: string;
  readonly origin?: string;
  /** The line (from 1) of the method in the file read, when the reader knows it. */
  readonly line?: number;
  readonly responses: number;
  /** Patterns analysed by sampling only (backreferences, lookarounds away from the edges, too many states). */
  readonly sampledPatterns: readonly string[];
  /**
   * Checks of representable patterns whose automaton (an intersection, a difference) exceeded the node limit,
   * so were sampled, found or not: `overlap of 400 and 404`, `errors matched by no pattern`.
   */
  readonly unprovenChecks: readonly string[];
  /**
   * A known configuration most findings follow from, named once in the text report:
   * `serverless-v3-default-patterns` (the Serverless Framework v3 default statusCodes).
   */
  readonly rootCause?: RootCause;
}

export interface LintReport {
  readonly methods: readonly MethodSummary[];
  readonly findings: readonly Finding[];
  /** Methods not checked (asynchronous, or not readable), and APIs whose methods cannot be seen, with why. */
  readonly skipped: readonly SkippedMethod[];
}
