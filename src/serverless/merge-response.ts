import type { ServerlessResponse, ServerlessStatusCode } from '../generate/emitters/serverless.js';
import { PASSTHROUGH_TEMPLATE } from '../generate/templates.js';
import { LambdaErrorMapPluginError } from '../surface/errors.js';
import type { LambdaHttpEvent } from './lambda-http-events.js';
import type { HttpResponseConfig, StatusCodeConfig } from './types.js';

/** The content type under which the framework files a string template. */
const JSON_CONTENT_TYPE = 'application/json';

/** Rewrites one success template (the plugin passes `guardSuccessTemplate` with the catch-all status). */
export type SuccessTemplateGuard = (template: string) => string;

/** Told each user entry `replace: true` drops for the generated one: its status and pattern. */
export type ReplacedEntry = (status: string, pattern: string | undefined) => void;

/**
 * The event's `response` with the generated status codes merged into what the user declared.
 *
 * Kept from the user: the success (default, pattern `''`) entry with its template and headers, the
 * response-wide `headers`, and entries identical in pattern to the generated ones (their template and
 * headers win). The response-wide `template` moves into the success entry: the framework would otherwise
 * put it on every status, error responses included. Any other user pattern would overlap the generated
 * partition (its catch-all takes every untagged message), so it stops the build; with `replaced` (the
 * plugin's `replace: true`) it is dropped for the generated entry instead, and `replaced` is told.
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
  const user = userStatusCodes ?? {};
  const userDefault = defaultStatusOf(event, user);
  const merged: Record<string, StatusCodeConfig> = {};

  for (const [status, entry] of Object.entries(generated.statusCodes)) {
    if (entry.pattern === '') {
      if (userDefault === undefined) merged[status] = copyOf(entry);
      continue;
    }
    const declared = user[status];
    if (declared === undefined) merged[status] = copyOf(entry);
    else if (status === userDefault) throw successConflict(event, status);
    else if (declared.pattern === entry.pattern) merged[status] = withUserOverrides(entry, declared);
    else if (replaced === undefined) throw patternConflict(event, status, declared.pattern, entry);
    else {
      replaced(status, declared.pattern);
      merged[status] = copyOf(entry);
    }
  }
  for (const [status, declared] of Object.entries(user)) {
    if (status === userDefault) merged[status] = { ...declared, pattern: '' };
    else if (status in generated.statusCodes) continue;
    else if (replaced === undefined) throw extraPatternConflict(event, status, declared.pattern);
    else replaced(status, declared.pattern);
  }
  if (typeof responseTemplate === 'string') {
    moveIntoSuccess(merged, responseTemplate, userDefault !== undefined);
  }
  if (guardSuccess) guardSuccessEntry(merged, guardSuccess);
  return { ...rest, statusCodes: merged };
}

function guardSuccessEntry(merged: Record<string, StatusCodeConfig>, guard: SuccessTemplateGuard): void {
  for (const entry of Object.values(merged)) {
    if (entry.pattern !== '') continue;
    const own = templateObject(entry.template);
    const templates = Object.keys(own).length > 0 ? own : { [JSON_CONTENT_TYPE]: PASSTHROUGH_TEMPLATE };
    entry.template = Object.fromEntries(
      Object.entries(templates).map(([contentType, template]) => [contentType, guard(template)]),
    );
  }
}

/** The status of the user's success entry: a pattern of `''`, or none at all (both mean the default). */
function defaultStatusOf(event: LambdaHttpEvent, user: Record<string, StatusCodeConfig>): string | undefined {
  const defaults = Object.keys(user).filter((status) => !user[status]?.pattern);
  if (defaults.length > 1) {
    throw new LambdaErrorMapPluginError(
      `${where(event)}: response.statusCodes ${defaults.join(' and ')} both have no pattern, so both claim the default (success) response; give only one of them no pattern`,
      'LAMBDA_ERROR_MAP_STATUS_CONFLICT',
    );
  }
  return defaults[0];
}

function copyOf(entry: ServerlessStatusCode): StatusCodeConfig {
  return {
    pattern: entry.pattern,
    ...(entry.template ? { template: { ...entry.template } } : {}),
    ...(entry.headers ? { headers: { ...entry.headers } } : {}),
  };
}

function withUserOverrides(entry: ServerlessStatusCode, declared: StatusCodeConfig): StatusCodeConfig {
  const template = { ...entry.template, ...templateObject(declared.template) };
  const headers = { ...entry.headers, ...declared.headers };
  return {
    pattern: entry.pattern,
    ...(Object.keys(template).length > 0 ? { template } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
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
    if (entry.pattern !== '') continue;
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

function successConflict(event: LambdaHttpEvent, status: string): LambdaErrorMapPluginError {
  return new LambdaErrorMapPluginError(
    `${where(event)}: response.statusCodes.${status} is declared as the success (default) response, but the error catalog routes errors to status ${status}; use another success status or remove statusCodes.${status}`,
    'LAMBDA_ERROR_MAP_STATUS_CONFLICT',
  );
}

function patternConflict(
  event: LambdaHttpEvent,
  status: string,
  declared: string | undefined,
  entry: ServerlessStatusCode,
): LambdaErrorMapPluginError {
  return new LambdaErrorMapPluginError(
    `${where(event)}: response.statusCodes.${status} has pattern ${JSON.stringify(declared)}, but the error catalog routes status ${status} with pattern ${JSON.stringify(entry.pattern)}; remove statusCodes.${status} (the plugin generates it), change the catalog, or set custom.lambdaErrorMap.replace: true to replace it with the catalog's`,
    'LAMBDA_ERROR_MAP_STATUS_CONFLICT',
  );
}

function extraPatternConflict(
  event: LambdaHttpEvent,
  status: string,
  declared: string | undefined,
): LambdaErrorMapPluginError {
  return new LambdaErrorMapPluginError(
    `${where(event)}: response.statusCodes.${status} has pattern ${JSON.stringify(declared)}, which the error catalog does not route: it would overlap the generated patterns (every untagged error already goes to the catch-all status); add a kind with status ${status} to the catalog and remove statusCodes.${status}, or set custom.lambdaErrorMap.replace: true to drop it (what it routes then gets the catalog's status)`,
    'LAMBDA_ERROR_MAP_STATUS_CONFLICT',
  );
}
