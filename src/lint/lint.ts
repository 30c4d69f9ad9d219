import type { SkippedMethod } from '../templates/find-apis.js';
import { configurationFindings } from './checks/configuration.js';
import { patternShapeFindings } from './checks/pattern-shape.js';
import { selectionFindings } from './checks/selection.js';
import { templateFindings } from './checks/templates.js';
import { analyseMethod, type MethodContext } from './context.js';
import type { LintMethod, LintReport, MethodSummary } from './types.js';

/**
 * Every finding for every non-proxy Lambda method: overlapping patterns, patterns matching successes,
 * unrouted errors, `.` and line breaks, forgeable tags, syntax the engines read differently, super-linear
 * patterns, templates echoing the raw error, statuses without a method response. `skipped` (methods the
 * input left alone, with why) is carried into the report so that none goes unmentioned.
 */
export function lintMethods(
  methods: readonly LintMethod[],
  skipped: readonly SkippedMethod[] = [],
): LintReport {
  const contexts = methods.map(analyseMethod);
  return {
    methods: contexts.map(summary),
    findings: contexts.flatMap((context) => [
      ...configurationFindings(context),
      ...selectionFindings(context),
      ...patternShapeFindings(context),
      ...templateFindings(context),
    ]),
    skipped,
  };
}

function summary(context: MethodContext): MethodSummary {
  return {
    method: context.label,
    ...(context.method.origin === undefined ? {} : { origin: context.method.origin }),
    responses: context.method.integration.integrationResponses.length,
    sampledPatterns: context.patterns
      .filter((pattern) => pattern.notPortable === undefined && pattern.language === undefined)
      .map((pattern) => pattern.pattern),
  };
}
