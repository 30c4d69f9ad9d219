import type { SkippedMethod } from '../existing-api/read-responses.js';
import { configurationFindings } from './checks/configuration-findings.js';
import { patternShapeFindings } from './checks/pattern-shape-findings.js';
import { selectionFindings } from './checks/selection-findings.js';
import { templateFindings } from './checks/template-findings.js';
import { analyseMethod, type MethodContext, methodLabel } from './context.js';
import type { Finding, LintMethod, LintReport, MethodSummary } from './lint-types.js';
import { rootCauseOf } from './root-causes.js';

/** Methods with one configuration, analysed once. */
export interface LintGroup {
  readonly methods: readonly MethodSummary[];
  /** The configuration's findings, once, as found on the first method (`method` and `line` are its). */
  readonly findings: readonly Finding[];
}

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
  const summaries: MethodSummary[] = [];
  const findings: Finding[][] = [];
  for (const analysed of analysedGroups(methods)) {
    analysed.positions.forEach((position, index) => {
      const method = analysed.members[index] as LintMethod;
      summaries[position] = summary(analysed.context, method);
      findings[position] = analysed.found.map((finding) => located(finding, method));
    });
  }
  return { methods: summaries, findings: findings.flat(), skipped };
}

/**
 * The methods grouped by configuration (integration and method responses), in order of first appearance,
 * each configuration analysed once however many methods share it, one group at a time: a caller can print
 * each group as it comes.
 */
export function* lintGroups(methods: readonly LintMethod[]): Generator<LintGroup> {
  for (const { members, context, found } of analysedGroups(methods)) {
    yield {
      methods: members.map((method) => summary(context, method)),
      findings: found.map((finding) => located(finding, members[0] as LintMethod)),
    };
  }
}

interface AnalysedGroup {
  readonly members: readonly LintMethod[];
  /** Where each member is in the input. */
  readonly positions: readonly number[];
  readonly context: MethodContext;
  readonly found: readonly Finding[];
}

function* analysedGroups(methods: readonly LintMethod[]): Generator<AnalysedGroup> {
  const groups = new Map<string, { members: LintMethod[]; positions: number[] }>();
  methods.forEach((method, position) => {
    const key = configurationKey(method);
    const group = groups.get(key) ?? { members: [], positions: [] };
    group.members.push(method);
    group.positions.push(position);
    groups.set(key, group);
  });
  for (const { members, positions } of groups.values()) {
    const context = analyseMethod(members[0] as LintMethod);
    yield { members, positions, context, found: checks(context) };
  }
}

/** A finding of the configuration as it applies to one of its methods. */
function located(finding: Finding, method: LintMethod): Finding {
  const { line: _line, ...rest } = finding;
  return {
    ...rest,
    method: methodLabel(method),
    ...(method.line === undefined ? {} : { line: method.line }),
  };
}

function checks(context: MethodContext): Finding[] {
  return [
    ...configurationFindings(context),
    ...selectionFindings(context),
    ...patternShapeFindings(context),
    ...templateFindings(context),
  ];
}

/** What the analysis reads of a method: everything but where it is and what it is called. */
function configurationKey(method: LintMethod): string {
  return JSON.stringify([method.integration, method.methodResponsesKnown ?? true]);
}

/** A method's summary from its configuration's analysis (run after the checks, which note what they sampled). */
function summary(context: MethodContext, method: LintMethod): MethodSummary {
  const rootCause = rootCauseOf(method.integration);
  return {
    method: methodLabel(method),
    ...(method.origin === undefined ? {} : { origin: method.origin }),
    ...(method.line === undefined ? {} : { line: method.line }),
    responses: method.integration.integrationResponses.length,
    sampledPatterns: context.patterns
      .filter((pattern) => pattern.notPortable === undefined && pattern.language === undefined)
      .map((pattern) => pattern.pattern),
    unprovenChecks: [...context.unprovenChecks],
    ...(rootCause === undefined ? {} : { rootCause }),
  };
}
