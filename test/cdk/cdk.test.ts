// The CDK helpers with their defaults, synthesized by aws-cdk-lib on any machine (cdk.java.test.ts checks the
// synthesized patterns under Java and the request template in Velocity).
import { describe, expect, it } from '@jest/globals';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import {
  addErrorMappedGatewayResponses,
  errorMappedIntegration,
  errorMappedMethodResponses,
  REQUEST_TEMPLATE,
} from '../../src/cdk/index.js';
import { integrationResponses } from '../../src/generate/integration-responses.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';

function stackWithApi(): { stack: Stack; api: RestApi; handler: LambdaFunction } {
  const stack = new Stack(new App(), 'Orders');
  const handler = new LambdaFunction(stack, 'Handler', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({ ok: true });'),
  });
  return { stack, api: new RestApi(stack, 'Api'), handler };
}

type MethodProperties = {
  Integration: {
    IntegrationResponses: unknown[];
    RequestTemplates: Record<string, string>;
    PassthroughBehavior: string;
  };
  MethodResponses: unknown[];
};

describe('lambda-error-map/cdk defaults', () => {
  it('fills a method from the built-in catalog, with the request template and WHEN_NO_TEMPLATES', () => {
    const { stack, api, handler } = stackWithApi();
    api.root.addMethod('GET', errorMappedIntegration(handler), {
      methodResponses: errorMappedMethodResponses(),
    });
    const methods = Template.fromStack(stack).findResources('AWS::ApiGateway::Method');
    const [properties] = Object.values(methods).map((method) => method.Properties as MethodProperties);
    const expected = integrationResponses(defaultCatalog);
    expect(properties?.Integration.IntegrationResponses).toHaveLength(expected.integrationResponses.length);
    expect(properties?.MethodResponses).toHaveLength(expected.methodResponses.length);
    expect(properties?.Integration.RequestTemplates).toEqual({ 'application/json': REQUEST_TEMPLATE });
    expect(properties?.Integration.PassthroughBehavior).toBe('WHEN_NO_TEMPLATES');
  });

  it("keeps the user's integration options and extra request templates, but never a proxy integration", () => {
    const { stack, api, handler } = stackWithApi();
    const catalog = defineErrorCatalog({ OrderNotFound: { status: 404 } });
    api.root.addMethod(
      'POST',
      errorMappedIntegration(handler, {
        catalog,
        requestTemplate: '{"body": $input.json(\'$\')}',
        integration: { requestTemplates: { 'text/plain': '{}' }, passthroughBehavior: undefined },
      }),
      { methodResponses: errorMappedMethodResponses({ catalog }) },
    );
    const [properties] = Object.values(
      Template.fromStack(stack).findResources('AWS::ApiGateway::Method'),
    ).map((method) => method.Properties as MethodProperties & { Integration: { Type: string } });
    expect(properties?.Integration.Type).toBe('AWS');
    expect(properties?.Integration.RequestTemplates).toEqual({
      'application/json': '{"body": $input.json(\'$\')}',
      'text/plain': '{}',
    });
    expect(properties?.Integration.IntegrationResponses).toHaveLength(
      integrationResponses(catalog).integrationResponses.length,
    );
  });

  it("adds the built-in catalog's Gateway Responses to a REST API", () => {
    const { stack, api } = stackWithApi();
    api.root.addMethod('GET');
    const added = addErrorMappedGatewayResponses(api);
    const resources = Template.fromStack(stack).findResources('AWS::ApiGateway::GatewayResponse');
    expect(Object.keys(resources)).toHaveLength(added.length);
    expect(added.length).toBeGreaterThan(10);
  });
});
