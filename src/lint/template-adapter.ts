/**
 * CloudFormation/SAM/OpenAPI input for lint and explain. The template reading itself (finding the non-proxy
 * Lambda methods, YAML with CloudFormation tags, inline OpenAPI bodies) is the `apply` command's module
 * (src/templates); this adapter only turns what it finds into lint's neutral input.
 */
import type { IntegrationResponseModel, MethodResponseModel } from '../generate/model.js';
import type { LintMethod } from './types.js';

/** One Lambda method as the template reader reports it. */
export interface TemplateLambdaMethod {
  /** Where it is: `resource GetOrder (AWS::ApiGateway::Method)`, `GET /orders/{id} in the OpenAPI document`. */
  readonly where: string;
  /** AWS_PROXY integrations write their own responses: nothing to lint. */
  readonly proxy: boolean;
  /** Upper-case HTTP method, when the reader knows it. */
  readonly httpMethod: string | undefined;
  /** Resource path, when the reader knows it. */
  readonly path: string | undefined;
  readonly integrationResponses: readonly IntegrationResponseModel[];
  readonly methodResponses: readonly MethodResponseModel[];
  /** The line (from 1) of the method's properties or the operation, when known. */
  readonly line?: number | undefined;
}

export function lintMethodsFromTemplate(methods: readonly TemplateLambdaMethod[]): LintMethod[] {
  return methods
    .filter((method) => !method.proxy)
    .map((method) => ({
      path: method.path ?? method.where,
      httpMethod: method.httpMethod ?? '',
      integration: {
        // An empty SelectionPattern is how templates (and the Serverless Framework's output) write the default.
        integrationResponses: method.integrationResponses.map((response) =>
          response.selectionPattern === '' ? { ...response, selectionPattern: undefined } : response,
        ),
        methodResponses: method.methodResponses,
      },
      origin: method.where,
      ...(method.line === undefined ? {} : { line: method.line }),
    }));
}
