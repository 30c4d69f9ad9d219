import type {
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
} from '../generate/model.js';
import { PROBLEM_CONTENT_TYPE, setsProblemContentType } from '../generate/templates.js';
import { TemplateError } from '../surface/errors.js';

const CORS_HEADER = 'method.response.header.Access-Control-Allow-Origin';
const CONTENT_TYPE_HEADER = 'method.response.header.Content-Type';

/** One integration response of the result: a generated one, or the template's own (by its index), kept. */
export type PlannedIntegrationResponse =
  | { readonly kind: 'generated'; readonly response: IntegrationResponseModel }
  | {
      readonly kind: 'kept';
      readonly index: number;
      readonly addParameters: Readonly<Record<string, string>>;
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

/** What the catalog routes: the status of each kind, for hints that are true of the catalog at hand. */
export interface GeneratedResponses extends IntegrationResponsesModel {
  readonly kindForStatus: (status: number) => { readonly kind: string } | undefined;
}

/**
 * What a method's responses become: the user's success (default) response if it has one (with the CORS
 * header when asked for), then the catalog's error responses. The template's earlier error responses are
 * replaced when they are the generator's (a problem+json response, or the same pattern for the same status);
 * any other one would overlap the generated partition: with `replace` it is replaced too (and listed in
 * `replaced`), else it stops with the method and the status named. Method responses are all kept as written
 * (a status the catalog does not produce keeps its method response: harmless, and its models may be
 * referenced), with the headers the integration responses map added, and one is appended for each status
 * that has none. Applying the result again plans no change.
 */
export function planResponses(
  where: string,
  existing: { integration: readonly IntegrationResponseModel[]; method: readonly MethodResponseModel[] },
  generated: GeneratedResponses,
  corsOrigin: string | undefined,
  replace = false,
): ResponsesPlan {
  const generatedSuccess = generated.integrationResponses.find((r) => r.selectionPattern === undefined);
  const generatedErrors = generated.integrationResponses.filter((r) => r.selectionPattern !== undefined);
  const errorStatuses = new Set(generatedErrors.map((response) => response.statusCode));
  const userSuccess = successOf(where, existing.integration);
  if (userSuccess !== undefined && errorStatuses.has(userSuccess.response.statusCode)) {
    throw new TemplateError(
      `${where}: the success (default) integration response has status ${userSuccess.response.statusCode}, which the error catalog uses for errors; give the success response another status`,
    );
  }
  const replaced = existing.integration.filter(
    (response, index) => index !== userSuccess?.index && !isGenerated(response, generatedErrors),
  );
  if (replaced[0] !== undefined && !replace) throw overlapError(where, replaced[0], generated);

  const corsParameters: Record<string, string> =
    corsOrigin === undefined ? {} : { [CORS_HEADER]: `'${corsOrigin}'` };
  const success: PlannedIntegrationResponse =
    userSuccess === undefined
      ? { kind: 'generated', response: generatedSuccess as IntegrationResponseModel }
      : { kind: 'kept', index: userSuccess.index, addParameters: corsParameters };
  const successResponse = userSuccess?.response ?? (generatedSuccess as IntegrationResponseModel);
  const successHeaders = [
    ...Object.keys(successResponse.responseParameters),
    ...Object.keys(success.kind === 'kept' ? corsParameters : {}),
  ];
  const wanted: MethodResponseModel[] = [
    { statusCode: successResponse.statusCode, responseParameters: falseFor(successHeaders.filter(isHeader)) },
    ...generated.methodResponses.filter((response) => errorStatuses.has(response.statusCode)),
  ];
  return {
    integrationResponses: [
      success,
      ...generatedErrors.map((response) => ({ kind: 'generated' as const, response })),
    ],
    methodResponses: planMethodResponses(existing.method, wanted),
    replaced,
  };
}

function successOf(
  where: string,
  responses: readonly IntegrationResponseModel[],
): { index: number; response: IntegrationResponseModel } | undefined {
  const defaults = responses.flatMap((response, index) =>
    response.selectionPattern === undefined || response.selectionPattern === '' ? [{ index, response }] : [],
  );
  if (defaults.length > 1) {
    throw new TemplateError(
      `${where}: integration responses ${defaults.map((d) => d.response.statusCode).join(' and ')} both have no selection pattern, so both claim the success (default) response; keep one`,
    );
  }
  return defaults[0];
}

/**
 * A response an earlier `apply` wrote: a generated error template, problem+json mapped statically (earlier
 * versions), or exactly the pattern generated for its status.
 */
function isGenerated(
  response: IntegrationResponseModel,
  generatedErrors: readonly IntegrationResponseModel[],
): boolean {
  if (Object.values(response.responseTemplates).some(setsProblemContentType)) return true;
  if (response.responseParameters[CONTENT_TYPE_HEADER] === `'${PROBLEM_CONTENT_TYPE}'`) return true;
  return generatedErrors.some(
    (candidate) =>
      candidate.statusCode === response.statusCode &&
      candidate.selectionPattern === response.selectionPattern,
  );
}

/** The refusal without `replace`: what `--replace` does, and what the catalog does with that status. */
function overlapError(
  where: string,
  response: IntegrationResponseModel,
  generated: GeneratedResponses,
): TemplateError {
  const status = response.statusCode;
  const kind = generated.kindForStatus(Number(status));
  const catalogSays =
    kind === undefined
      ? `the catalog has no kind with status ${status}, so what this pattern routes would get another status: add one to the catalog first if ${status} must stay, then `
      : `the catalog routes errors tagged [${status}] (kind ${kind.kind}) to ${status}: `;
  return new TemplateError(
    `${where}: integration response ${status} has selection pattern ${JSON.stringify(response.selectionPattern)}, which would overlap the patterns generated from the error catalog (they already route every error message); ${catalogSays}rerun with --replace to replace the method's error responses with the catalog's (it prints how messages were routed before and after), or remove this one`,
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
  return parameter.startsWith('method.response.header.');
}

function falseFor(headers: readonly string[]): Record<string, boolean> {
  return Object.fromEntries(headers.map((header) => [header, false]));
}
