// apply's Gateway Responses through applyToTemplateText, without Java (the CLI cases are in apply.java.test.ts).
import { describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { parseTemplate, plainValue } from '../../src/existing-api/read-template.js';
import { GATEWAY_RESPONSE_TYPES } from '../../src/generate/gateway-responses.js';
import { defaultCatalog } from '../../src/index.js';
import { LAMBDA_URI, sharedIntegrationTemplate } from '../support/aliased-template.js';

// biome-ignore lint/suspicious/noExplicitAny: a parsed document, read by property paths the assertions then check
type Tree = Record<string, any>;
const TYPES = Object.keys(GATEWAY_RESPONSE_TYPES).length;

function apply(text: string, name: string, options = {}): Tree {
  const once = applyToTemplateText(text, name, defaultCatalog, options).text;
  expect(applyToTemplateText(once, name, defaultCatalog, options).text).toBe(once);
  return plainValue(parseTemplate(once, name).document.contents) as Tree;
}

describe('apply: Gateway Responses', () => {
  it('CloudFormation JSON: resources beside the RestApi, a deployment with a DependsOn name gets a list', () => {
    const template = {
      Resources: {
        Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'a' } },
        Deploy: {
          Type: 'AWS::ApiGateway::Deployment',
          DependsOn: 'X',
          Properties: { RestApiId: { Ref: 'Api' } },
        },
        Mine: {
          Type: 'AWS::ApiGateway::GatewayResponse',
          Properties: { RestApiId: { Ref: 'Api' }, ResponseType: 'THROTTLED' },
        },
        ApiGatewayResponseWafFiltered: { Type: 'AWS::ApiGateway::GatewayResponse', Properties: 'odd' },
        Other: { Type: 'AWS::SNS::Topic' },
      },
    };
    const out = apply(JSON.stringify(template, null, 2), 't.json', { corsOrigin: '*' });
    const ours = Object.keys(out.Resources).filter((id) => id.startsWith('ApiGatewayResponse'));
    expect(ours).toHaveLength(TYPES - 1);
    expect(out.Resources.ApiGatewayResponseThrottled).toBeUndefined();
    expect(out.Resources.ApiGatewayResponseWafFiltered.Properties).toBe('odd');
    expect(out.Resources.Deploy.DependsOn).toEqual([
      'X',
      ...ours.filter((id) => id !== 'ApiGatewayResponseWafFiltered'),
    ]);
    expect(out.Resources.ApiGatewayResponseAccessDenied.Properties.ResponseParameters).toMatchObject({
      'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
    });
  });

  it('OpenAPI YAML: the extension, a user value that is not a map kept', () => {
    const text = [
      'openapi: 3.0.3',
      'info: { title: t, version: "1" }',
      'paths: {}',
      'x-amazon-apigateway-gateway-responses:',
      '  THROTTLED: nope',
      '  UNAUTHORIZED: { statusCode: "401", responseTemplates: { application/json: "{}" } }',
      '',
    ].join('\n');
    const byType = apply(text, 'api.yaml')['x-amazon-apigateway-gateway-responses'];
    expect(Object.keys(byType)).toHaveLength(TYPES);
    expect(byType.THROTTLED).toBe('nope');
    expect(byType.UNAUTHORIZED).toEqual({
      statusCode: '401',
      responseTemplates: { 'application/json': '{}' },
    });
    expect(byType.ACCESS_DENIED.statusCode).toBe('403');
  });

  it('SAM Api without a definition: GatewayResponses; gatewayResponses: false adds none', () => {
    const text = 'Resources:\n  Api:\n    Type: AWS::Serverless::Api\n';
    const sam = apply(text, 't.yaml').Resources.Api.Properties.GatewayResponses;
    expect(Object.keys(sam)).toHaveLength(TYPES);
    expect(sam.DEFAULT_4XX.StatusCode).toBeUndefined();
    expect(sam.DEFAULT_4XX.ResponseParameters.Headers['Content-Type']).toBe("'application/problem+json'");
    expect(apply(text, 't.yaml', { gatewayResponses: false }).Resources.Api.Properties).toBeUndefined();
  });

  it('several origins: a REST API with only proxy methods gets Gateway Responses without CORS headers', () => {
    const corsOrigin = ['https://app.example.com', 'https://admin.example.com'];
    const text = [
      'Resources:',
      '  Api: { Type: AWS::ApiGateway::RestApi, Properties: { Name: a } }',
      '  Get:',
      '    Type: AWS::ApiGateway::Method',
      `    Properties: { RestApiId: !Ref Api, HttpMethod: GET, Integration: { Type: AWS_PROXY, Uri: '${LAMBDA_URI}' } }`,
      '',
    ].join('\n');
    const out = apply(text, 't.yaml', { corsOrigin });
    const ours = Object.keys(out.Resources).filter((id) => id.startsWith('ApiGatewayResponse'));
    expect(ours).toHaveLength(TYPES);
    expect(JSON.stringify(out)).not.toContain('Access-Control-Allow-Origin');
    expect(out.Resources.Get.Properties.Integration).toEqual({ Type: 'AWS_PROXY', Uri: LAMBDA_URI });
  });

  it('several origins and a non-proxy method: a TemplateError naming why, nothing written', () => {
    const corsOrigin = ['https://app.example.com', 'https://admin.example.com'];
    expect(() =>
      applyToTemplateText(sharedIntegrationTemplate(), 't.yaml', defaultCatalog, { corsOrigin }),
    ).toThrow(/corsOrigin must be one origin or "\*" for non-proxy integration responses, got 2/);
  });

  it('a bad corsOrigin stops with a TemplateError before anything is written', () => {
    expect(() =>
      applyToTemplateText('Resources:\n  Api:\n    Type: AWS::Serverless::Api\n', 't.yaml', defaultCatalog, {
        corsOrigin: 'x y',
      }),
    ).toThrow(/corsOrigin|origin/);
  });
});
