import type { SkippedMethod } from '../existing-api/read-responses.js';
import type { MethodExplanation } from './explain.js';
import { FINDING_KINDS } from './finding-kinds.js';
import { prettyJson, writePrettyJson } from './json-stream.js';
import type { LintGroup } from './lint.js';
import type { Finding, FindingCode, LintReport, MethodSummary } from './lint-types.js';
import { ROOT_CAUSES } from './root-causes.js';

/**
 * A message as a JSON string, with line breaks, U+0085, Unicode spaces and other invisible or look-alike
 * characters shown as escapes: a counterexample must be readable to the byte.
 */
export function quoted(message: string): string {
  return JSON.stringify(message).replace(
    /[\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ud800-\udfff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function findingLines(finding: Finding): string[] {
  const lines = [
    `  ${finding.code} [${finding.statuses.join(', ') || '-'}] (${finding.evidence}): ${finding.message}`,
  ];
  for (const pattern of finding.patterns) lines.push(`    pattern: ${quoted(pattern)}`);
  if (finding.counterexample !== undefined)
    lines.push(`    counterexample: ${quoted(finding.counterexample)}`);
  for (const example of finding.examples ?? []) lines.push(`    ${example.name}: ${quoted(example.message)}`);
  return lines;
}

/** Where the report's methods come from, for the fix hints and the summary line. */
export interface TextReportOptions {
  /** The file read, as the user named it; its name starts the summary line. */
  readonly file?: string;
}

/**
 * The human report: methods with one configuration and identical findings as one group (its methods listed
 * once), each kind of finding under a heading and followed by the fix, a root cause lint recognises named
 * once, then one summary line for the file.
 */
export function formatLintText(report: LintReport, options: TextReportOptions = {}): string {
  const counter = new SummaryCounter();
  const lines = regroup(report).flatMap((group) => {
    counter.add(group);
    return groupLines(group, options);
  });
  counter.addSkipped(report.skipped.length);
  return `${[...lines, ...skippedLines(report.skipped, 'not checked'), counter.line(options)].join('\n')}\n`;
}

/** One group as text, for output written as the groups come (`lint` in text format). */
export function formatLintGroup(group: LintGroup, options: TextReportOptions = {}): string {
  return `${groupLines(group, options).join('\n')}\n`;
}

/** Counts groups as they are written, for the summary line that ends the text report. */
export class SummaryCounter {
  #methods = 0;
  #configurations = 0;
  #skipped = 0;
  readonly #evidence: Record<Finding['evidence'], number> = { proven: 0, sampled: 0, static: 0 };

  add(group: LintGroup): void {
    this.#methods += group.methods.length;
    this.#configurations += 1;
    for (const finding of group.findings) this.#evidence[finding.evidence] += group.methods.length;
  }

  /** Methods the input left alone, each listed on a `not checked:` line before the summary. */
  addSkipped(count: number): void {
    this.#skipped += count;
  }

  line(options: TextReportOptions): string {
    const file = options.file === undefined ? '' : `${options.file}: `;
    const notChecked = this.#skipped === 0 ? '' : `; ${this.#skipped} method(s) not checked (listed above)`;
    if (this.#methods === 0) return `${file}No non-proxy Lambda method found${notChecked}.`;
    const { proven, sampled, static: fromText } = this.#evidence;
    const configurations =
      this.#configurations === this.#methods ? '' : ` (${this.#configurations} configuration(s))`;
    return `${file}${proven + sampled + fromText} finding(s) in ${this.#methods} method(s)${configurations}: ${proven} proven, ${sampled} sampled, ${fromText} static${notChecked}.`;
  }
}

/** A report's methods grouped by identical findings (method and line aside) and analysis notes. */
function regroup(report: LintReport): LintGroup[] {
  const findingsOf = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const key = `${finding.method}\u0000${finding.line ?? ''}`;
    findingsOf.set(key, [...(findingsOf.get(key) ?? []), finding]);
  }
  const groups = new Map<string, { methods: MethodSummary[]; findings: Finding[] }>();
  for (const method of report.methods) {
    const findings = findingsOf.get(`${method.method}\u0000${method.line ?? ''}`) ?? [];
    const key = JSON.stringify([
      findings.map(({ method: _method, line: _line, ...rest }) => rest),
      method.sampledPatterns,
      method.unprovenChecks,
      method.rootCause ?? null,
    ]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { methods: [method], findings });
    else group.methods.push(method);
  }
  return [...groups.values()];
}

function methodName(method: MethodSummary): string {
  return `${method.method}${method.origin === undefined ? '' : ` (${method.origin})`}`;
}

function groupLines(group: LintGroup, options: TextReportOptions): string[] {
  const [first] = group.methods;
  if (first === undefined) return [];
  const count = group.findings.length;
  const outcome = count === 0 ? 'clean' : `${count} finding(s)${group.methods.length > 1 ? ' each' : ''}`;
  const lines = [
    group.methods.length === 1
      ? `${methodName(first)}: ${outcome}`
      : `${group.methods.length} methods with the same configuration: ${group.methods.map(methodName).join(', ')}: ${outcome}`,
  ];
  if (first.rootCause !== undefined && count > 0) lines.push(`  root cause: ${ROOT_CAUSES[first.rootCause]}`);
  const fix = fixHint(first, options);
  for (const [code, findings] of byCode(group.findings)) {
    lines.push(`  ${code}: ${findings.length} × ${FINDING_KINDS[code].title}`);
    for (const finding of findings) lines.push(...findingLines(finding));
    lines.push(`  fix: ${fix}`);
  }
  if (first.sampledPatterns.length > 0) {
    lines.push(
      `  sampled, not proven (the automata cannot represent them): ${first.sampledPatterns.map(quoted).join(', ')}`,
    );
  }
  if (first.unprovenChecks.length > 0) {
    lines.push(`  sampled, not proven (over the automata node limit): ${first.unprovenChecks.join(', ')}`);
  }
  return lines;
}

function byCode(findings: readonly Finding[]): Map<FindingCode, Finding[]> {
  const groups = new Map<FindingCode, Finding[]>();
  for (const finding of findings) groups.set(finding.code, [...(groups.get(finding.code) ?? []), finding]);
  return groups;
}

/**
 * How to get patterns lint finds clean: the Serverless plugin for a serverless.yml (its methods are named
 * `functions.…`), `apply --replace` for a template (plain `apply` refuses hand-written patterns that overlap
 * its own; `--replace` swaps them for the catalog's and prints what each client gets before → after).
 */
function fixHint(method: MethodSummary, options: TextReportOptions): string {
  const file = options.file ?? 'FILE';
  return method.origin?.startsWith('functions.') === true
    ? 'add lambda-error-map/serverless to the plugins of the service (and remove any hand-written response.statusCodes of these events): the plugin writes patterns, templates and method responses lint finds clean when the service is packaged'
    : `run \`lambda-error-map apply --template ${file} --replace\`: it replaces the hand-written error responses with patterns, templates and method responses lint finds clean, and prints what a client gets before → after`;
}

/**
 * The version of the JSON report's shape (docs/lint.md): raised when a field is removed or changes meaning,
 * not when one is added.
 */
export const LINT_JSON_VERSION = 1;

/** One line per method left alone: `resource QueueOrder (AWS::ApiGateway::Method): not checked: asynchronous …`. */
export function skippedLines(skipped: readonly SkippedMethod[], what: string): string[] {
  return skipped.map((method) => `${method.where}: ${what}: ${method.reason}`);
}

export function formatLintJson(report: LintReport): string {
  return prettyJson(lintJson(report));
}

/** formatLintJson's text through `write`, piece by piece: the report is never one string. */
export function writeLintJson(report: LintReport, write: (chunk: string) => void): void {
  writePrettyJson(lintJson(report), write);
}

function lintJson(report: LintReport) {
  return { version: LINT_JSON_VERSION, clean: report.findings.length === 0, ...report };
}

export function formatExplainText(
  message: string,
  explanations: readonly MethodExplanation[],
  skipped: readonly SkippedMethod[] = [],
): string {
  const lines = [`errorMessage: ${quoted(message)}`];
  for (const explanation of explanations) {
    const how = {
      pattern: 'selected by its pattern',
      default: 'no pattern matches: the default response',
      ambiguous: 'several patterns match: API Gateway picks any one of these',
      'ambiguous-default': `no pattern matches and ${explanation.responses.length} responses have none: API Gateway uses one of these`,
      none: 'no pattern matches and there is no default response',
    }[explanation.selection];
    lines.push(`${explanation.method}: ${how}`);
    for (const response of explanation.responses) {
      const selected =
        response.statusCode === undefined ? 'none' : `integration response ${response.statusCode}`;
      const pattern =
        response.selectionPattern === undefined ? '' : ` (pattern ${quoted(response.selectionPattern)})`;
      lines.push(`  ${selected}${pattern}`);
      const headers = Object.entries(response.client.headers).map(([name, value]) => `, ${name}: ${value}`);
      lines.push(`    client gets ${response.client.statusCode}${headers.join('')}`);
      lines.push(`    body: ${response.client.body}`);
      for (const line of response.log) lines.push(`    API Gateway logs: ${line}`);
    }
    for (const skipped of explanation.unevaluated) {
      lines.push(`  not evaluated: ${quoted(skipped.pattern)} (${skipped.problem})`);
    }
    for (const finding of explanation.findings) lines.push(...findingLines(finding));
  }
  lines.push(...skippedLines(skipped, 'not explained'));
  return `${lines.join('\n')}\n`;
}
