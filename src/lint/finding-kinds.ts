/**
 * What each kind of finding means and how to fix it, in one place: the SARIF rules (their help text) and
 * the JSON report name the kinds by these codes.
 */
import type { FindingCode } from './lint-types.js';

export interface FindingKind {
  /** A few words: the rule's short description. */
  readonly title: string;
  /** What goes wrong for the client, and the fix. */
  readonly help: string;
  /** How serious: SARIF's `error` (clients get the wrong status or see internals) or `warning`. */
  readonly level: 'error' | 'warning';
}

const REGENERATE =
  'Run `lambda-error-map apply` on the template (or use the lambda-error-map/serverless plugin): it writes patterns that form a partition of every message.';

export const FINDING_KINDS: Readonly<Record<FindingCode, FindingKind>> = {
  'invalid-configuration': {
    title: 'Integration responses API Gateway cannot serve',
    help: 'Two responses with one status, several defaults (no selection pattern), or none: API Gateway refuses the deployment or answers 500. Keep one response per status and exactly one default.',
    level: 'error',
  },
  overlap: {
    title: 'Two selection patterns match one message',
    help: `API Gateway tries the patterns in no defined order, so a message both match gets either status. Make the patterns disjoint. ${REGENERATE}`,
    level: 'error',
  },
  'matches-empty': {
    title: 'A selection pattern matches the empty errorMessage',
    help: 'Every successful invocation has an empty errorMessage, so successes may get this error status. Require at least one character (+ instead of *).',
    level: 'error',
  },
  unmatched: {
    title: 'Errors no selection pattern matches',
    help: `They get the default response, usually 200, carrying the raw error (timeouts, crashes, unwrapped exceptions). Add a catch-all pattern. ${REGENERATE}`,
    level: 'error',
  },
  'line-break': {
    title: "`.` does not match line breaks in Java's reading",
    help: 'API Gateway matches with java.util.regex, where `.` matches no \\n, \\r, U+0085, U+2028 or U+2029: a message with one is not selected. Write [\\s\\S] instead of `.`.',
    level: 'error',
  },
  'forgeable-tag': {
    title: 'Selection pattern not anchored at the start of the message',
    help: 'Text an error echoes from the request ("Invalid order id: [404]") selects the status. Anchor the pattern at the start, e.g. \\[404\\][\\s\\S]*.',
    level: 'error',
  },
  'not-portable': {
    title: 'Pattern syntax Java and JavaScript do not share',
    help: 'Java (API Gateway) and JavaScript (local tests, serverless-offline) read or reject it differently, so lint does not analyse it further. Rewrite it in the shared syntax.',
    level: 'warning',
  },
  'read-differently': {
    title: 'Java and JavaScript read the pattern differently',
    help: 'Both accept it, but `.`, `\\s`, `\\S`, `\\v` or `$` differ: local tests and serverless-offline disagree with API Gateway on the counterexample. Use explicit classes such as [\\s\\S] or [ \\t].',
    level: 'warning',
  },
  'super-linear': {
    title: 'Selection pattern backtracks super-linearly',
    help: 'Matching time grows polynomially or exponentially with the length of a message it rejects. Remove the ambiguity between the quantifiers named.',
    level: 'warning',
  },
  'echoes-error': {
    title: 'Response passes the raw error to the client',
    help: `A template copies errorMessage into the body, or there is no template and API Gateway passes the Lambda error document (message and stack trace) through: clients see internals. ${REGENERATE}`,
    level: 'error',
  },
  'template-over-budget': {
    title: 'Response template too costly to render',
    help: 'The template takes more than 100,000 steps or renders more than 10,000,000 characters, so lint did not check it. Error response templates should render a small body in a few steps.',
    level: 'warning',
  },
  'missing-method-response': {
    title: 'Status without a method response',
    help: 'API Gateway answers 500 ("Output mapping refers to an invalid method response") instead of this status. Declare a method response for it.',
    level: 'error',
  },
};
