import { setsProblemContentType } from '../contract/mapping-template.js';
import {
  mapsProblemContentType,
  methodResponseHeader,
  methodResponseHeaderName,
  staticValue,
} from '../contract/parameters.js';
import type {
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
} from '../generate/model.js';
import { PASSTHROUGH_TEMPLATE } from '../generate/templates.js';

const CORS_HEADER = methodResponseHeader('Access-Control-Allow-Origin');
const JSON_CONTENT_TYPE = 'application/json';

/**
 * One integration response of the result: a generated one, or the user's own (by its index), kept, with the
 * parameters to add and the templates to set (its success templates wrapped in the Lambda error guard).
 */
export type PlannedIntegrationResponse =
  | { readonly kind: 'generated'; readonly response: IntegrationResponseModel }
  | {
      readonly kind: 'kept';
      readonly index: number;
      readonly addParameters: Readonly<Record<string, string>>;
      readonly setTemplates: Readonly<Record<string, string>>;
    };

/** One method response of the result: a new one, or the template's own (by its index) with headers added. */
export type PlannedMethodResponse =
  | { readonly kind: 'generated'; readonly response: MethodResponseModel }
  | { readonly kind: 'kept'; readonly index: number; readonly addParameters: readonly string[] };

export interface ResponsesPlan {
  readonly integrationResponses: readonly PlannedIntegrationResponse[];
  readonly methodResponses: readonly PlannedMethodResponse[];
  /** The user's error responses the plan drops for the catalog's (only with `replace`). */
  readonly replaced: readonly IntegrationResponseModel[];
}

/** Why the user's responses and the catalog's cannot be merged; each tool words it for the file it reads. */
export type ResponsesConflict =
  /** Two responses without a selection pattern: both claim the success (default) response. */
  | { readonly kind: 'two-successes'; readonly statuses: readonly string[] }
  /** The success response has a status the catalog uses for errors. */
  | { readonly kind: 'success-on-error-status'; readonly status: string }
  /** A hand-written error response, which would overlap the generated partition (refused without `replace`). */
  | { readonly kind: 'overlap'; readonly response: IntegrationResponseModel };

export interface MergeOptions {
  /** Adds `Access-Control-Allow-Origin` (this origin) to the user's success response. */
  readonly corsOrigin?: string | undefined;
  /** Replaces the user's hand-written error responses instead of refusing them (`apply --replace`, `replace: true`). */
  readonly replace?: boolean;
  /** The Lambda error guard (guardSuccessTemplate with the catch-all status) for the user's success templates. */
  readonly guardSuccess?: SuccessTemplateGuard;
  /** The error to throw for a conflict. */
  readonly refuse: (conflict: ResponsesConflict) => Error;
}

/** Rewrites one success template (guardSuccessTemplate with the catch-all status). */
export type SuccessTemplateGuard = (template: string) => string;

/**
 * A success response's templates, each wrapped in `guard` (`$input.json('$')` when it has none, or for an
 * empty one: API Gateway passes the result through for both), so that a Lambda error reaching the default
 * response gets the catch-all, whoever wrote the success template.
 */
export function guardedSuccessTemplates(
  own: Readonly<Record<string, string>>,
  guard: SuccessTemplateGuard,
): Record<string, string> {
  const templates = Object.keys(own).length > 0 ? own : { [JSON_CONTENT_TYPE]: PASSTHROUGH_TEMPLATE };
  return Object.fromEntries(
    Object.entries(templates).map(([contentType, template]) => [
      contentType,
      guard(template === '' ? PASSTHROUGH_TEMPLATE : template),
    ]),
  );
}

/**
 * The policy for what the user wrote, used by `apply` (templates and OpenAPI documents) and the Serverless
 * plugin (serverless.yml), on responses read into the neutral model:
 *
 * - the user's success (default) response is kept, with its status, templates and headers (and the CORS header
 *   when asked for), each template wrapped in the Lambda error guard (`guardSuccess`); without one, the
 *   generated success response is used;
 * - the catalog owns the error responses: a user's error response the generator would write — the same status
 *   and pattern as a generated one, or one answering `application/problem+json` (an earlier `apply`, a pasted
 *   `generate` output) — is replaced by the catalog's, its templates and headers included, so that a changed
 *   catalog reaches every method;
 * - any other error response of the user would overlap the generated partition (every non-empty message already
 *   has a status): refused, or with `replace` replaced by the catalog's and listed in `replaced`;
 * - two success responses, or a success on a status the catalog uses for errors, are refused, `replace` or not.
 *
 * Method responses are all kept as written (a status the catalog does not produce keeps its method response:
 * harmless, and its models may be referenced), with the headers the integration responses map added, and one
 * is appended for each status that has none. Applying the result again plans no change.
 */
export function planResponses(
  existing: { integration: readonly IntegrationResponseModel[]; method: readonly MethodResponseModel[] },
  generated: IntegrationResponsesModel,
  options: MergeOptions,
): ResponsesPlan {
  const { corsOrigin, replace = false, guardSuccess, refuse } = options;
  const generatedSuccess = generated.integrationResponses.find((r) => r.selectionPattern === undefined);
  const generatedErrors = generated.integrationResponses.filter((r) => r.selectionPattern !== undefined);
  const errorStatuses = new Set(generatedErrors.map((response) => response.statusCode));
  const userSuccess = successOf(existing.integration, refuse);
  if (userSuccess !== undefined && errorStatuses.has(userSuccess.response.statusCode)) {
    throw refuse({ kind: 'success-on-error-status', status: userSuccess.response.statusCode });
  }
  const replaced = existing.integration.filter(
    (response, index) => index !== userSuccess?.index && !isGenerated(response, generatedErrors),
  );
  if (replaced[0] !== undefined && !replace) throw refuse({ kind: 'overlap', response: replaced[0] });

  const corsParameters: Record<string, string> =
    corsOrigin === undefined ? {} : { [CORS_HEADER]: staticValue(corsOrigin) };
  const success: PlannedIntegrationResponse | undefined =
    userSuccess === undefined
      ? generatedSuccess && { kind: 'generated', response: generatedSuccess }
      : {
          kind: 'kept',
          index: userSuccess.index,
          addParameters: corsParameters,
          setTemplates:
            guardSuccess === undefined ? {} : changedTemplates(userSuccess.response, guardSuccess),
        };
  const successResponse = userSuccess?.response ?? generatedSuccess;
  const successHeaders = [
    ...Object.keys(successResponse?.responseParameters ?? {}),
    ...Object.keys(success?.kind === 'kept' ? corsParameters : {}),
  ];
  const wanted: MethodResponseModel[] = [
    ...(successResponse === undefined
      ? []
      : [
          {
            statusCode: successResponse.statusCode,
            responseParameters: falseFor(successHeaders.filter(isHeader)),
          },
        ]),
    ...generated.methodResponses.filter((response) => errorStatuses.has(response.statusCode)),
  ];
  return {
    integrationResponses: [
      ...(success === undefined ? [] : [success]),
      ...generatedErrors.map((response) => ({ kind: 'generated' as const, response })),
    ],
    methodResponses: planMethodResponses(existing.method, wanted),
    replaced,
  };
}

function changedTemplates(
  response: IntegrationResponseModel,
  guard: SuccessTemplateGuard,
): Record<string, string> {
  const guarded = guardedSuccessTemplates(response.responseTemplates, guard);
  return Object.fromEntries(
    Object.entries(guarded).filter(
      ([contentType, template]) => response.responseTemplates[contentType] !== template,
    ),
  );
}

function successOf(
  responses: readonly IntegrationResponseModel[],
  refuse: MergeOptions['refuse'],
): { index: number; response: IntegrationResponseModel } | undefined {
  const defaults = responses.flatMap((response, index) =>
    response.selectionPattern === undefined ? [{ index, response }] : [],
  );
  if (defaults.length > 1) {
    throw refuse({ kind: 'two-successes', statuses: defaults.map((d) => d.response.statusCode) });
  }
  return defaults[0];
}

/**
 * A response the generator writes: a generated error template, problem+json mapped statically (earlier
 * versions), or exactly the pattern generated for its status.
 */
function isGenerated(
  response: IntegrationResponseModel,
  generatedErrors: readonly IntegrationResponseModel[],
): boolean {
  if (Object.values(response.responseTemplates).some(setsProblemContentType)) return true;
  if (mapsProblemContentType(response.responseParameters)) return true;
  return generatedErrors.some(
    (candidate) =>
      candidate.statusCode === response.statusCode &&
      candidate.selectionPattern === response.selectionPattern,
  );
}

function planMethodResponses(
  existing: readonly MethodResponseModel[],
  wanted: readonly MethodResponseModel[],
): PlannedMethodResponse[] {
  const plan: PlannedMethodResponse[] = existing.map((response, index) => {
    const want = wanted.find((candidate) => candidate.statusCode === response.statusCode);
    const missing = Object.keys(want?.responseParameters ?? {}).filter(
      (header) => !(header in response.responseParameters),
    );
    return { kind: 'kept', index, addParameters: missing };
  });
  for (const response of wanted) {
    if (!existing.some((candidate) => candidate.statusCode === response.statusCode))
      plan.push({ kind: 'generated', response });
  }
  return plan;
}

function isHeader(parameter: string): boolean {
  return methodResponseHeaderName(parameter) !== undefined;
}

function falseFor(headers: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(headers.map((header) => [header, false]));
}
