import { gatewayResponseHeaderName } from '../../contract/parameters.js';
import type { GatewayResponseModel, IntegrationResponsesModel } from '../model.js';
import { GENERATED_NOTICE } from './generated-notice.js';

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

/** Structurally `GatewayResponseOptions` of aws-cdk-lib/aws-apigateway, with the response type as text. */
export interface CdkGatewayResponse {
  /** For `ResponseType.of(type)`. */
  readonly type: string;
  readonly statusCode?: string;
  /** Header name → `'static'` value or `method.request.header.X`. */
  readonly responseHeaders?: Readonly<Record<string, string>>;
  readonly templates?: Readonly<Record<string, string>>;
}

/** The Gateway Responses as `restApi.addGatewayResponse(type, { type: ResponseType.of(type), ...rest })` takes them. */
export function cdkGatewayResponses(responses: readonly GatewayResponseModel[]): CdkGatewayResponse[] {
  return responses.map((response) => {
    const headers: Record<string, string> = {};
    for (const [parameter, value] of Object.entries(response.responseParameters)) {
      const name = gatewayResponseHeaderName(parameter);
      if (name === undefined) {
        throw new TypeError(
          `cdk emitter: gateway response parameter ${JSON.stringify(parameter)} is not a header; addGatewayResponse only maps headers`,
        );
      }
      headers[name] = value;
    }
    const templates = nonEmpty(response.responseTemplates);
    return {
      type: response.responseType,
      ...(response.statusCode !== undefined ? { statusCode: response.statusCode } : {}),
      ...(Object.keys(headers).length > 0 ? { responseHeaders: headers } : {}),
      ...(templates ? { templates } : {}),
    };
  });
}

export interface CdkResponses {
  /** For `new LambdaIntegration(fn, { proxy: false, integrationResponses })`. */
  readonly integrationResponses: readonly CdkIntegrationResponse[];
  /** For `resource.addMethod(method, integration, { methodResponses })`. */
  readonly methodResponses: readonly CdkMethodResponse[];
  /** For `restApi.addGatewayResponse`, once per REST API; present when the model has Gateway Responses. */
  readonly gatewayResponses?: readonly CdkGatewayResponse[];
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
    ...(model.gatewayResponses && model.gatewayResponses.length > 0
      ? { gatewayResponses: cdkGatewayResponses(model.gatewayResponses) }
      : {}),
  };
}

/** `{ "integrationResponses": [...], "methodResponses": [...] }`. */
export function emitCdkJson(model: IntegrationResponsesModel): string {
  return JSON.stringify(cdkResponses(model), null, 2) + '\n';
}

/** A TypeScript module exporting `integrationResponses` and `methodResponses`, typed by aws-cdk-lib. */
export function emitCdkTypeScript(model: IntegrationResponsesModel): string {
  const { integrationResponses, methodResponses, gatewayResponses } = cdkResponses(model);
  const gateway = gatewayResponses === undefined ? [] : gatewayModule(gatewayResponses);
  return [
    `// ${GENERATED_NOTICE}`,
    '// new apigateway.LambdaIntegration(fn, { proxy: false, integrationResponses });',
    "// resource.addMethod('POST', integration, { methodResponses });",
    "import type { IntegrationResponse, MethodResponse } from 'aws-cdk-lib/aws-apigateway';",
    ...gateway.slice(0, 1),
    '',
    `export const integrationResponses: IntegrationResponse[] = ${JSON.stringify(integrationResponses, null, 2)};`,
    '',
    `export const methodResponses: MethodResponse[] = ${JSON.stringify(methodResponses, null, 2)};`,
    '',
    ...gateway.slice(1),
  ].join('\n');
}

/** The import line, then the Gateway Responses and the function that adds them to a RestApi. */
function gatewayModule(responses: readonly CdkGatewayResponse[]): string[] {
  return [
    "import { type GatewayResponseOptions, ResponseType, type RestApiBase } from 'aws-cdk-lib/aws-apigateway';",
    `export const gatewayResponses: (Omit<GatewayResponseOptions, 'type'> & { type: string })[] = ${JSON.stringify(responses, null, 2)};`,
    '',
    '/** Adds the Gateway Responses to a REST API: call it once per RestApi. */',
    'export function addGatewayResponses(api: RestApiBase): void {',
    '  for (const { type, ...options } of gatewayResponses) {',
    '    api.addGatewayResponse(type, { ...options, type: ResponseType.of(type) });',
    '  }',
    '}',
    '',
  ];
}
