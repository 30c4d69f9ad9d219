import type { IntegrationResponseModel, IntegrationResponsesModel } from '../generate/model.js';
import { MissingPeerDependencyError } from '../surface/errors.js';
import { MappingTemplateError } from './check-template.js';
import { type EmulatedResponse, restInternalServerError, setHeader } from './internal-server-error.js';
import type { InvocationOutcome } from './invoke-handler.js';
import {
  type RenderedTemplate,
  renderMappingTemplate,
  TemplateBudgetError,
  type TemplateLimits,
} from './render-template.js';
import { resolveResponseParameters } from './response-parameters.js';
import { selectIntegrationResponse } from './select-integration-response.js';

export interface NonProxyRespondOptions {
  readonly outcome: InvocationOutcome;
  readonly integration: IntegrationResponsesModel;
  /** API Gateway's `$context.requestId`. */
  readonly requestId: string;
  /** The request's Accept header: picks the response template (default: application/json, else the first one). */
  readonly accept?: string;
  /** Extra `$context` variables for templates. */
  readonly requestContext?: Readonly<Record<string, unknown>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
  /** Receives what API Gateway would write to its execution log (why a 500 happened, for instance). */
  readonly log?: (line: string) => void;
  /** Bounds template rendering; past them respondWith throws TemplateBudgetError (unbounded when absent). */
  readonly templateLimits?: TemplateLimits;
}

/**
 * What API Gateway sends the client for one Lambda (non-proxy) invocation outcome: integration response
 * selection on errorMessage, the method response check, the response template and the response parameters.
 */
export function respondNonProxy(options: NonProxyRespondOptions): EmulatedResponse {
  const log = options.log ?? (() => {});
  const model = options.integration;
  const { outcome } = options;
  const errorMessage = outcome.kind === 'error' ? outcome.payload.errorMessage : '';

  const selected = selectIntegrationResponse(model.integrationResponses, errorMessage);
  if (!selected) {
    log('No integration response matched and there is no default integration response');
    return restInternalServerError(500);
  }
  return respondWith(selected, model, options);
}

/**
 * What the client receives once `selected` is the chosen integration response: the method response check,
 * the response template and the response parameters (for tools that choose it themselves, such as `explain`
 * when two patterns match).
 */
export function respondWith(
  selected: IntegrationResponseModel,
  model: IntegrationResponsesModel,
  options: Omit<NonProxyRespondOptions, 'integration'>,
): EmulatedResponse {
  const log = options.log ?? (() => {});
  const { outcome } = options;
  const body = outcome.kind === 'error' ? JSON.stringify(outcome.payload) : outcome.payload;
  const methodResponse = model.methodResponses.find((method) => method.statusCode === selected.statusCode);
  if (!methodResponse) {
    log(
      `Execution failed due to configuration error: Output mapping refers to an invalid method response: ${selected.statusCode}`,
    );
    return restInternalServerError(500);
  }
  const headers = resolveResponseParameters(selected.responseParameters, methodResponse, body);
  const contentType = chooseContentType(selected, options.accept);
  const template = contentType === undefined ? '' : (selected.responseTemplates[contentType] ?? '');

  let rendered: RenderedTemplate = { output: body, statusOverride: undefined, headerOverrides: {} };
  if (template !== '') {
    try {
      rendered = renderMappingTemplate(template, {
        body,
        requestId: options.requestId,
        ...(options.requestContext ? { context: options.requestContext } : {}),
        ...(options.stageVariables ? { stageVariables: options.stageVariables } : {}),
        ...(options.templateLimits ? { limits: options.templateLimits } : {}),
      });
    } catch (error) {
      // A template API Gateway would refuse, a rendering past its limits, or no velocityjs to render it with:
      // the test's setup, not a 500.
      if (
        error instanceof MappingTemplateError ||
        error instanceof TemplateBudgetError ||
        error instanceof MissingPeerDependencyError
      )
        throw error;
      log(
        `Execution failed due to configuration error: Unable to transform response: ${(error as Error).message}`,
      );
      return restInternalServerError(500);
    }
  }

  const responseHeaders: Record<string, string> = { 'Content-Type': contentType ?? 'application/json' };
  for (const [name, value] of Object.entries(headers)) setHeader(responseHeaders, name, value);
  for (const [name, value] of Object.entries(rendered.headerOverrides))
    setHeader(responseHeaders, name, value);
  return {
    statusCode: rendered.statusOverride ?? Number(selected.statusCode),
    headers: responseHeaders,
    body: rendered.output,
  };
}

/** The response template's content type for the request's Accept header (integration and gateway responses). */
export function chooseContentType(
  response: Pick<IntegrationResponseModel, 'responseTemplates'>,
  accept: string | undefined,
): string | undefined {
  const types = Object.keys(response.responseTemplates);
  if (accept !== undefined) {
    const wanted = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
    const exact = types.find((type) => wanted.includes(type.toLowerCase()));
    if (exact) return exact;
  }
  return types.find((type) => type.toLowerCase() === 'application/json') ?? types[0];
}
