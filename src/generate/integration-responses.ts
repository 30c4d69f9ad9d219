import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { methodResponseHeader } from '../contract/parameters.js';
import { describeValue } from '../options/describe-value.js';
import { CORS_ORIGINS_SCHEMA, type CorsOrigins, checkedCorsOrigins, singleCorsOrigin } from './cors.js';
import type {
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
  ProblemExampleModel,
} from './model.js';
import { DEFAULT_CATCH_ALL_STATUS, type StatusSelection, selectionPatternsByStatus } from './patterns.js';
import { fixedProblemExample, kindProblemExample } from './problem-examples.js';
import {
  branchingProblemTemplate,
  CATCH_ALL_DETAIL,
  fixedProblemTemplate,
  guardSuccessTemplate,
  PASSTHROUGH_TEMPLATE,
  taggedProblemTemplate,
} from './templates.js';

export interface IntegrationResponsesOptions {
  /** Status of successful invocations (the default response, no selection pattern). Default 200. */
  successStatus?: number;
  /**
   * VTL template of the success response, keyed `application/json`. Default: the result unchanged. Either
   * way it is wrapped in a guard that answers a Lambda error document reaching the default response (an
   * error with an empty message) as the catch-all: see `guardSuccessTemplate`.
   */
  successTemplate?: string;
  /** Status for Lambda timeouts. Default 504. */
  timeoutStatus?: number;
  /** Status for every other untagged error: crashes, unwrapped handlers, unknown tags. Default 500. */
  catchAllStatus?: number;
  /**
   * Static `Access-Control-Allow-Origin` sent on every response, e.g. `https://app.example.com` or `*`. One
   * origin: a list of several is refused here (see docs/generate.md); a list of one is that origin.
   */
  corsOrigin?: CorsOrigins;
}

/**
 * The JSON schema of each option, the one list of the generator's options: the Serverless plugin's config schema
 * and its known keys are built from it (typed by the options, so an option added above must be added here).
 */
export const INTEGRATION_RESPONSES_OPTION_SCHEMA = {
  successStatus: { type: 'integer', minimum: 200, maximum: 399 },
  successTemplate: { type: 'string', minLength: 1 },
  timeoutStatus: { type: 'integer', minimum: 400, maximum: 599 },
  catchAllStatus: { type: 'integer', minimum: 400, maximum: 599 },
  corsOrigin: CORS_ORIGINS_SCHEMA,
} as const satisfies Record<keyof IntegrationResponsesOptions, object>;

const TIMEOUT_DETAIL = 'The function did not complete in time.';

/**
 * The integration responses and method responses of a non-proxy (Lambda custom) integration for a
 * catalog: one per status, selection patterns forming a partition of all error messages, problem+json
 * bodies. Emitters turn this model into serverless.yml, CloudFormation, OpenAPI, CDK, Terraform or CLI.
 */
export function integrationResponses(
  catalog: ErrorCatalog = defaultCatalog,
  options: IntegrationResponsesOptions = {},
): IntegrationResponsesModel {
  const successStatus = checkedStatus('successStatus', options.successStatus ?? 200, 200, 399);
  const timeoutStatus = checkedStatus('timeoutStatus', options.timeoutStatus ?? 504, 400, 599);
  const catchAllStatus = checkedStatus(
    'catchAllStatus',
    options.catchAllStatus ?? DEFAULT_CATCH_ALL_STATUS,
    400,
    599,
  );
  const corsParameters = corsResponseParameters(options.corsOrigin);
  const successTemplate = guardSuccessTemplate(
    checkedTemplate(options.successTemplate),
    catchAllStatus,
    CATCH_ALL_DETAIL,
  );

  const success: IntegrationResponseModel = {
    statusCode: String(successStatus),
    selectionPattern: undefined,
    responseTemplates: { 'application/json': successTemplate },
    responseParameters: { ...corsParameters },
  };
  const selections = selectionPatternsByStatus(catalog, { timeoutStatus, catchAllStatus });
  const errors = selections.map((selection) => ({
    response: errorResponse(selection, timeoutStatus, corsParameters),
    examples: problemExamples(catalog, selection, timeoutStatus),
  }));
  return {
    integrationResponses: [success, ...errors.map((error) => error.response)],
    methodResponses: [methodResponse(success), ...errors.map((error) => methodResponse(error.response))],
    problemExamples: errors.flatMap((error) => error.examples),
  };
}

/**
 * `integrationResponses`, for a tool that builds them to check its options even where it writes none (a service
 * or template without a non-proxy method): there a list of origins, meant for the Gateway Responses, is checked
 * but not refused.
 */
export function integrationResponsesChecked(
  catalog: ErrorCatalog,
  options: IntegrationResponsesOptions,
  written: boolean,
): IntegrationResponsesModel {
  if (written || options.corsOrigin === undefined) return integrationResponses(catalog, options);
  const [origin] = checkedCorsOrigins('integrationResponses', options.corsOrigin);
  return integrationResponses(catalog, { ...options, corsOrigin: origin as string });
}

/** The bodies a status carries: each catalog kind tagged with it, and the fixed body of its untagged errors. */
function problemExamples(
  catalog: ErrorCatalog,
  selection: StatusSelection,
  timeoutStatus: number,
): ProblemExampleModel[] {
  const kinds = hasTaggedAlternative(selection)
    ? catalog.kinds.filter((kind) => kind.status === selection.status).map(kindProblemExample)
    : [];
  const untagged = selection.alternatives.some((alternative) => alternative.role !== 'tagged');
  if (!untagged) return kinds;
  const timeout = selection.status === timeoutStatus;
  return [...kinds, fixedProblemExample(selection.status, untaggedDetail(selection, timeoutStatus), timeout)];
}

function untaggedDetail(selection: StatusSelection, timeoutStatus: number): string {
  return selection.status === timeoutStatus ? TIMEOUT_DETAIL : CATCH_ALL_DETAIL;
}

function hasTaggedAlternative(selection: StatusSelection): boolean {
  return selection.alternatives.some((alternative) => alternative.role === 'tagged');
}

function errorResponse(
  selection: StatusSelection,
  timeoutStatus: number,
  corsParameters: Readonly<Record<string, string>>,
): IntegrationResponseModel {
  const tagged = hasTaggedAlternative(selection);
  const untagged = selection.alternatives.some((alternative) => alternative.role !== 'tagged');
  const detail = untaggedDetail(selection, timeoutStatus);
  const template = !untagged
    ? taggedProblemTemplate()
    : tagged
      ? branchingProblemTemplate(selection.status, detail)
      : fixedProblemTemplate(selection.status, detail);
  return {
    statusCode: String(selection.status),
    selectionPattern: selection.selectionPattern,
    // API Gateway picks the template whose key is the request's Accept, else the application/json one, else the
    // first: a single application/json template answers every client. It sets Content-Type itself.
    responseTemplates: { 'application/json': template },
    responseParameters: { ...corsParameters },
  };
}

/** Declares every header the integration response maps; those the templates override need no declaration. */
function methodResponse(response: IntegrationResponseModel): MethodResponseModel {
  const headers = Object.keys(response.responseParameters);
  return {
    statusCode: response.statusCode,
    responseParameters: Object.fromEntries(headers.map((header) => [header, false])),
  };
}

function checkedStatus(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(
      `integrationResponses: ${name} must be an integer from ${min} to ${max}, got ${describeValue(value)}`,
    );
  }
  return value;
}

function checkedTemplate(template: string | undefined): string {
  if (template === undefined) return PASSTHROUGH_TEMPLATE;
  if (typeof template !== 'string' || template.trim() === '') {
    throw new TypeError(
      'integrationResponses: successTemplate must be a non-empty VTL template string; omit it to pass the result through',
    );
  }
  return template;
}

function corsResponseParameters(origin: CorsOrigins | undefined): Record<string, string> {
  if (origin === undefined) return {};
  return {
    [methodResponseHeader('Access-Control-Allow-Origin')]:
      `'${singleCorsOrigin('integrationResponses', origin)}'`,
  };
}
