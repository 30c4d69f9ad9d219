import { configurationFindings } from './checks/configuration.js';
import { patternShapeFindings } from './checks/pattern-shape.js';
import { selectionFindings } from './checks/selection.js';
import { templateFindings } from './checks/templates.js';
import { analyseMethod, type MethodContext } from './context.js';
import type { LintMethod, LintReport, MethodSummary } from './types.js';

/**
 * Every finding for every non-proxy Lambda method: overlapping patterns, patterns matching successes,
 * unrouted errors, `.` and line breaks, forgeable tags, syntax the engines read differently, super-linear
 * patterns, templates echoing the raw error, statuses without a method response.
 */
export function lintMethods(methods: readonly LintMethod[]): LintReport {
  const contexts = methods.map(analyseMethod);
  const findings = contexts.flatMap((context) => {
    const found = [
      ...configurationFindings(context),
      ...selectionFindings(context),
      ...patternShapeFindings(context),
      ...templateFindings(context),
    ];
    const { line } = context.method;
    return line === undefined ? found : found.map((finding) => ({ ...finding, line }));
  });
  // After the checks: a summary names the checks that exceeded the node limit.
  return { methods: contexts.map(summary), findings };
}

function summary(context: MethodContext): MethodSummary {
  return {
    method: context.label,
    ...(context.method.origin === undefined ? {} : { origin: context.method.origin }),
    ...(context.method.line === undefined ? {} : { line: context.method.line }),
    responses: context.method.integration.integrationResponses.length,
    sampledPatterns: context.patterns
      .filter((pattern) => pattern.notPortable === undefined && pattern.language === undefined)
      .map((pattern) => pattern.pattern),
    unprovenChecks: [...context.unprovenChecks],
  };
}
