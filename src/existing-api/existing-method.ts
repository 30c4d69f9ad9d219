/**
 * The model existing APIs are read into, whatever the file: serverless.yml (readServerlessApi in
 * serverless-config.ts), a CloudFormation/SAM template or an OpenAPI document (readTemplateApi below). lint,
 * explain, apply, the Serverless plugin, serve and the testing kit's fromCloudFormation read through it.
 */
import type { IntegrationResponsesModel } from '../generate/model.js';
import { integrationResponsesOf, type LambdaMethod, methodResponsesOf, readMethods } from './find-apis.js';
import type { SkippedMethod } from './read-responses.js';
import { plainValue, type TemplateDocument } from './read-template.js';
import { cloudFormationResourcePath } from './resource-path.js';
import { lineFinder, nodeLine } from './source-lines.js';

/** One Lambda method (proxy or not) of an existing API. */
export interface ExistingMethod {
  /**
   * Where it is declared, for messages: `resource GetOrder (AWS::ApiGateway::Method)`,
   * `GET /orders/{id} in the OpenAPI document`, `functions.getOrder (GET /orders/{id})`.
   */
  readonly where: string;
  /** Upper-case HTTP method (`ANY` allowed), when it can be read. */
  readonly httpMethod: string | undefined;
  /** Resource path (`/orders/{id}`), when it can be followed. */
  readonly path: string | undefined;
  /** `AWS_PROXY`: the function writes the whole response, so `responses` is empty. */
  readonly proxy: boolean;
  /**
   * Its integration and method responses as API Gateway gets them. The default (success) response has no
   * `selectionPattern`, however the file writes it (`SelectionPattern: ''`, `pattern: ''`, none, `default`).
   */
  readonly responses: IntegrationResponsesModel;
  /** The line (from 1) where it is declared in the file read, when known. */
  readonly line?: number;
}

/** What an existing API definition holds: its Lambda methods, and what is left alone, with why. */
export interface ExistingApi {
  readonly methods: readonly ExistingMethod[];
  readonly skipped: readonly SkippedMethod[];
}

/** The Lambda methods of a parsed CloudFormation/SAM template or OpenAPI document, and those left alone. */
export function readTemplateApi(template: TemplateDocument): ExistingApi {
  const { methods, skipped } = readMethods(template);
  const lineOf = lineFinder(template.text);
  return {
    methods: methods.map((method) => {
      const line = nodeLine(method.method, lineOf);
      return {
        where: method.where,
        ...methodRoute(template, method),
        proxy: method.proxy,
        responses: method.proxy
          ? { integrationResponses: [], methodResponses: [] }
          : {
              integrationResponses: integrationResponsesOf(method),
              methodResponses: methodResponsesOf(method),
            },
        ...(line === undefined ? {} : { line }),
      };
    }),
    skipped,
  };
}

/** `GET /orders/{id} in the OpenAPI document`: the verb and the path the reader wrote. */
const OPERATION_WHERE = /^(\S+) (\S+) in /;

/**
 * The HTTP method and resource path of a method: a CloudFormation method's `HttpMethod` and the path its
 * `ResourceId` chain builds, an OpenAPI operation's verb and path. Undefined where they cannot be read.
 */
export function methodRoute(
  template: TemplateDocument,
  method: LambdaMethod,
): { readonly httpMethod: string | undefined; readonly path: string | undefined } {
  if (method.style === 'cloudformation') {
    return {
      httpMethod: String(plainValue(method.method.get('HttpMethod', true)) ?? '').toUpperCase() || undefined,
      path: cloudFormationResourcePath(template, method),
    };
  }
  const [, httpMethod, path] = OPERATION_WHERE.exec(method.where) ?? [];
  return { httpMethod, path };
}
