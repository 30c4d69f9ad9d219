/**
 * What `apply --replace` changes for clients, per method: representative error messages with the status a
 * client got before and gets after. Each status is what `explain` answers for that message (src/lint/explain.ts,
 * selection and rendering by the emulator); the messages are the ones lint reasons with: each old pattern's
 * shortest message and lint's counterexamples for the old configuration, the runtime's timeouts and a crash,
 * and one tagged message per status of the catalog, as the non-proxy middleware writes it.
 */
import { classify } from '../catalog/classify.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { writtenSelectionPattern } from '../contract/selection.js';
import { counterexample } from '../lint/checks/counterexample.js';
import { type AnalysedPattern, analyseMethod, type MethodContext, matches } from '../lint/context.js';
import { type MethodExplanation, methodExplainer } from '../lint/explain.js';
import { anyNonEmptyMessage, intersection } from '../lint/language.js';
import { lintMethods } from '../lint/lint.js';
import type { Finding, LintMethod } from '../lint/lint-types.js';
import { readLintInput } from '../lint/load-input.js';
import { RUNTIME_MESSAGES } from '../lint/runtime-messages.js';
import { formatTaggedMessage } from '../tagged/format-tagged-message.js';
import type { ReplacedMethod } from './apply-template.js';

export interface RoutedMessage {
  /** What the message stands for: `matches the old pattern of 404`, `timeout`, `tagged [404] (NotFound)`. */
  readonly why: string;
  readonly message: string;
  /** The statuses a client may get (several where old patterns overlap), before and after. */
  readonly before: readonly number[];
  readonly after: readonly number[];
}

export interface MethodRoutingChange {
  /** Where the method is: `resource GetOrder (AWS::ApiGateway::Method)`. */
  readonly where: string;
  /** `GET /orders`. */
  readonly method: string;
  /** The selection patterns replaced, with their statuses. */
  readonly replaced: readonly { readonly statusCode: string; readonly selectionPattern: string }[];
  readonly messages: readonly RoutedMessage[];
}

/** The runtime's messages shown: every timeout form and a crash. */
const RUNTIME_SHOWN = new Set([
  'timeout',
  'timeout (older runtimes, with timestamp)',
  'timeout (with request id)',
  'crash (with request id)',
]);

/** Lint findings whose counterexample is a routing question (not a template's). */
const FINDING_WHY: Partial<Record<Finding['code'], (finding: Finding) => string>> = {
  overlap: (finding) => `matches the old patterns of ${finding.statuses.join(' and ')}`,
  unmatched: () => 'matched by no old pattern',
  'line-break': (finding) => `a line break the old pattern of ${finding.statuses[0]} missed`,
  'forgeable-tag': (finding) => `echoed text the old pattern of ${finding.statuses[0]} matched`,
  'read-differently': (finding) => `read differently by Java, old pattern of ${finding.statuses[0]}`,
};

/**
 * The routing report of each replaced method, from the file's text before and after `apply` as `explain`
 * reads them (the same reader, the same selection), so the report says what `explain` on either file would.
 */
export function routingChanges(
  before: string,
  after: string,
  name: string,
  catalog: ErrorCatalog,
  replaced: readonly ReplacedMethod[],
): MethodRoutingChange[] {
  const beforeMethods = readLintInput(before, name).methods;
  const afterMethods = readLintInput(after, name).methods;
  return replaced.map(({ where, responses }) => {
    const find = (methods: readonly LintMethod[]) => methods.find((method) => method.origin === where);
    const [old, current] = [find(beforeMethods), find(afterMethods)];
    if (old === undefined || current === undefined)
      throw new Error(`apply: ${where} is not read back from ${name} as a non-proxy Lambda method`);
    return {
      where,
      replaced: responses.map((response) => ({
        statusCode: response.statusCode,
        selectionPattern: writtenSelectionPattern(response.selectionPattern),
      })),
      ...routingChange(old, current, catalog),
    };
  });
}

/** The representative messages, each with the statuses `explain` gives for `before` and for `after`. */
function routingChange(
  before: LintMethod,
  after: LintMethod,
  catalog: ErrorCatalog,
): Pick<MethodRoutingChange, 'method' | 'messages'> {
  const context = analyseMethod(before);
  // The first reason given for a message is the one shown; the empty message is a success, not an error.
  const byMessage = new Map<string, Representative>();
  for (const representative of [
    ...context.patterns.flatMap((pattern) => ownMessage(context, pattern)),
    ...findingMessages(before),
    ...RUNTIME_MESSAGES.filter((sample) => RUNTIME_SHOWN.has(sample.name)).map((sample) => ({
      why: sample.name,
      message: sample.message,
    })),
    ...taggedMessages(catalog),
  ]) {
    if (representative.message !== '' && !byMessage.has(representative.message))
      byMessage.set(representative.message, representative);
  }
  const [explainBefore, explainAfter] = [methodExplainer(before), methodExplainer(after)];
  return {
    method: context.label,
    messages: [...byMessage.values()].map(({ why, message }) => ({
      why,
      message,
      before: clientStatuses(explainBefore(message)),
      after: clientStatuses(explainAfter(message)),
    })),
  };
}

interface Representative {
  readonly why: string;
  readonly message: string;
}

/** The shortest non-empty message the pattern selects (or the first sample it selects). */
function ownMessage(context: MethodContext, pattern: AnalysedPattern): Representative[] {
  const selects = (message: string) => message !== '' && matches(pattern, message);
  const found = counterexample(
    () => (pattern.language ? intersection(pattern.language, anyNonEmptyMessage()) : undefined),
    selects,
    () => context.samples.find(selects),
  );
  return found === undefined
    ? []
    : [{ why: `matches the old pattern of ${pattern.response.statusCode}`, message: found.message }];
}

function findingMessages(method: LintMethod): Representative[] {
  return lintMethods([method]).findings.flatMap((finding) => {
    const why = FINDING_WHY[finding.code];
    return why === undefined || finding.counterexample === undefined
      ? []
      : [{ why: why(finding), message: finding.counterexample }];
  });
}

/** One errorMessage per status of the catalog, as taggedErrorMessage writes it for that status' kind. */
function taggedMessages(catalog: ErrorCatalog): Representative[] {
  return catalog.statuses.flatMap((status) => {
    const kind = catalog.kindForStatus(status);
    if (kind === undefined) return [];
    const { message } = formatTaggedMessage(classify(catalog.error(kind.kind), catalog), { catalog });
    return [{ why: `tagged [${status}] (${kind.kind})`, message }];
  });
}

function clientStatuses(explained: MethodExplanation): number[] {
  const statuses = explained.responses.map((response) => response.client.statusCode);
  return [...new Set(statuses)].sort((a, b) => a - b);
}

const MESSAGE_SHOWN = 81;

/** The report as text lines: a heading per method, then one line per message, `before → after`. */
export function formatRoutingChange(change: MethodRoutingChange): string[] {
  const replaced = change.replaced
    .map((response) => `${JSON.stringify(response.selectionPattern)} (${response.statusCode})`)
    .join(', ');
  return [
    `replaced ${replaced} of ${change.method} (${change.where}) by the catalog's responses; what a client gets, before → after:`,
    ...change.messages.map((routed) => {
      const statuses = `${routed.before.join(' or ')} → ${routed.after.join(' or ')}`;
      return `  ${statuses.padEnd(18)} ${routed.why}: ${shown(routed.message)}`;
    }),
  ];
}

/** Quoted, every character outside printable ASCII escaped (U+0085 and U+2028 too); a long one loses its middle. */
function shown(message: string): string {
  const quoted = JSON.stringify(message).replace(
    /[^\x20-\x7e]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  if (quoted.length <= MESSAGE_SHOWN) return quoted;
  const half = Math.floor((MESSAGE_SHOWN - 1) / 2);
  return `${quoted.slice(0, half)}…${quoted.slice(quoted.length - half)}`;
}
