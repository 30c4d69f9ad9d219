// Loads aws-cdk-lib (slow to import) and synthesizes real stacks with lambda-error-map/cdk.
import { describe, expect, it } from '@jest/globals';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Compile, parse } from 'velocityjs';
import {
  addErrorMappedGatewayResponses,
  errorMappedIntegration,
  errorMappedMethodResponses,
  REQUEST_TEMPLATE,
} from '../../src/cdk/index.js';
import { VtlUtil } from '../../src/engine/vtl-util.js';
import {
  findLambdaMethods,
  integrationResponsesOf,
  methodResponsesOf,
} from '../../src/existing-api/find-apis.js';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import { GATEWAY_RESPONSE_TYPES, gatewayResponses } from '../../src/generate/gateway-responses.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';
import { renderMappingTemplate } from '../../src/testing/index.js';
import { CLEAN_PARTITION, partitionCounts } from '../apply/partition-check.js';
import { REQUEST_TEMPLATE_VALUES, requestHolding } from '../support/request-values.js';

const catalog = defineErrorCatalog({
  OrderNotFound: { status: 404 },
  OrderConflict: { status: 409 },
  TooManyOrders: { status: 429, retryAfterSeconds: 30 },
});

function synthesize(): Record<string, unknown> {
  const stack = new Stack(new App(), 'Orders');
  const handler = new LambdaFunction(stack, 'Handler', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({ ok: true });'),
  });
  const api = new RestApi(stack, 'Api');
  const orders = api.root.addResource('orders');
  orders.addMethod('POST', errorMappedIntegration(handler, { catalog, corsOrigin: '*' }), {
    methodResponses: errorMappedMethodResponses({ catalog, corsOrigin: '*' }),
  });
  orders.addResource('{id}').addMethod('GET', errorMappedIntegration(handler, { catalog }), {
    methodResponses: errorMappedMethodResponses({ catalog }),
  });
  return Template.fromStack(stack).toJSON();
}

describe('lambda-error-map/cdk', () => {
  const template = synthesize();
  const methods = findLambdaMethods(parseTemplate(JSON.stringify(template), 'Orders.template.json'));

  it('synthesizes non-proxy Lambda methods whose patterns partition every message under Java', async () => {
    expect(methods.map((method) => method.proxy)).toEqual([false, false]);
    for (const method of methods) {
      const counts = await partitionCounts(
        integrationResponsesOf(method),
        methodResponsesOf(method),
        catalog.statuses,
      );
      expect(counts).toEqual({ corpusSize: counts.corpusSize, ...CLEAN_PARTITION });
    }
  }, 60_000);

  it('declares a method response for every status, with the headers the integration responses map', () => {
    for (const method of methods) {
      const declared = new Map(methodResponsesOf(method).map((response) => [response.statusCode, response]));
      for (const response of integrationResponsesOf(method)) {
        expect(declared.has(response.statusCode)).toBe(true);
        for (const parameter of Object.keys(response.responseParameters)) {
          expect(declared.get(response.statusCode)?.responseParameters).toHaveProperty([parameter]);
        }
      }
    }
    const post = integrationResponsesOf(methods[0]!);
    expect(post.map((response) => response.statusCode)).toEqual(
      ['200', ...new Set([...catalog.statuses, 500, 504])].map(String).sort(),
    );
    expect(
      post.every((r) => r.responseParameters['method.response.header.Access-Control-Allow-Origin'] === "'*'"),
    ).toBe(true);
  });

  it('integrates with type AWS, the request template and no passthrough of unknown content types', () => {
    const resources = Object.values(
      template.Resources as Record<string, { Type: string; Properties: Record<string, unknown> }>,
    );
    const method = resources.find((resource) => resource.Type === 'AWS::ApiGateway::Method')!;
    expect(method.Properties.Integration).toMatchObject({
      Type: 'AWS',
      IntegrationHttpMethod: 'POST',
      PassthroughBehavior: 'WHEN_NO_TEMPLATES',
      RequestTemplates: { 'application/json': REQUEST_TEMPLATE },
    });
  });

  it('lets the caller add integration options and request templates of their own', () => {
    const stack = new Stack(new App(), 'Custom');
    const handler = new LambdaFunction(stack, 'Handler', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => ({});'),
    });
    const integration = errorMappedIntegration(handler, {
      catalog,
      requestTemplate: '{"id": "$input.params(\'id\')"}',
      integration: { requestTemplates: { 'text/plain': '{}' } },
    });
    new RestApi(stack, 'Api').root.addMethod('GET', integration, {
      methodResponses: errorMappedMethodResponses({ catalog }),
    });
    const [method] = Object.values(Template.fromStack(stack).findResources('AWS::ApiGateway::Method'));
    expect((method as { Properties: { Integration: unknown } }).Properties.Integration).toMatchObject({
      RequestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}', 'text/plain': '{}' },
    });
  });

  it('uses the built-in catalog and the default request template when given no options', () => {
    const stack = new Stack(new App(), 'Defaults');
    const handler = new LambdaFunction(stack, 'Handler', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => ({});'),
    });
    new RestApi(stack, 'Api').root.addMethod('GET', errorMappedIntegration(handler), {
      methodResponses: errorMappedMethodResponses(),
    });
    const [method] = Object.values(Template.fromStack(stack).findResources('AWS::ApiGateway::Method'));
    const properties = (
      method as { Properties: { Integration: { IntegrationResponses: { StatusCode: string }[] } } }
    ).Properties;
    expect(properties.Integration).toMatchObject({
      RequestTemplates: { 'application/json': REQUEST_TEMPLATE },
    });
    expect(properties.Integration.IntegrationResponses.map((response) => response.StatusCode)).toEqual(
      ['200', ...defaultCatalog.statuses.map(String)].filter((status, i, all) => all.indexOf(status) === i),
    );
  });

  it('builds a JSON event from the request with its request template', () => {
    const params = {
      path: { id: 'o-1' },
      querystring: { expand: 'lines' },
      header: { 'X-Trace': 'a"b' },
    };
    const context = {
      input: { params: () => params, json: () => JSON.stringify({ quantity: 2 }) },
      util: new VtlUtil(),
      context: { httpMethod: 'GET', resourcePath: '/orders/{id}', requestId: 'r-1', stage: 'prod' },
    };
    const event = JSON.parse(new Compile(parse(REQUEST_TEMPLATE)).render(context));
    expect(event).toEqual({
      body: { quantity: 2 },
      method: 'GET',
      resourcePath: '/orders/{id}',
      path: { id: 'o-1' },
      query: { expand: 'lines' },
      headers: { 'X-Trace': 'a"b' },
      requestId: 'r-1',
      stage: 'prod',
    });
  });

  it.each(Object.entries(REQUEST_TEMPLATE_VALUES))(
    'builds a valid JSON event, in the emulator, for a header, query and path value with %s',
    (_, value) => {
      const { input, event } = requestHolding(value);
      expect(JSON.parse(renderMappingTemplate(REQUEST_TEMPLATE, input).output)).toEqual(event);
    },
  );
});

// biome-ignore lint/suspicious/noExplicitAny: a synthesized resource, read by property paths the assertions then check
type Tree = Record<string, any>;

describe('addErrorMappedGatewayResponses', () => {
  function gatewayResourcesOf(options: Parameters<typeof addErrorMappedGatewayResponses>[1]) {
    const stack = new Stack(new App(), 'Gateway');
    const api = new RestApi(stack, 'Api');
    api.root.addMethod('GET');
    const added = addErrorMappedGatewayResponses(api, options);
    const resources = Template.fromStack(stack).findResources('AWS::ApiGateway::GatewayResponse');
    return { added, resources: Object.values(resources) as { Properties: Tree }[] };
  }

  it('synthesizes one AWS::ApiGateway::GatewayResponse per type with the model status, headers and templates', () => {
    const { added, resources } = gatewayResourcesOf({ catalog, corsOrigin: 'https://app.example.com' });
    const model = gatewayResponses(catalog, { corsOrigin: 'https://app.example.com' });
    expect(added).toHaveLength(Object.keys(GATEWAY_RESPONSE_TYPES).length);
    expect(resources).toHaveLength(model.length);
    const byType = Object.fromEntries(resources.map((r) => [r.Properties.ResponseType, r.Properties]));
    for (const response of model) {
      const properties = byType[response.responseType];
      expect(properties.RestApiId).toEqual({ Ref: expect.stringMatching(/^Api/) });
      expect(properties.StatusCode).toBe(response.statusCode);
      expect(properties.ResponseParameters).toEqual(response.responseParameters);
      expect(properties.ResponseTemplates).toEqual(response.responseTemplates);
    }
    expect(byType.THROTTLED).toMatchObject({
      StatusCode: '429',
      ResponseParameters: {
        'gatewayresponse.header.Content-Type': "'application/problem+json'",
        'gatewayresponse.header.Access-Control-Allow-Origin': "'https://app.example.com'",
        'gatewayresponse.header.Retry-After': "'1'",
      },
    });
    expect(byType.DEFAULT_4XX.StatusCode).toBeUndefined();
    expect(
      JSON.parse(
        String(byType.RESOURCE_NOT_FOUND.ResponseTemplates['application/problem+json'])
          .replaceAll(/\$context\.[A-Za-z.]+/g, 'x')
          .replace('"detail":x', '"detail":null'),
      ),
    ).toMatchObject({ status: 404, requestId: 'x' });
  });

  it('without a corsOrigin sends no CORS header, and rejects a bad option as the generator does', () => {
    const { resources } = gatewayResourcesOf({});
    for (const { Properties } of resources) {
      expect(Object.keys(Properties.ResponseParameters)).not.toContain(
        'gatewayresponse.header.Access-Control-Allow-Origin',
      );
    }
    expect(() => gatewayResourcesOf({ corsOrigin: 'not an origin' })).toThrow(/corsOrigin/);
  });

  it('takes a list of origins for the Gateway Responses (no CORS header), the integration refuses it', () => {
    const corsOrigin = ['https://app.example.com', 'https://admin.example.com'];
    const { resources } = gatewayResourcesOf({ catalog, corsOrigin });
    expect(resources).toHaveLength(Object.keys(GATEWAY_RESPONSE_TYPES).length);
    expect(JSON.stringify(resources)).not.toContain('Access-Control-Allow-Origin');
    const handler = new LambdaFunction(new Stack(new App(), 'Refused'), 'Fn', {
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => ({})'),
    });
    expect(() => errorMappedIntegration(handler, { catalog, corsOrigin })).toThrow(
      /corsOrigin must be one origin or "\*" for non-proxy integration responses, got 2/,
    );
    expect(() => errorMappedMethodResponses({ catalog, corsOrigin })).toThrow(/got 2/);
  });
});
