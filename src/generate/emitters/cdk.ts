import type { IntegrationResponsesModel } from '../model.js';
import { GENERATED_NOTICE } from './header-name.js';

/** Structurally `IntegrationResponse` of aws-cdk-lib/aws-apigateway. */
export interface CdkIntegrationResponse {
  readonly statusCode: string;
  readonly selectionPattern?: string;
  readonly responseTemplates?: Readonly<Record<string, string>>;
  readonly responseParameters?: Readonly<Record<string, string>>;
}

/** Structurally `MethodResponse` of aws-cdk-lib/aws-apigateway. */
export interface CdkMethodResponse {
  readonly statusCode: string;
  readonly responseParameters?: Readonly<Record<string, boolean>>;
}

export interface CdkResponses {
  /** For `new LambdaIntegration(fn, { proxy: false, integrationResponses })`. */
  readonly integrationResponses: readonly CdkIntegrationResponse[];
  /** For `resource.addMethod(method, integration, { methodResponses })`. */
  readonly methodResponses: readonly CdkMethodResponse[];
}

function nonEmpty<V>(record: Readonly<Record<string, V>>): Readonly<Record<string, V>> | undefined {
  return Object.keys(record).length > 0 ? { ...record } : undefined;
}

export function cdkResponses(model: IntegrationResponsesModel): CdkResponses {
  return {
    integrationResponses: model.integrationResponses.map((response) => {
      const templates = nonEmpty(response.responseTemplates);
      const parameters = nonEmpty(response.responseParameters);
      return {
        statusCode: response.statusCode,
        ...(response.selectionPattern !== undefined ? { selectionPattern: response.selectionPattern } : {}),
        ...(templates ? { responseTemplates: templates } : {}),
        ...(parameters ? { responseParameters: parameters } : {}),
      };
    }),
    methodResponses: model.methodResponses.map((response) => {
      const parameters = nonEmpty(response.responseParameters);
      return { statusCode: response.statusCode, ...(parameters ? { responseParameters: parameters } : {}) };
    }),
  };
}

/** `{ "integrationResponses": [...], "methodResponses": [...] }`. */
export function emitCdkJson(model: IntegrationResponsesModel): string {
  return JSON.stringify(cdkResponses(model), null, 2) + '\n';
}

/** A TypeScript module exporting `integrationResponses` and `methodResponses`, typed by aws-cdk-lib. */
export function emitCdkTypeScript(model: IntegrationResponsesModel): string {
  const { integrationResponses, methodResponses } = cdkResponses(model);
  return [
    `// ${GENERATED_NOTICE}`,
    '// new apigateway.LambdaIntegration(fn, { proxy: false, integrationResponses });',
    "// resource.addMethod('POST', integration, { methodResponses });",
    "import type { IntegrationResponse, MethodResponse } from 'aws-cdk-lib/aws-apigateway';",
    '',
    `export const integrationResponses: IntegrationResponse[] = ${JSON.stringify(integrationResponses, null, 2)};`,
    '',
    `export const methodResponses: MethodResponse[] = ${JSON.stringify(methodResponses, null, 2)};`,
    '',
  ].join('\n');
}
