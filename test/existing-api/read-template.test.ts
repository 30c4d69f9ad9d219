// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub strings, not JavaScript templates
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { isScalar } from 'yaml';
import {
  findLambdaMethods,
  findRestApis,
  integrationResponsesOf,
  methodResponsesOf,
} from '../../src/existing-api/find-apis.js';
import { parseTemplate, plainValue, writeTemplate } from '../../src/existing-api/read-template.js';
import { TemplateError } from '../../src/surface/errors.js';

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

describe('parseTemplate and writeTemplate', () => {
  it.each(['orders-api.yaml', 'sam-api.yaml', 'orders-openapi.json'])(
    'writes %s back byte for byte when nothing changed',
    (name) => {
      const text = fixture(name);
      expect(writeTemplate(parseTemplate(text, name))).toBe(text);
    },
  );

  it('keeps short-form tags as tags and reads them in long form', () => {
    const template = parseTemplate(fixture('orders-api.yaml'), 'orders-api.yaml');
    const uri = template.document.getIn(['Resources', 'GetOrders', 'Properties', 'Integration', 'Uri'], true);
    expect(isScalar(uri) && uri.tag).toBe('!Sub');
    expect(plainValue(uri)).toEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${OrdersFunction.Arn}/invocations',
    });
    const parent = template.document.getIn(['Resources', 'OrdersResource', 'Properties', 'ParentId'], true);
    expect(plainValue(parent)).toEqual({ 'Fn::GetAtt': ['OrdersApi', 'RootResourceId'] });
  });

  it('reads YAML scalars as written: 0755 and yes stay as they are', () => {
    const text = 'Resources:\n  A:\n    Type: X\n    Properties: { Mode: 0755, On: yes, Code: "404" }\n';
    const template = parseTemplate(text, 't.yaml');
    expect(plainValue(template.document.getIn(['Resources', 'A', 'Properties'], true))).toEqual({
      Mode: '0755',
      On: 'yes',
      Code: '404',
    });
    expect(writeTemplate(template)).toBe(text);
  });

  it('tells the kinds apart', () => {
    expect(parseTemplate(fixture('orders-api.yaml'), 'a').kind).toBe('cloudformation');
    expect(parseTemplate(fixture('orders-openapi.json'), 'b').kind).toBe('openapi');
    expect(parseTemplate('swagger: "2.0"\npaths: {}\n', 'c').kind).toBe('openapi');
  });

  it.each([
    ['key: [unclosed', /^t\.yaml is not valid YAML: /],
    ['{"Resources": ', /^t\.yaml is not valid JSON: /],
    ['just: a map\n', /^t\.yaml is neither a CloudFormation\/SAM template .* nor an OpenAPI document/],
    ['- a list\n', /^t\.yaml is neither/],
    ['openapi: 2.0\n', /^t\.yaml is neither/],
    [
      'service: s\nprovider: { name: aws }\n',
      /^t\.yaml is a Serverless Framework service.*\[lambda-error-map\/serverless\]/,
    ],
  ])('rejects %j with one line naming the file', (text, message) => {
    expect(() => parseTemplate(text, 't.yaml')).toThrow(TemplateError);
    expect(() => parseTemplate(text, 't.yaml')).toThrow(message);
  });
});

describe('findRestApis and findLambdaMethods', () => {
  it('finds the REST API and every Lambda method of a CloudFormation template, proxy or not', () => {
    const template = parseTemplate(fixture('orders-api.yaml'), 'orders-api.yaml');
    expect(findRestApis(template).map((api) => api.where)).toEqual([
      'resource OrdersApi (AWS::ApiGateway::RestApi)',
    ]);
    const methods = findLambdaMethods(template);
    expect(methods.map((method) => [method.where, method.proxy, method.restApi?.logicalId])).toEqual([
      ['resource GetOrders (AWS::ApiGateway::Method)', false, 'OrdersApi'],
      ['resource PostOrder (AWS::ApiGateway::Method)', false, 'OrdersApi'],
      ['resource DeleteOrder (AWS::ApiGateway::Method)', true, 'OrdersApi'],
    ]);
  });

  it('finds operations inside a SAM DefinitionBody and a RestApi Body, tags or long forms', () => {
    const template = parseTemplate(fixture('sam-api.yaml'), 'sam-api.yaml');
    expect(findRestApis(template).map((api) => [api.type, api.openApi !== undefined])).toEqual([
      ['AWS::Serverless::Api', true],
      ['AWS::ApiGateway::RestApi', true],
    ]);
    expect(findLambdaMethods(template).map((method) => [method.where, method.style, method.proxy])).toEqual([
      ['POST /orders in resource Api (AWS::Serverless::Api)', 'swagger-2', false],
      ['ANY /orders in resource Api (AWS::Serverless::Api)', 'swagger-2', true],
      ['GET /things in resource BodyApi (AWS::ApiGateway::RestApi)', 'openapi-3', false],
    ]);
  });

  it('finds the Lambda operations of a standalone OpenAPI document and skips other integrations', () => {
    const template = parseTemplate(fixture('orders-openapi.json'), 'orders-openapi.json');
    expect(findLambdaMethods(template).map((method) => [method.where, method.proxy])).toEqual([
      ['GET /orders/{id} in the OpenAPI document', false],
      ['DELETE /orders/{id} in the OpenAPI document', true],
    ]);
  });

  it('reads existing responses into the neutral model, in document order', () => {
    const cloudFormation = parseTemplate(fixture('orders-api.yaml'), 'orders-api.yaml');
    const post = findLambdaMethods(cloudFormation)[1]!;
    expect(integrationResponsesOf(post)).toEqual([
      {
        statusCode: '201',
        selectionPattern: undefined,
        responseTemplates: { 'application/json': "$input.json('$')" },
        responseParameters: {},
      },
    ]);
    expect(methodResponsesOf(post)).toEqual([{ statusCode: '201', responseParameters: {} }]);

    const openApi = parseTemplate(fixture('orders-openapi.json'), 'orders-openapi.json');
    const remove = findLambdaMethods(openApi)[1]!;
    expect(methodResponsesOf(remove).map((response) => response.statusCode)).toEqual(['204', '200']);
  });
});
