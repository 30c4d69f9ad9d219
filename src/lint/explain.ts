/**
 * What a client receives for one errorMessage, per method: the integration response(s) whose pattern the
 * message full-matches (Java's reading), else the default, and the status, headers and body the emulator
 * renders for each. Two matches mean API Gateway may pick either: both are shown.
 */

import type { EmulatedResponse } from '../engine/internal-server-error.js';
import { restInternalServerError } from '../engine/internal-server-error.js';
import { respondWith } from '../engine/respond-to-model.js';
import type { IntegrationResponseModel } from '../generate/model.js';
import { configurationFindings } from './checks/configuration-findings.js';
import { analyseMethod, declaredOnly, matches, undecidableReason } from './context.js';
import type { Finding, LintMethod } from './lint-types.js';

export interface ExplainedResponse {
  /** The integration response selected; undefined when none matched and there is no default. */
  readonly statusCode: string | undefined;
  readonly selectionPattern: string | undefined;
  readonly client: EmulatedResponse;
  /** What API Gateway would log about this response (a 500 from a template or a missing method response). */
  readonly log: readonly string[];
}

export interface MethodExplanation {
  readonly method: string;
  /**
   * `pattern` (one match), `default` (no match), `ambiguous` (several: any of them), `ambiguous-default` (no
   * match and several responses without a pattern: any of them), `none` (no default either).
   */
  readonly selection: 'pattern' | 'default' | 'ambiguous' | 'ambiguous-default' | 'none';
  readonly responses: readonly ExplainedResponse[];
  /** Patterns that could not be evaluated (outside the Java∩JavaScript syntax), with why. */
  readonly unevaluated: readonly { readonly pattern: string; readonly problem: string }[];
  /**
   * What makes the method invalid whatever the message, as `lint` reports it (two defaults, a status or a header
   * without its method response): the responses above are rendered as far as they can be.
   */
  readonly findings: readonly Finding[];
}

export const EXPLAIN_REQUEST_ID = 'c0ffee00-0000-4000-8000-000000000000';

export function explainMessage(methods: readonly LintMethod[], errorMessage: string): MethodExplanation[] {
  return methods.map((method) => methodExplainer(method)(errorMessage));
}

/** Explains messages for one method, its patterns analysed once (for callers explaining many messages). */
export function methodExplainer(method: LintMethod): (errorMessage: string) => MethodExplanation {
  const context = analyseMethod(method);
  // Bounded: a pattern is tried only where its automaton or a non-backtracking match ends in time.
  const decidable = context.patterns.filter((pattern) => undecidableReason(pattern) === undefined);
  const unevaluated = context.patterns.flatMap((pattern) => {
    const problem = undecidableReason(pattern);
    return problem === undefined ? [] : [{ pattern: pattern.pattern, problem }];
  });
  const defaults = method.integration.integrationResponses.filter(
    (response) => response.selectionPattern === undefined,
  );
  const findings = configurationFindings(context);
  return (errorMessage) => {
    const matched = decidable
      .filter((pattern) => matches(pattern, errorMessage))
      .map((pattern) => pattern.response);
    const chosen = matched.length > 0 ? matched : defaults;
    return {
      method: context.label,
      selection: selectionOf(matched.length, defaults.length),
      responses:
        chosen.length === 0
          ? [
              {
                statusCode: undefined,
                selectionPattern: undefined,
                client: restInternalServerError(500),
                log: [],
              },
            ]
          : chosen.map((response) => render(method, response, errorMessage)),
      unevaluated,
      findings,
    };
  };
}

function selectionOf(matched: number, defaults: number): MethodExplanation['selection'] {
  if (matched > 1) return 'ambiguous';
  if (matched === 1) return 'pattern';
  if (defaults > 1) return 'ambiguous-default';
  return defaults === 1 ? 'default' : 'none';
}

function render(
  method: LintMethod,
  response: IntegrationResponseModel,
  errorMessage: string,
): ExplainedResponse {
  const log: string[] = [];
  const client = respondWith(declaredOnly(response, method.integration), method.integration, {
    outcome: { kind: 'error', payload: { errorType: 'Error', errorMessage, trace: [] } },
    requestId: EXPLAIN_REQUEST_ID,
    log: (line) => log.push(line),
  });
  return { statusCode: response.statusCode, selectionPattern: response.selectionPattern, client, log };
}
