import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import { integrationResponses } from '../../src/generate/integration-responses.js';
import { readServedApi } from '../../src/serve/read-api.js';

const URI = (fn: string) =>
  `!Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${fn}.Arn}/invocations`;

/** A SAM template with one proxy operation on an AWS::Serverless::Api, and `extra` resources. */
function samTemplate(api: string, functionProperties: string, extra = ''): string {
  return `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
${api}
      DefinitionBody:
        openapi: "3.0.1"
        paths:
          /a:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: ${URI('Fn')}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
${functionProperties}
${extra}`;
}

function read(text: string, apiId?: string) {
  return readServedApi(parseTemplate(text, 'template.yaml'), {
    templatePath: '/project/template.yaml',
    ...(apiId === undefined ? {} : { apiId }),
  });
}

describe('readServedApi', () => {
  it("reads a SAM Api's GatewayResponses, its Variables, and a function without CodeUri (the template's directory)", () => {
    const api = read(
      samTemplate(
        `      StageName: prod
      Variables: { table: t1 }
      GatewayResponses:
        THROTTLED:
          StatusCode: "429"
          ResponseParameters:
            Headers:
              Retry-After: "'3'"
          ResponseTemplates:
            application/json: '{"slow": "down"}'`,
        '      Handler: src/app.handler\n      Timeout: "10"\n      MemorySize: 512',
      ),
    );
    expect(api.stageName).toBe('prod');
    expect(api.stageVariables).toEqual({ table: 't1' });
    expect(api.gatewayResponses).toEqual([
      {
        responseType: 'THROTTLED',
        statusCode: '429',
        responseParameters: { 'gatewayresponse.header.Retry-After': "'3'" },
        responseTemplates: { 'application/json': '{"slow": "down"}' },
      },
    ]);
    expect(api.routes).toEqual([
      expect.objectContaining({
        httpMethod: 'GET',
        resourcePath: '/a',
        proxy: true,
        timeoutInMillis: 29000,
        function: {
          logicalId: 'Fn',
          modulePath: '/project/src/app',
          exportName: 'handler',
          timeoutSeconds: 10,
          memoryLimitInMB: 512,
          environment: {},
        },
      }),
    ]);
  });

  it.each([
    [
      'a Handler without an export',
      samTemplate('', '      Handler: app'),
      'Handler "app" is not <file>.<export>',
    ],
    [
      'an integration whose function has no Handler',
      samTemplate('', '      InlineCode: x'),
      'its integration Uri does not name a function of this template with a Handler',
    ],
    [
      'no REST API',
      'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n',
      'the template defines no API',
    ],
    [
      'a standalone OpenAPI document (its functions are ARNs, not handler files)',
      `openapi: "3.0.1"
paths:
  /a:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations
`,
      'GET /a in the OpenAPI document: its integration Uri does not name a function of this template',
    ],
  ])('refuses %s in one line naming the fix', (_, text, message) => {
    expect(() => read(text)).toThrow(message);
  });

  it('refuses a CloudFormation method whose resource path cannot be followed', () => {
    const text = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !ImportValue shared-resource
      HttpMethod: GET
      Integration:
        Type: AWS_PROXY
        Uri: ${URI('Fn')}
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
`;
    expect(() => read(text)).toThrow(
      'resource Method (AWS::ApiGateway::Method): its resource path cannot be followed',
    );
  });

  it("takes the stage from the API's Deployment when there is no Stage", () => {
    const text = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Deployment:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: beta
`;
    const api = read(text, 'Api');
    expect(api.stageName).toBe('beta');
    expect(api.routes).toEqual([]);
  });
});

describe('the SAM fixture', () => {
  it('is what apply writes with the default catalog: applying again changes no byte', async () => {
    const text = await readFile(new URL('./fixtures/sam/template.yaml', import.meta.url), 'utf8');
    expect(applyToTemplateText(text, 'template.yaml', defaultCatalog).text).toBe(text);
  });
});

describe('readServedApi: the parts of a template it skips or refuses', () => {
  it('names the REST APIs there are, or none, when --api names no API of the template', () => {
    expect(() => read('Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n', 'Api')).toThrow(
      '--api Api: the template defines no REST API of that logical id; its REST APIs are none',
    );
    expect(() => read(samTemplate('', '      Handler: app.handler'), 'Other')).toThrow(
      '--api Other: the template defines no REST API of that logical id; its REST APIs are Api',
    );
  });

  it("serves only the chosen API's methods, stage variables that are strings (not lists) and Gateway Responses", () => {
    const text = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Other:
    Type: AWS::ApiGateway::RestApi
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      StageName: live
      Variables: { table: t1, hosts: [a, b] }
  OtherMethod:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Other
      ResourceId: !GetAtt Other.RootResourceId
      HttpMethod: GET
      Integration:
        Type: AWS_PROXY
        Uri: ${URI('Fn')}
  Denied:
    Type: AWS::ApiGateway::GatewayResponse
    Properties:
      RestApiId: !Ref Api
      ResponseType: ACCESS_DENIED
      StatusCode: 403
  OtherDenied:
    Type: AWS::ApiGateway::GatewayResponse
    Properties:
      RestApiId: !Ref Other
      ResponseType: ACCESS_DENIED
      StatusCode: 401
  Unattached:
    Type: AWS::ApiGateway::GatewayResponse
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
`;
    const api = read(text, 'Api');
    expect(api.routes).toEqual([]);
    expect(api.stageName).toBe('live');
    expect(api.stageVariables).toEqual({ table: 't1' });
    expect(api.gatewayResponses).toEqual([
      { responseType: 'ACCESS_DENIED', statusCode: '403', responseParameters: {}, responseTemplates: {} },
    ]);
    expect(read(text, 'Other').routes).toEqual([
      expect.objectContaining({ httpMethod: 'GET', resourcePath: '/', proxy: true }),
    ]);
  });

  it('keeps a SAM Gateway Response whose parts are not maps as a bare response of that type, and skips a resource that is not a map', () => {
    const api = read(
      samTemplate(
        `      StageName: prod
      GatewayResponses:
        DEFAULT_4XX: ~
        UNAUTHORIZED:
          StatusCode: 401
          ResponseParameters: none
        THROTTLED:
          ResponseParameters:
            Headers: none`,
        '      Handler: app.handler',
        '  Placeholder: ~',
      ),
    );
    expect(api.gatewayResponses).toEqual([
      { responseType: 'DEFAULT_4XX', statusCode: undefined, responseParameters: {}, responseTemplates: {} },
      { responseType: 'UNAUTHORIZED', statusCode: '401', responseParameters: {}, responseTemplates: {} },
      { responseType: 'THROTTLED', statusCode: undefined, responseParameters: {}, responseTemplates: {} },
    ]);
    expect(api.routes).toEqual([expect.objectContaining({ httpMethod: 'GET', resourcePath: '/a' })]);
  });

  it("reads a standalone OpenAPI document's Gateway Responses, without a stage", () => {
    const api = read(`openapi: "3.0.1"
paths: {}
x-amazon-apigateway-gateway-responses:
  DEFAULT_5XX: ~
  MISSING_AUTHENTICATION_TOKEN:
    statusCode: 404
    responseTemplates:
      application/json: '{"message": "no such route"}'
`);
    expect(api.stageName).toBeUndefined();
    expect(api.stageVariables).toEqual({});
    expect(api.routes).toEqual([]);
    expect(api.gatewayResponses).toEqual([
      { responseType: 'DEFAULT_5XX', statusCode: undefined, responseParameters: {}, responseTemplates: {} },
      {
        responseType: 'MISSING_AUTHENTICATION_TOKEN',
        statusCode: '404',
        responseParameters: {},
        responseTemplates: { 'application/json': '{"message": "no such route"}' },
      },
    ]);
  });
});

describe('readServedApi on a method whose templates apply stored in Mappings', () => {
  it('serves the template texts the Fn::FindInMap references name', () => {
    const text = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: ${URI('Fn')}
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.handler
`;
    const applied = applyToTemplateText(text, 'template.yaml', defaultCatalog, {
      gatewayResponses: false,
    }).text;
    expect(applied).toContain('!FindInMap [ LambdaErrorMap, ResponseTemplates, Tagged ]');
    const [route] = read(applied).routes;
    expect(route?.responses.integrationResponses).toEqual(
      integrationResponses(defaultCatalog).integrationResponses,
    );
  });
});
