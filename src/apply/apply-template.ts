import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { gatewayResponses } from '../generate/gateway-responses.js';
import { integrationResponses } from '../generate/integration-responses.js';
import {
  findLambdaMethods,
  findRestApis,
  integrationResponsesOf,
  methodResponsesOf,
} from '../templates/find-apis.js';
import {
  parseTemplate,
  type TemplateDocument,
  type TemplateKind,
  writeTemplate,
} from '../templates/read-template.js';
import { TemplateError } from '../templates/template-error.js';
import { addGatewayResponses } from './gateway-responses.js';
import { planResponses } from './merge-responses.js';
import { writeResponses } from './write-responses.js';

export interface ApplyOptions {
  /** Static `Access-Control-Allow-Origin` on every generated response, e.g. `https://app.example.com`. */
  readonly corsOrigin?: string;
  /** Adds the Gateway Responses to every REST API found. Default true. */
  readonly gatewayResponses?: boolean;
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
}

/**
 * Fills every non-proxy Lambda integration of a CloudFormation/SAM template or OpenAPI document (`text`,
 * read from `name`) with the integration and method responses of `catalog`, and gives every REST API it
 * defines the catalog's Gateway Responses (see addGatewayResponses). Proxy integrations and
 * everything else stay as they are. Throws TemplateError (one line, naming the file or the method) on
 * input it cannot apply to; nothing is changed then.
 */
export function applyToTemplateText(
  text: string,
  name: string,
  catalog: ErrorCatalog,
  options: ApplyOptions = {},
): ApplyResult {
  const template = parseTemplate(text, name);
  const { methods, restApis } = applyToTemplate(template, name, catalog, options);
  return { text: writeTemplate(template), kind: template.kind, methods, restApis };
}

function applyToTemplate(
  template: TemplateDocument,
  name: string,
  catalog: ErrorCatalog,
  options: ApplyOptions,
): { methods: string[]; restApis: string[] } {
  const apis = findRestApis(template);
  const nonProxy = findLambdaMethods(template).filter((method) => !method.proxy);
  if (apis.length === 0 && nonProxy.length === 0) {
    throw new TemplateError(
      `${name} defines no REST API (AWS::ApiGateway::RestApi, AWS::Serverless::Api) and no non-proxy Lambda method (AWS::ApiGateway::Method with Integration.Type AWS); pass the template that defines your API`,
    );
  }
  const model = generatedModel(catalog, options);
  const gateway = options.gatewayResponses === false ? [] : generatedGatewayResponses(catalog, options);
  // Every method is planned before any is written, so a conflict leaves the document as it was.
  const plans = nonProxy.map((method) =>
    planResponses(
      `${name}: ${method.where}`,
      { integration: integrationResponsesOf(method), method: methodResponsesOf(method) },
      model,
      options.corsOrigin,
    ),
  );
  nonProxy.forEach((method, i) => {
    writeResponses(template, method, plans[i] as (typeof plans)[number]);
  });
  if (gateway.length > 0) for (const api of apis) addGatewayResponses(template, api, gateway);
  return { methods: nonProxy.map((method) => method.where), restApis: apis.map((api) => api.where) };
}

function generatedModel(catalog: ErrorCatalog, options: ApplyOptions) {
  return asTemplateError(() => integrationResponses(catalog, corsOf(options)));
}

function generatedGatewayResponses(catalog: ErrorCatalog, options: ApplyOptions) {
  return asTemplateError(() => gatewayResponses(catalog, corsOf(options)));
}

function corsOf(options: ApplyOptions): { corsOrigin?: string } {
  return options.corsOrigin === undefined ? {} : { corsOrigin: options.corsOrigin };
}

function asTemplateError<T>(generate: () => T): T {
  try {
    return generate();
  } catch (error) {
    throw new TemplateError((error as Error).message);
  }
}
