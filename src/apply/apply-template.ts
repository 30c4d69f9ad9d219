import type { YAMLMap } from 'yaml';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { mapAt } from '../existing-api/edit-template.js';
import {
  findImplicitApi,
  findRestApis,
  type ImplicitApi,
  integrationResponsesOf,
  methodResponsesOf,
  type RestApi,
  readMethods,
} from '../existing-api/find-apis.js';
import { planResponses, type ResponsesConflict } from '../existing-api/merge-responses.js';
import type { SkippedMethod } from '../existing-api/read-responses.js';
import {
  parseTemplate,
  type TemplateDocument,
  type TemplateKind,
  writeTemplate,
} from '../existing-api/read-template.js';
import { type CorsOrigins, singleCorsOrigin } from '../generate/cors.js';
import { sharedTemplates } from '../generate/emitters/cloudformation.js';
import { problemExamplesByStatus } from '../generate/emitters/openapi-problems.js';
import { gatewayResponses } from '../generate/gateway-responses.js';
import { integrationResponsesChecked } from '../generate/integration-responses.js';
import type { IntegrationResponseModel } from '../generate/model.js';
import { guardSuccessTemplate } from '../generate/templates.js';
import type { OptionNamer } from '../surface/declared-options.js';
import { TemplateError } from '../surface/errors.js';
import { addGatewayResponses, addSamGatewayResponses } from './apply-gateway-responses.js';
import { addProblemComponents } from './problem-components.js';
import { checkTemplateMapFree, writeTemplateMappings } from './template-mappings.js';
import { writeResponses } from './write-responses.js';

export interface ApplyOptions {
  /**
   * Static `Access-Control-Allow-Origin` on every generated response, e.g. `https://app.example.com`. A list of
   * several origins is refused where a non-proxy method is filled, and sends no CORS header on Gateway Responses.
   */
  readonly corsOrigin?: CorsOrigins;
  /** Adds the Gateway Responses to every REST API found. Default true. */
  readonly gatewayResponses?: boolean;
  /**
   * Replaces a method's hand-written error responses (selection patterns that would overlap the catalog's)
   * with the catalog's, keeping its success response and request templates; `replaced` then says how each
   * representative message was routed before and is after. Default false: such a method stops `apply`.
   */
  readonly replace?: boolean;
  /** How an option's error names it: the CLI passes its flags (`--cors-origin`). Default: `integrationResponses: corsOrigin`. */
  readonly nameOf?: OptionNamer;
}

export interface ApplyResult {
  /** The template's new text: equal to the input when nothing changed. */
  readonly text: string;
  /** What the text is: a CloudFormation/SAM template or an OpenAPI document. */
  readonly kind: TemplateKind;
  /** Where each filled non-proxy Lambda method is (`resource GetOrder (AWS::ApiGateway::Method)`). */
  readonly methods: readonly string[];
  /** The REST APIs found (each given the Gateway Responses unless `gatewayResponses: false`). */
  readonly restApis: readonly string[];
  /** Methods left as they are, and APIs whose methods cannot be seen, each with why and what to do. */
  readonly skipped: readonly SkippedMethod[];
  /**
   * The methods whose hand-written error responses `replace` replaced, with those responses; routingChanges
   * (src/apply/routing-report.ts) says what that changes for clients.
   */
  readonly replaced: readonly ReplacedMethod[];
}

/**
 * Fills every non-proxy Lambda integration of a CloudFormation/SAM template or OpenAPI document (`text`,
 * read from `name`) with the integration and method responses of `catalog`, and gives every REST API it
 * defines the catalog's Gateway Responses (see addGatewayResponses). Proxy integrations and
 * everything else stay as they are; asynchronous methods and those it cannot read are listed in `skipped`. Throws TemplateError (one line, naming the file or the method) on
 * input it cannot apply to; nothing is changed then.
 */
export function applyToTemplateText(
  text: string,
  name: string,
  catalog: ErrorCatalog,
  options: ApplyOptions = {},
): ApplyResult {
  const template = parseTemplate(text, name);
  const { methods, restApis, skipped, replaced } = applyToTemplate(template, name, catalog, options);
  return { text: writeTemplate(template), kind: template.kind, methods, restApis, skipped, replaced };
}

/** A method whose hand-written error responses `replace` replaced, and those responses. */
export interface ReplacedMethod {
  /** Where the method is: `resource GetOrder (AWS::ApiGateway::Method)`. */
  readonly where: string;
  readonly responses: readonly IntegrationResponseModel[];
}

function applyToTemplate(
  template: TemplateDocument,
  name: string,
  catalog: ErrorCatalog,
  options: ApplyOptions,
): Omit<ApplyResult, 'text' | 'kind'> {
  const apis = findRestApis(template);
  const { methods, skipped } = readMethods(template);
  const nonProxy = methods.filter((method) => !method.proxy);
  const implicitApi = findImplicitApi(template);
  if (apis.length === 0 && nonProxy.length === 0 && skipped.length === 0 && implicitApi === undefined) {
    throw new TemplateError(
      `${name} defines no REST API (AWS::ApiGateway::RestApi, AWS::Serverless::Api) and no non-proxy Lambda method (AWS::ApiGateway::Method with Integration.Type AWS); pass the template that defines your API`,
    );
  }
  const model = generatedModel(catalog, options, nonProxy.length > 0);
  const gateway = options.gatewayResponses === false ? [] : generatedGatewayResponses(catalog, options);
  const corsOrigin =
    options.corsOrigin === undefined || nonProxy.length === 0
      ? undefined
      : singleCorsOrigin('integrationResponses', options.corsOrigin);
  if (implicitApi !== undefined && gateway.length > 0)
    refuseGlobalsReachingDefinitions(implicitApi, apis, name);
  // Every method is planned before any is written, so a conflict leaves the document as it was.
  const plans = nonProxy.map((method) =>
    planResponses({ integration: integrationResponsesOf(method), method: methodResponsesOf(method) }, model, {
      corsOrigin,
      replace: options.replace === true,
      guardSuccess: (template) => guardSuccessTemplate(template),
      refuse: (conflict) => conflictError(`${name}: ${method.where}`, conflict, catalog),
    }),
  );
  const filledMethods = nonProxy.some((method) => method.style === 'cloudformation');
  if (filledMethods) checkTemplateMapFree(template, name);
  const documented = { ...model, gatewayResponses: gateway };
  // Rendered once for every operation and document: the Gateway Responses' examples come from their templates.
  const examples = problemExamplesByStatus(documented);
  const shared = sharedTemplates();
  nonProxy.forEach((method, i) => {
    writeResponses(template, method, plans[i] as (typeof plans)[number], documented, examples, shared);
  });
  writeTemplateMappings(template, shared);
  for (const api of apis) {
    if (
      api.openApi !== undefined &&
      nonProxy.some((method) => method.style !== 'cloudformation' && method.restApi?.openApi === api.openApi)
    ) {
      addProblemComponents(template, api.openApi, examples);
    }
  }
  if (gateway.length > 0) for (const api of apis) addGatewayResponses(template, api, gateway);
  if (implicitApi !== undefined && gateway.length > 0) {
    const root = template.document.contents as YAMLMap;
    addSamGatewayResponses(template, mapAt(template, mapAt(template, root, 'Globals'), 'Api'), gateway);
  }
  return {
    methods: nonProxy.map((method) => method.where),
    restApis: [...apis.map((api) => api.where), ...(implicitApi === undefined ? [] : [implicitApi.where])],
    skipped,
    replaced: nonProxy.flatMap((method, i) => {
      const responses = (plans[i] as (typeof plans)[number]).replaced;
      return responses.length === 0 ? [] : [{ where: method.where, responses }];
    }),
  };
}

/** A conflict between the method's responses and the catalog's, worded for a template, with `--replace`. */
function conflictError(where: string, conflict: ResponsesConflict, catalog: ErrorCatalog): TemplateError {
  if (conflict.kind === 'two-successes') {
    return new TemplateError(
      `${where}: integration responses ${conflict.statuses.join(' and ')} both have no selection pattern, so both claim the success (default) response; keep one`,
    );
  }
  if (conflict.kind === 'success-on-error-status') {
    return new TemplateError(
      `${where}: the success (default) integration response has status ${conflict.status}, which the error catalog uses for errors; give the success response another status`,
    );
  }
  const status = conflict.response.statusCode;
  const kind = catalog.kindForStatus(Number(status));
  const catalogSays =
    kind === undefined
      ? `the catalog has no kind with status ${status}, so what this pattern routes would get another status: add one to the catalog first if ${status} must stay, then `
      : `the catalog routes errors tagged [${status}] (kind ${kind.kind}) to ${status}: `;
  return new TemplateError(
    `${where}: integration response ${status} has selection pattern ${JSON.stringify(conflict.response.selectionPattern)}, which would overlap the patterns generated from the error catalog (they already route every error message); ${catalogSays}rerun with --replace to replace the method's error responses with the catalog's (it prints how messages were routed before and after), or remove this one`,
  );
}

/**
 * `Globals: Api` reaches every AWS::Serverless::Api too, and SAM cannot merge GatewayResponses into a
 * definition of the user's own (DefinitionBody, DefinitionUri): there, the implicit API's are refused.
 */
function refuseGlobalsReachingDefinitions(
  implicitApi: ImplicitApi,
  apis: readonly RestApi[],
  name: string,
): void {
  const reached = apis.find(
    (api) =>
      api.type === 'AWS::Serverless::Api' &&
      ['DefinitionBody', 'DefinitionUri'].some(
        (key) => api.resource?.getIn(['Properties', key], true) !== undefined,
      ),
  );
  if (reached === undefined) return;
  throw new TemplateError(
    `${name}: ${implicitApi.where} gets Gateway Responses only through Globals: Api: GatewayResponses, which SAM would also apply to ${reached.where}, whose definition is its own; give those events RestApiId: !Ref ${reached.logicalId} (or an AWS::Serverless::Api of their own), or pass --no-gateway-responses`,
  );
}

function generatedModel(catalog: ErrorCatalog, options: ApplyOptions, written: boolean) {
  return asTemplateError(() =>
    integrationResponsesChecked(catalog, corsOf(options), written, options.nameOf),
  );
}

function generatedGatewayResponses(catalog: ErrorCatalog, options: ApplyOptions) {
  return asTemplateError(() => gatewayResponses(catalog, corsOf(options)));
}

function corsOf(options: ApplyOptions): { corsOrigin?: CorsOrigins } {
  return options.corsOrigin === undefined ? {} : { corsOrigin: options.corsOrigin };
}

function asTemplateError<T>(generate: () => T): T {
  try {
    return generate();
  } catch (error) {
    throw new TemplateError((error as Error).message);
  }
}
