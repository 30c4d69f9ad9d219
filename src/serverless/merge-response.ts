import { isDefaultPattern, writtenSelectionPattern } from '../contract/selection.js';
import {
  guardedSuccessTemplates,
  planResponses,
  type ResponsesConflict,
  type SuccessTemplateGuard,
} from '../existing-api/merge-responses.js';
import { statusCodeModel } from '../existing-api/serverless-config.js';
import type {
  HttpResponseConfig,
  LambdaHttpEvent,
  StatusCodeConfig,
} from '../existing-api/serverless-events.js';
import type { ServerlessResponse, ServerlessStatusCode } from '../generate/emitters/serverless.js';
import type { IntegrationResponsesModel } from '../generate/model.js';
import { LambdaErrorMapPluginError } from '../surface/errors.js';

/** The content type under which the framework files a string template. */
const JSON_CONTENT_TYPE = 'application/json';

/** Told each user entry `replace: true` drops for the generated one: its status and pattern. */
export type ReplacedEntry = (status: string, pattern: string | undefined) => void;

/**
 * The event's `response` with the generated status codes merged into what the user declared, by the policy
 * `apply` follows too (planResponses): the user's success (default, pattern `''` or none) entry is kept with
 * its template and headers; an entry the catalog writes (its pattern, or a problem+json template) is the
 * catalog's, template and headers included; any other user pattern would overlap the generated partition (its
 * catch-all takes every untagged message), so it stops the build, or with `replaced` (the plugin's
 * `replace: true`) it is dropped for the catalog's and `replaced` is told. The response-wide `headers` stay
 * (the framework puts them on every status); the response-wide `template` moves into the success entry: the
 * framework would otherwise put it on every status, error responses included.
 *
 * With `guardSuccess`, every template of the success entry that ends up in the result (the user's own, the
 * response-wide one, or `$input.json('$')` when the user's entry has none) goes through it, so that a Lambda
 * error reaching the default response is answered as the catch-all whoever wrote the success template.
 */
export function mergeResponse(
  event: LambdaHttpEvent,
  generated: ServerlessResponse,
  guardSuccess?: SuccessTemplateGuard,
  replaced?: ReplacedEntry,
): HttpResponseConfig {
  const { template: responseTemplate, statusCodes: userStatusCodes, ...rest } = event.http.response ?? {};
  const user = Object.entries(userStatusCodes ?? {}).map(([status, entry]): [string, StatusCodeConfig] => [
    status,
    entry ?? {},
  ]);
  const plan = planResponses(
    { integration: user.map(([status, entry]) => statusCodeModel(status, entry)), method: [] },
    modelOf(generated),
    { replace: replaced !== undefined, refuse: (conflict) => conflictError(event, conflict, generated) },
  );
  for (const response of plan.replaced) replaced?.(response.statusCode, response.selectionPattern);
  const merged: Record<string, StatusCodeConfig> = {};
  for (const planned of plan.integrationResponses) {
    if (planned.kind === 'generated') {
      const { statusCode } = planned.response;
      merged[statusCode] = copyOf(generated.statusCodes[statusCode] as ServerlessStatusCode);
    } else {
      const [status, declared] = user[planned.index] as [string, StatusCodeConfig];
      merged[status] = { ...declared, pattern: writtenSelectionPattern(undefined) };
    }
  }
  if (typeof responseTemplate === 'string') {
    moveIntoSuccess(merged, responseTemplate, plan.integrationResponses[0]?.kind === 'kept');
  }
  if (guardSuccess) guardSuccessEntry(merged, guardSuccess);
  return { ...rest, statusCodes: merged };
}

/** The generated status codes as the neutral model the policy reads. */
function modelOf(generated: ServerlessResponse): IntegrationResponsesModel {
  return {
    integrationResponses: Object.entries(generated.statusCodes).map(([status, entry]) =>
      statusCodeModel(status, entry),
    ),
    methodResponses: [],
  };
}

function guardSuccessEntry(merged: Record<string, StatusCodeConfig>, guard: SuccessTemplateGuard): void {
  for (const entry of Object.values(merged)) {
    if (isDefaultPattern(entry.pattern))
      entry.template = guardedSuccessTemplates(templateObject(entry.template), guard);
  }
}

function copyOf(entry: ServerlessStatusCode): StatusCodeConfig {
  return {
    pattern: entry.pattern,
    ...(entry.template ? { template: { ...entry.template } } : {}),
    ...(entry.headers ? { headers: { ...entry.headers } } : {}),
  };
}

/**
 * The framework applies the response-wide template under application/json, below the entry's own template:
 * a user's success entry keeps its own, the generated one gives way.
 */
function moveIntoSuccess(
  merged: Record<string, StatusCodeConfig>,
  responseTemplate: string,
  declaredByUser: boolean,
): void {
  for (const entry of Object.values(merged)) {
    if (!isDefaultPattern(entry.pattern)) continue;
    const own = templateObject(entry.template);
    const keepOwn = declaredByUser && own[JSON_CONTENT_TYPE] !== undefined;
    entry.template = {
      ...own,
      [JSON_CONTENT_TYPE]: keepOwn ? (own[JSON_CONTENT_TYPE] as string) : responseTemplate,
    };
  }
}

function templateObject(template: StatusCodeConfig['template']): Record<string, string> {
  if (template === undefined) return {};
  return typeof template === 'string' ? { [JSON_CONTENT_TYPE]: template } : { ...template };
}

function where(event: LambdaHttpEvent): string {
  return `function "${event.functionName}", http event ${event.route}`;
}

/** A conflict between the event's entries and the catalog's, worded for serverless.yml. */
function conflictError(
  event: LambdaHttpEvent,
  conflict: ResponsesConflict,
  generated: ServerlessResponse,
): LambdaErrorMapPluginError {
  return new LambdaErrorMapPluginError(
    conflictMessage(event, conflict, generated),
    'LAMBDA_ERROR_MAP_STATUS_CONFLICT',
  );
}

function conflictMessage(
  event: LambdaHttpEvent,
  conflict: ResponsesConflict,
  generated: ServerlessResponse,
): string {
  if (conflict.kind === 'two-successes') {
    return `${where(event)}: response.statusCodes ${conflict.statuses.join(' and ')} both have no pattern, so both claim the default (success) response; give only one of them no pattern`;
  }
  if (conflict.kind === 'success-on-error-status') {
    const { status } = conflict;
    return `${where(event)}: response.statusCodes.${status} is declared as the success (default) response, but the error catalog routes errors to status ${status}; use another success status or remove statusCodes.${status}`;
  }
  const status = conflict.response.statusCode;
  const declared = JSON.stringify(conflict.response.selectionPattern);
  const entry = generated.statusCodes[status];
  if (entry !== undefined && !isDefaultPattern(entry.pattern)) {
    return `${where(event)}: response.statusCodes.${status} has pattern ${declared}, but the error catalog routes status ${status} with pattern ${JSON.stringify(entry.pattern)}; remove statusCodes.${status} (the plugin generates it), change the catalog, or set custom.lambdaErrorMap.replace: true to replace it with the catalog's`;
  }
  return `${where(event)}: response.statusCodes.${status} has pattern ${declared}, which the error catalog does not route: it would overlap the generated patterns (every untagged error already goes to the catch-all status); add a kind with status ${status} to the catalog and remove statusCodes.${status}, or set custom.lambdaErrorMap.replace: true to drop it (what it routes then gets the catalog's status)`;
}
