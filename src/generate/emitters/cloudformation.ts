import { TEMPLATE_MAP_KEY, TEMPLATE_MAP_NAME } from '../../existing-api/find-in-map.js';
import type { GatewayResponseModel, IntegrationResponseModel, IntegrationResponsesModel } from '../model.js';
import { taggedProblemTemplate } from '../templates.js';
import type { FunctionReference } from './function-reference.js';
import { GENERATED_NOTICE } from './generated-notice.js';
import { toYamlText } from './yaml-text.js';

export interface CloudFormationOptions {
  /** HTTP method of the API method the template creates. Default `POST`. */
  readonly httpMethod?: string;
  /**
   * The function to invoke. An ARN becomes the default of the `FunctionArn` parameter, an invocation URI is
   * used as written, a logical id names a function of the same template. Default: the `FunctionArn` parameter.
   */
  readonly function?: FunctionReference;
}

/** `{ "Fn::FindInMap": ["LambdaErrorMap", "ResponseTemplates", key] }`: a template stored once in `Mappings`. */
export interface TemplateReference {
  readonly 'Fn::FindInMap': readonly [string, string, string];
}

/** `AWS::ApiGateway::Method` `Integration.IntegrationResponses[]` item. */
export interface CloudFormationIntegrationResponse {
  readonly StatusCode: string;
  readonly SelectionPattern?: string;
  readonly ResponseTemplates?: Readonly<Record<string, string | TemplateReference>>;
  readonly ResponseParameters?: Readonly<Record<string, string>>;
}

/** `AWS::ApiGateway::Method` `MethodResponses[]` item. */
export interface CloudFormationMethodResponse {
  readonly StatusCode: string;
  readonly ResponseParameters?: Readonly<Record<string, boolean>>;
}

/**
 * The function's invocation URI. Only this and the permission's SourceArn go through Fn::Sub: mapping
 * templates are plain strings, so their `${…}` (VTL formal references) need no `${!…}` escaping.
 */
const INVOCATION_URI =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Fn::Sub variables, not a JavaScript template
  'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${FunctionArn}/invocations';
const EXECUTE_API_SOURCE_ARN =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Fn::Sub variables, not a JavaScript template
  'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${RestApiId}/*/*';

function nonEmpty<V>(record: Readonly<Record<string, V>>): Readonly<Record<string, V>> | undefined {
  return Object.keys(record).length > 0 ? { ...record } : undefined;
}

/**
 * The response templates of a CloudFormation template, each distinct text stored once: every method refers to it
 * with Fn::FindInMap, and `entries` is the `Mappings.LambdaErrorMap.ResponseTemplates` that holds them. A method
 * of the default catalog has 19 integration responses whose templates are 4 texts: written once per template
 * file, not once per method, they no longer count per method against CloudFormation's 1 MB.
 */
export interface SharedTemplates {
  /** Key → template text, in the order first referred to. */
  readonly entries: ReadonlyMap<string, string>;
  /** The reference to `text`, stored under a key named after the response (`Tagged`, `Success`, `Status504`). */
  reference(
    text: string,
    response: Pick<IntegrationResponseModel, 'statusCode' | 'selectionPattern'>,
  ): TemplateReference;
}

export function sharedTemplates(): SharedTemplates {
  const entries = new Map<string, string>();
  const keys = new Map<string, string>();
  const tagged = taggedProblemTemplate();
  return {
    entries,
    reference(text, response) {
      let key = keys.get(text);
      if (key === undefined) {
        const wanted =
          text === tagged
            ? 'Tagged'
            : response.selectionPattern === undefined
              ? 'Success'
              : `Status${response.statusCode}`;
        key = wanted;
        for (let n = 2; entries.has(key); n++) key = `${wanted}Variant${n}`;
        entries.set(key, text);
        keys.set(text, key);
      }
      return { 'Fn::FindInMap': [TEMPLATE_MAP_NAME, TEMPLATE_MAP_KEY, key] };
    },
  };
}

/** `{ LambdaErrorMap: { ResponseTemplates: {...} } }`, or nothing when no template is shared. */
export function cloudFormationMappings(shared: SharedTemplates): Record<string, unknown> {
  if (shared.entries.size === 0) return {};
  return { [TEMPLATE_MAP_NAME]: { [TEMPLATE_MAP_KEY]: Object.fromEntries(shared.entries) } };
}

/** The integration responses; with `shared`, their templates are references to it instead of the texts. */
export function cloudFormationIntegrationResponses(
  model: IntegrationResponsesModel,
  shared?: SharedTemplates,
): CloudFormationIntegrationResponse[] {
  return model.integrationResponses.map((response) => {
    const templates = nonEmpty<string | TemplateReference>(
      shared === undefined
        ? response.responseTemplates
        : Object.fromEntries(
            Object.entries(response.responseTemplates).map(([type, text]) => [
              type,
              shared.reference(text, response),
            ]),
          ),
    );
    const parameters = nonEmpty(response.responseParameters);
    return {
      StatusCode: response.statusCode,
      ...(response.selectionPattern !== undefined ? { SelectionPattern: response.selectionPattern } : {}),
      ...(templates ? { ResponseTemplates: templates } : {}),
      ...(parameters ? { ResponseParameters: parameters } : {}),
    };
  });
}

export function cloudFormationMethodResponses(
  model: IntegrationResponsesModel,
): CloudFormationMethodResponse[] {
  return model.methodResponses.map((response) => {
    const parameters = nonEmpty(response.responseParameters);
    return { StatusCode: response.statusCode, ...(parameters ? { ResponseParameters: parameters } : {}) };
  });
}

/** `AWS::ApiGateway::GatewayResponse` resource. */
export interface CloudFormationGatewayResponse {
  readonly Type: 'AWS::ApiGateway::GatewayResponse';
  readonly Properties: {
    readonly RestApiId: unknown;
    readonly ResponseType: string;
    readonly StatusCode?: string;
    readonly ResponseParameters?: Readonly<Record<string, string>>;
    readonly ResponseTemplates?: Readonly<Record<string, string>>;
  };
}

/** `GatewayResponseDefault4XX`, `GatewayResponseMissingAuthenticationToken`: the Serverless Framework's naming. */
export function gatewayResponseLogicalId(responseType: string): string {
  const words = responseType.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const pascal = words.map((word) => (/^\d/.test(word) ? word : word[0] + word.slice(1).toLowerCase()));
  return `GatewayResponse${pascal.join('')}`;
}

/**
 * The Gateway Responses as CloudFormation resources keyed by logical id, on the REST API `restApiId` refers to
 * (`{ Ref: 'RestApiId' }`, `{ Ref: 'ApiGatewayRestApi' }`, ...).
 */
export function cloudFormationGatewayResponses(
  responses: readonly GatewayResponseModel[],
  restApiId: unknown,
): Record<string, CloudFormationGatewayResponse> {
  const resources: Record<string, CloudFormationGatewayResponse> = {};
  for (const response of responses) {
    const parameters = nonEmpty(response.responseParameters);
    const templates = nonEmpty(response.responseTemplates);
    resources[gatewayResponseLogicalId(response.responseType)] = {
      Type: 'AWS::ApiGateway::GatewayResponse',
      Properties: {
        RestApiId: restApiId,
        ResponseType: response.responseType,
        ...(response.statusCode !== undefined ? { StatusCode: response.statusCode } : {}),
        ...(parameters ? { ResponseParameters: parameters } : {}),
        ...(templates ? { ResponseTemplates: templates } : {}),
      },
    };
  }
  return resources;
}

/**
 * A complete template: parameters `RestApiId`, `ResourceId` and `FunctionArn` (the function or alias ARN),
 * an `AWS::ApiGateway::Method` with a Lambda custom integration (type AWS, integration method POST), and
 * the permission that lets API Gateway invoke the function; and the model's Gateway Responses on that API.
 */
export function cloudFormationTemplate(
  model: IntegrationResponsesModel,
  options: CloudFormationOptions = {},
): Record<string, unknown> {
  const target = functionTarget(options.function);
  const shared = sharedTemplates();
  const integrationResponses = cloudFormationIntegrationResponses(model, shared);
  const mappings = cloudFormationMappings(shared);
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: 'Lambda custom integration whose responses follow the error catalog (lambda-error-map)',
    Parameters: {
      RestApiId: { Type: 'String', Description: 'Id of the REST API' },
      ResourceId: { Type: 'String', Description: 'Id of the API resource the method belongs to' },
      ...target.parameters,
    },
    ...(Object.keys(mappings).length > 0 ? { Mappings: mappings } : {}),
    Resources: {
      ErrorMappedMethod: {
        Type: 'AWS::ApiGateway::Method',
        Properties: {
          RestApiId: { Ref: 'RestApiId' },
          ResourceId: { Ref: 'ResourceId' },
          HttpMethod: options.httpMethod ?? 'POST',
          AuthorizationType: 'NONE',
          Integration: {
            Type: 'AWS',
            IntegrationHttpMethod: 'POST',
            Uri: target.uri,
            PassthroughBehavior: 'WHEN_NO_MATCH',
            IntegrationResponses: integrationResponses,
          },
          MethodResponses: cloudFormationMethodResponses(model),
        },
      },
      ErrorMappedMethodPermission: {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          Action: 'lambda:InvokeFunction',
          FunctionName: target.functionName,
          Principal: 'apigateway.amazonaws.com',
          SourceArn: { 'Fn::Sub': EXECUTE_API_SOURCE_ARN },
        },
      },
      ...cloudFormationGatewayResponses(model.gatewayResponses ?? [], { Ref: 'RestApiId' }),
    },
  };
}

interface FunctionTarget {
  readonly parameters: Record<string, unknown>;
  readonly uri: unknown;
  readonly functionName: unknown;
}

function functionTarget(reference: FunctionReference | undefined): FunctionTarget {
  const parameter = { Type: 'String', Description: 'ARN of the Lambda function (or alias) to invoke' };
  if (reference === undefined) {
    return {
      parameters: { FunctionArn: parameter },
      uri: { 'Fn::Sub': INVOCATION_URI },
      functionName: { Ref: 'FunctionArn' },
    };
  }
  if (reference.kind === 'logical-id') {
    return {
      parameters: {},
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Fn::Sub variables, not a JavaScript template
      uri: { 'Fn::Sub': INVOCATION_URI.replace('${FunctionArn}', () => `\${${reference.logicalId}.Arn}`) },
      functionName: { 'Fn::GetAtt': [reference.logicalId, 'Arn'] },
    };
  }
  return {
    parameters: { FunctionArn: { ...parameter, Default: reference.arn } },
    uri: reference.kind === 'uri' ? reference.invocationUri : { 'Fn::Sub': INVOCATION_URI },
    functionName: { Ref: 'FunctionArn' },
  };
}

export function emitCloudFormationJson(
  model: IntegrationResponsesModel,
  options?: CloudFormationOptions,
): string {
  return JSON.stringify(cloudFormationTemplate(model, options), null, 2) + '\n';
}

/** The template as YAML with CloudFormation short tags (`!Ref`, `!Sub`). */
export function emitCloudFormationYaml(
  model: IntegrationResponsesModel,
  options?: CloudFormationOptions,
): string {
  return toYamlText(cloudFormationTemplate(model, options), {
    format: 'cloudformation-yaml',
    cloudFormationShortTags: true,
    comment: GENERATED_NOTICE,
  });
}
