// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub strings, not JavaScript templates
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import {
  cloudFormationGatewayResponses,
  emitCloudFormationJson,
  emitCloudFormationYaml,
  type IntegrationResponsesModel,
} from '../../../src/generate/index.js';
import { CLOUDFORMATION_TAGS } from '../../support/cloudformation-tags.js';
import { withTemplatesRead } from '../../support/template-mappings.js';
import { RAW_UNSAFE_YAML } from './expectations.js';
import { defaultModel, gatewayModel, hostileGatewayModel, hostileModel } from './fixtures.js';

interface MethodProperties {
  HttpMethod: string;
  Integration: {
    Type: string;
    IntegrationHttpMethod: string;
    Uri: unknown;
    IntegrationResponses: Record<string, unknown>[];
  };
  MethodResponses: { StatusCode: string; ResponseParameters?: Record<string, boolean> }[];
}

function methodOf(template: Record<string, unknown>): MethodProperties {
  const resources = template.Resources as Record<string, { Type: string; Properties: unknown }>;
  const methods = Object.values(resources).filter((resource) => resource.Type === 'AWS::ApiGateway::Method');
  expect(methods).toHaveLength(1);
  return methods[0]!.Properties as MethodProperties;
}

function expectedIntegrationResponses(model: IntegrationResponsesModel): Record<string, unknown>[] {
  return model.integrationResponses.map((response) => ({
    StatusCode: response.statusCode,
    ...(response.selectionPattern === undefined ? {} : { SelectionPattern: response.selectionPattern }),
    ResponseTemplates: response.responseTemplates,
    ResponseParameters: response.responseParameters,
  }));
}

/** Every value under an `Fn::Sub` anywhere in the template. */
function subStrings(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) subStrings(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'Fn::Sub') found.push(item as string);
      else subStrings(item, found);
    }
  }
  return found;
}

describe('cloudformation emitter', () => {
  it.each([
    ['the default catalog', defaultModel],
    ['hostile strings', hostileModel],
  ])('writes the integration and method responses of %s exactly (JSON)', (_, model) => {
    const template = JSON.parse(emitCloudFormationJson(model));
    const method = methodOf(template);
    expect(withTemplatesRead(method.Integration.IntegrationResponses, template.Mappings)).toEqual(
      expectedIntegrationResponses(model),
    );
    expect(method.MethodResponses).toEqual(
      model.methodResponses.map((response) => ({
        StatusCode: response.statusCode,
        ResponseParameters: response.responseParameters,
      })),
    );
  });

  it('integrates the function as a Lambda custom integration: type AWS, integration method POST', () => {
    const method = methodOf(JSON.parse(emitCloudFormationJson(defaultModel, { httpMethod: 'GET' })));
    expect(method.HttpMethod).toBe('GET');
    expect(method.Integration.Type).toBe('AWS');
    expect(method.Integration.IntegrationHttpMethod).toBe('POST');
    expect(method.Integration.Uri).toEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${FunctionArn}/invocations',
    });
  });

  it('declares a method response, with every mapped header, for each integration response', () => {
    const method = methodOf(JSON.parse(emitCloudFormationJson(defaultModel)));
    for (const response of method.Integration.IntegrationResponses) {
      const declared = method.MethodResponses.find(
        (candidate) => candidate.StatusCode === response.StatusCode,
      );
      expect(declared).toBeDefined();
      for (const header of Object.keys((response.ResponseParameters as object | undefined) ?? {})) {
        expect(declared?.ResponseParameters).toHaveProperty([header]);
      }
    }
  });

  it('puts no mapping template under Fn::Sub, and every Fn::Sub variable is a pseudo parameter or a parameter', () => {
    const template = JSON.parse(emitCloudFormationJson(hostileModel));
    const parameters = Object.keys(template.Parameters);
    const subs = subStrings(template);
    expect(subs).toHaveLength(2);
    for (const sub of subs) {
      for (const [, variable] of sub.matchAll(/\$\{([^}]*)\}/g)) {
        expect(variable?.startsWith('AWS::') || parameters.includes(variable ?? '')).toBe(true);
      }
    }
  });

  it.each([
    ['the default catalog', defaultModel],
    ['hostile strings', hostileModel],
  ])(
    'writes YAML with short tags that reads back (YAML 1.2 and 1.1) to the JSON template for %s',
    (_, model) => {
      const yamlText = emitCloudFormationYaml(model);
      const expected = JSON.parse(emitCloudFormationJson(model));
      expect(parse(yamlText, { customTags: CLOUDFORMATION_TAGS })).toEqual(expected);
      expect(parse(yamlText, { customTags: CLOUDFORMATION_TAGS, version: '1.1' })).toEqual(expected);
      expect(yamlText).not.toMatch(RAW_UNSAFE_YAML);
    },
  );

  it('uses !Sub and !Ref short tags and single-quotes selection patterns', () => {
    const yamlText = emitCloudFormationYaml(defaultModel);
    expect(yamlText).toContain('Uri: !Sub arn:${AWS::Partition}:apigateway:');
    expect(yamlText).toContain('RestApiId: !Ref RestApiId');
    expect(yamlText).toContain("SelectionPattern: '\\[404\\] \\{[\\s\\S]*'");
  });
});

describe('cloudformation emitter: Gateway Responses', () => {
  function gatewayResources(template: Record<string, unknown>): Record<string, { Properties: unknown }> {
    const resources = template.Resources as Record<string, { Type: string; Properties: unknown }>;
    return Object.fromEntries(
      Object.entries(resources).filter(
        ([, resource]) => resource.Type === 'AWS::ApiGateway::GatewayResponse',
      ),
    );
  }

  it('writes one AWS::ApiGateway::GatewayResponse per response type, on the RestApiId parameter', () => {
    const resources = gatewayResources(JSON.parse(emitCloudFormationJson(gatewayModel)));
    const responses = gatewayModel.gatewayResponses ?? [];
    expect(Object.keys(resources)).toHaveLength(21);
    expect(resources.GatewayResponseThrottled?.Properties).toEqual({
      RestApiId: { Ref: 'RestApiId' },
      ResponseType: 'THROTTLED',
      StatusCode: '429',
      ResponseParameters: responses.find((r) => r.responseType === 'THROTTLED')?.responseParameters,
      ResponseTemplates: responses.find((r) => r.responseType === 'THROTTLED')?.responseTemplates,
    });
    // No StatusCode on the fallbacks: one there would give every 4xx (5xx) type that status.
    expect(resources.GatewayResponseDefault4XX?.Properties).not.toHaveProperty('StatusCode');
    expect(resources.GatewayResponseDefault5XX?.Properties).not.toHaveProperty('StatusCode');
    expect(Object.keys(resources)).toContain('GatewayResponseMissingAuthenticationToken');
  });

  it('writes none without Gateway Responses in the model (--no-gateway-responses)', () => {
    expect(gatewayResources(JSON.parse(emitCloudFormationJson(defaultModel)))).toEqual({});
  });

  it('writes YAML with short tags that reads back (YAML 1.2 and 1.1) to the JSON template, hostile strings too', () => {
    for (const model of [gatewayModel, hostileGatewayModel]) {
      const yamlText = emitCloudFormationYaml(model);
      const expected = JSON.parse(emitCloudFormationJson(model));
      expect(parse(yamlText, { customTags: CLOUDFORMATION_TAGS })).toEqual(expected);
      expect(parse(yamlText, { customTags: CLOUDFORMATION_TAGS, version: '1.1' })).toEqual(expected);
      expect(yamlText).not.toMatch(RAW_UNSAFE_YAML);
    }
  });

  it('puts the resources on any REST API reference, without empty maps', () => {
    const resources = cloudFormationGatewayResponses(
      [{ responseType: 'DEFAULT_4XX', statusCode: undefined, responseParameters: {}, responseTemplates: {} }],
      { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
    );
    expect(resources).toEqual({
      GatewayResponseDefault4XX: {
        Type: 'AWS::ApiGateway::GatewayResponse',
        Properties: { RestApiId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, ResponseType: 'DEFAULT_4XX' },
      },
    });
  });
});
