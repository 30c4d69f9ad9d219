import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { methodResponseHeader, staticValue } from '../contract/parameters.js';
import {
  checkOptions,
  type GivenOptions,
  integerRule,
  namedIn,
  type OptionDeclarations,
  type OptionNamer,
  optionSchemas,
  textRule,
} from '../surface/declared-options.js';
import { CORS_ORIGINS_RULE, checkedCorsOrigins, singleCorsOrigin } from './cors.js';
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

/**
 * The generator's options, each declared once: the CLI's flags and the Serverless plugin's keys (the same names)
 * and their checks, help lines and JSON schemas are derived from these.
 */
export const INTEGRATION_RESPONSES_OPTIONS = {
  /** Status of successful invocations (the default response, no selection pattern). Default 200. */
  successStatus: {
    rule: integerRule(200, 399),
    doc: 'Status of successful invocations (the default response)',
    default: 200,
    flag: 'success-status',
  },
  /**
   * VTL template of the success response, keyed `application/json`. Default: the result unchanged. Either
   * way it is wrapped in a guard that answers a Lambda error document reaching the default response (an
   * error with an empty message) as the catch-all: see `guardSuccessTemplate`.
   */
  successTemplate: {
    rule: textRule('a non-empty VTL template string', 'VTL', 'omit it to pass the result through'),
    doc: 'VTL template of the success response',
    defaultDoc: "$input.json('$') (the result unchanged)",
    default: PASSTHROUGH_TEMPLATE,
    flag: 'success-template',
  },
  /** Status for Lambda timeouts. Default 504. */
  timeoutStatus: {
    rule: integerRule(400, 599),
    doc: 'Status of Lambda timeouts',
    default: 504,
    flag: 'timeout-status',
  },
  /** Status for every other untagged error: crashes, unwrapped handlers, unknown tags. Default 500. */
  catchAllStatus: {
    rule: integerRule(400, 599),
    doc: 'Status of untagged errors (crashes, unwrapped handlers)',
    default: DEFAULT_CATCH_ALL_STATUS,
    flag: 'catch-all-status',
  },
  /**
   * Static `Access-Control-Allow-Origin` sent on every response, e.g. `https://app.example.com` or `*`. One
   * origin: a list of several is refused here (see docs/generate.md); a list of one is that origin.
   */
  corsOrigin: {
    rule: CORS_ORIGINS_RULE,
    doc: 'Access-Control-Allow-Origin on every response: one origin (https://app.example.com) or *',
    flag: 'cors-origin',
  },
} as const satisfies OptionDeclarations;

export type IntegrationResponsesOptions = GivenOptions<typeof INTEGRATION_RESPONSES_OPTIONS>;

/** The JSON schema of each option (the Serverless plugin's config schema holds them). */
export const INTEGRATION_RESPONSES_OPTION_SCHEMA = optionSchemas(INTEGRATION_RESPONSES_OPTIONS);

const API_NAMES = namedIn('integrationResponses');

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
  return integrationResponsesNamed(catalog, options, API_NAMES);
}

/** `integrationResponses`, its messages naming each option as `nameOf` does (a flag, a plugin key). */
export function integrationResponsesNamed(
  catalog: ErrorCatalog,
  options: IntegrationResponsesOptions,
  nameOf: OptionNamer,
): IntegrationResponsesModel {
  const { successStatus, successTemplate, timeoutStatus, catchAllStatus, corsOrigin } = checkOptions(
    INTEGRATION_RESPONSES_OPTIONS,
    options,
    nameOf,
  );
  const corsParameters: Record<string, string> = {};
  if (corsOrigin !== undefined) {
    corsParameters[methodResponseHeader('Access-Control-Allow-Origin')] = staticValue(
      singleCorsOrigin(nameOf('corsOrigin'), corsOrigin),
    );
  }
  const success: IntegrationResponseModel = {
    statusCode: String(successStatus),
    selectionPattern: undefined,
    responseTemplates: {
      'application/json': guardSuccessTemplate(successTemplate, catchAllStatus, CATCH_ALL_DETAIL),
    },
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
  nameOf: OptionNamer = API_NAMES,
): IntegrationResponsesModel {
  if (written || options.corsOrigin === undefined) return integrationResponsesNamed(catalog, options, nameOf);
  const [origin] = checkedCorsOrigins(nameOf('corsOrigin'), options.corsOrigin);
  return integrationResponsesNamed(catalog, { ...options, corsOrigin: origin as string }, nameOf);
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
