/**
 * Response templates that hand the raw error to the client: `$input.path('$.errorMessage')`, `$input.body`,
 * or no template at all (API Gateway then passes the Lambda error document through, stack trace included).
 * Found by rendering each response's templates with the emulator for a message that response is selected
 * for, carrying a marker in the message and in the trace: a marker in the body is an echo.
 */

import { TemplateBudgetError, type TemplateLimits } from '../../engine/render-template.js';
import { respondWith } from '../../engine/respond-to-model.js';
import type { IntegrationResponseModel } from '../../generate/model.js';
import {
  declaredOnly,
  isEvaluable,
  type MethodContext,
  matches,
  matchingPatterns,
  noteUnproven,
} from '../context.js';
import { anyMessage, containing, difference, intersection, type Language } from '../language.js';
import type { Finding } from '../lint-types.js';
import { counterexample } from './counterexample.js';

/** Stands for the internals a raw message carries (an id, a SQL fragment, a hostname). */
export const MESSAGE_MARKER = 'internal-detail-7f3a';
const TRACE_LINE = `    at handler (/var/task/${MESSAGE_MARKER}.js:1:1)`;

/**
 * Far beyond any real error template (ours take a few hundred steps), well within lint's memory: a
 * `#foreach` over `[1..400000000]` is reported, not rendered. 10 MB is API Gateway's payload limit.
 */
export const LINT_TEMPLATE_LIMITS: TemplateLimits = { steps: 100_000, outputCharacters: 10_000_000 };

export function templateFindings(context: MethodContext): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of context.patterns) {
    if (!isEvaluable(pattern)) continue;
    const probe = counterexample(
      () => (pattern.language ? intersection(pattern.language, containing(MESSAGE_MARKER)) : undefined),
      (message) => message.includes(MESSAGE_MARKER) && matches(pattern, message),
      () => markedSamples(context).find((message) => matches(pattern, message)),
      noteUnproven(context, `the template of ${pattern.response.statusCode}`),
    );
    if (probe) findings.push(...echoFindings(context, pattern.response, probe.message));
  }
  const fallback = context.defaultResponse;
  if (fallback && context.patterns.every(isEvaluable)) {
    const unmatched = (message: string) =>
      message.includes(MESSAGE_MARKER) && matchingPatterns(context, message).length === 0;
    const languages = context.patterns.map((pattern) => pattern.language);
    const probe = counterexample(
      () =>
        languages.every((language): language is Language => language !== undefined)
          ? intersection(difference(anyMessage(), languages), containing(MESSAGE_MARKER))
          : undefined,
      unmatched,
      () => markedSamples(context).find(unmatched),
      noteUnproven(context, `the default template (${fallback.statusCode})`),
    );
    if (probe) findings.push(...echoFindings(context, fallback, probe.message));
  }
  return findings;
}

function markedSamples(context: MethodContext): string[] {
  return context.samples.flatMap((sample) => [`${sample} ${MESSAGE_MARKER}`, `${MESSAGE_MARKER} ${sample}`]);
}

function echoFindings(
  context: MethodContext,
  response: IntegrationResponseModel,
  message: string,
): Finding[] {
  const contentTypes = Object.keys(response.responseTemplates);
  const rendered = (contentTypes.length > 0 ? contentTypes : [undefined]).map((contentType) => ({
    contentType,
    body: renderedBody(context, response, message, contentType),
  }));
  const overBudget = rendered.flatMap(({ contentType, body }) =>
    body instanceof TemplateBudgetError ? [overBudgetFinding(context, response, contentType, body)] : [],
  );
  const echoed = rendered
    .filter(({ body }) => typeof body === 'string' && body.includes(MESSAGE_MARKER))
    .map(({ contentType }) => contentType);
  if (echoed.length === 0) return overBudget;
  const how =
    contentTypes.length === 0
      ? 'has no response template, so API Gateway passes the Lambda error document through'
      : `has a template (${echoed.join(', ')}) that copies the raw error into the body`;
  return [
    {
      code: 'echoes-error',
      method: context.label,
      statuses: [response.statusCode],
      patterns: response.selectionPattern === undefined ? [] : [response.selectionPattern],
      message:
        `the ${response.selectionPattern === undefined ? 'default ' : ''}response ${response.statusCode} ${how}: ` +
        'clients see raw error messages (internals, stack traces)',
      counterexample: message,
      evidence: 'sampled',
    },
    ...overBudget,
  ];
}

function overBudgetFinding(
  context: MethodContext,
  response: IntegrationResponseModel,
  contentType: string | undefined,
  error: TemplateBudgetError,
): Finding {
  return {
    code: 'template-over-budget',
    method: context.label,
    statuses: [response.statusCode],
    patterns: response.selectionPattern === undefined ? [] : [response.selectionPattern],
    message:
      `the ${contentType ?? ''} template of ${response.statusCode} was not checked: ${error.message} ` +
      `(lint stops at ${LINT_TEMPLATE_LIMITS.steps} steps and ${LINT_TEMPLATE_LIMITS.outputCharacters} characters); ` +
      'an error response template should render a small body in a few steps',
    evidence: 'static',
  };
}

function renderedBody(
  context: MethodContext,
  response: IntegrationResponseModel,
  message: string,
  contentType: string | undefined,
): string | TemplateBudgetError | undefined {
  try {
    return respondWith(declaredOnly(response, context.method.integration), context.method.integration, {
      templateLimits: LINT_TEMPLATE_LIMITS,
      outcome: {
        kind: 'error',
        payload: { errorType: 'Error', errorMessage: message, trace: [`Error: ${message}`, TRACE_LINE] },
      },
      requestId: 'c0ffee00-0000-4000-8000-000000000000',
      ...(contentType === undefined ? {} : { accept: contentType }),
    }).body;
  } catch (error) {
    return error instanceof TemplateBudgetError ? error : undefined;
  }
}
