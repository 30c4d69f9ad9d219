/**
 * What a client receives for one errorMessage, per method: the integration response(s) whose pattern the
 * message full-matches (Java's reading), else the default, and the status, headers and body the emulator
 * renders for each. Two matches mean API Gateway may pick either: both are shown.
 */
import type { IntegrationResponseModel } from '../generate/model.js';
import type { EmulatedResponse } from '../testing/internal-server-error.js';
import { restInternalServerError } from '../testing/internal-server-error.js';
import { respondWith } from '../testing/respond-non-proxy.js';
import { analysePattern, matches, methodLabel, undecidableReason } from './context.js';
import type { LintMethod } from './types.js';

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
  /** `pattern` (one match), `default` (no match), `ambiguous` (several: any of them), `none` (no default either). */
  readonly selection: 'pattern' | 'default' | 'ambiguous' | 'none';
  readonly responses: readonly ExplainedResponse[];
  /** Patterns that could not be evaluated (outside the Java∩JavaScript syntax), with why. */
  readonly unevaluated: readonly { readonly pattern: string; readonly problem: string }[];
}

export const EXPLAIN_REQUEST_ID = 'c0ffee00-0000-4000-8000-000000000000';

export function explainMessage(methods: readonly LintMethod[], errorMessage: string): MethodExplanation[] {
  return methods.map((method) => explainMethod(method, errorMessage));
}

function explainMethod(method: LintMethod, errorMessage: string): MethodExplanation {
  const responses = method.integration.integrationResponses;
  const unevaluated: { pattern: string; problem: string }[] = [];
  const matched = responses.filter((response) => {
    if (response.selectionPattern === undefined) return false;
    const pattern = analysePattern(response, response.selectionPattern);
    const problem = undecidableReason(pattern);
    if (problem === undefined) return matches(pattern, errorMessage);
    unevaluated.push({ pattern: response.selectionPattern, problem });
    return false;
  });
  const fallback = responses.find((response) => response.selectionPattern === undefined);
  const chosen = matched.length > 0 ? matched : fallback ? [fallback] : [];
  const selection =
    matched.length > 1 ? 'ambiguous' : matched.length === 1 ? 'pattern' : fallback ? 'default' : 'none';
  return {
    method: methodLabel(method),
    selection,
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
  };
}

function render(
  method: LintMethod,
  response: IntegrationResponseModel,
  errorMessage: string,
): ExplainedResponse {
  const log: string[] = [];
  const client = respondWith(response, method.integration, {
    outcome: { kind: 'error', payload: { errorType: 'Error', errorMessage, trace: [] } },
    requestId: EXPLAIN_REQUEST_ID,
    log: (line) => log.push(line),
  });
  return { statusCode: response.statusCode, selectionPattern: response.selectionPattern, client, log };
}
