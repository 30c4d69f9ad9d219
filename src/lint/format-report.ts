import type { SkippedMethod } from '../templates/find-apis.js';
import type { MethodExplanation } from './explain.js';
import type { Finding, LintReport } from './types.js';

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

/** The human report: findings grouped by method, then one summary line. */
export function formatLintText(report: LintReport): string {
  const lines: string[] = [];
  for (const method of report.methods) {
    const findings = report.findings.filter((finding) => finding.method === method.method);
    const where = method.origin === undefined ? '' : ` (${method.origin})`;
    lines.push(
      `${method.method}${where}: ${findings.length === 0 ? 'clean' : `${findings.length} finding(s)`}`,
    );
    for (const finding of findings) lines.push(...findingLines(finding));
    if (method.sampledPatterns.length > 0) {
      lines.push(
        `  sampled, not proven (the automata cannot represent them): ${method.sampledPatterns.map(quoted).join(', ')}`,
      );
    }
  }
  lines.push(...skippedLines(report.skipped, 'not checked'));
  const count = (evidence: Finding['evidence']) =>
    report.findings.filter((finding) => finding.evidence === evidence).length;
  const notChecked =
    report.skipped.length === 0 ? '' : `; ${report.skipped.length} method(s) not checked (listed above)`;
  lines.push(
    report.methods.length === 0
      ? `No non-proxy Lambda method found${notChecked}.`
      : `${report.findings.length} finding(s) in ${report.methods.length} method(s): ${count('proven')} proven, ${count('sampled')} sampled, ${count('static')} static${notChecked}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** One line per method left alone: `resource QueueOrder (AWS::ApiGateway::Method): not checked: asynchronous …`. */
export function skippedLines(skipped: readonly SkippedMethod[], what: string): string[] {
  return skipped.map((method) => `${method.where}: ${what}: ${method.reason}`);
}

export function formatLintJson(report: LintReport): string {
  return `${JSON.stringify({ clean: report.findings.length === 0, ...report }, null, 2)}\n`;
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
      lines.push(
        `    client gets ${response.client.statusCode}, Content-Type: ${response.client.headers['Content-Type']}`,
      );
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
