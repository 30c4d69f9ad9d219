// The CDK example app, synthesized with the real aws-cdk-lib offline.
import { describe, expect, it } from '@jest/globals';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { ordersStack } from '../../examples/cdk/app.js';
import { catalog } from '../../examples/cdk/catalog.js';
import {
  findLambdaMethods,
  integrationResponsesOf,
  methodResponsesOf,
} from '../../src/existing-api/find-apis.js';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import { GATEWAY_RESPONSE_TYPES } from '../../src/generate/gateway-responses.js';
import { CLEAN_PARTITION, partitionCounts } from '../apply/partition-check.js';

describe('examples/cdk', () => {
  it('synthesizes a non-proxy method whose patterns partition every message under Java', async () => {
    const template = Template.fromStack(ordersStack(new App())).toJSON();
    const methods = findLambdaMethods(parseTemplate(JSON.stringify(template), 'Orders.template.json'));
    expect(methods.map((method) => method.proxy)).toEqual([false]);
    const [method] = methods;
    const counts = await partitionCounts(
      integrationResponsesOf(method!),
      methodResponsesOf(method!),
      catalog.statuses,
    );
    expect(counts).toEqual({ corpusSize: counts.corpusSize, ...CLEAN_PARTITION });
  }, 120_000);

  it("gives the REST API the catalog's Gateway Responses, with the CORS origin", () => {
    const template = Template.fromStack(ordersStack(new App()));
    const responses = Object.values(template.findResources('AWS::ApiGateway::GatewayResponse'));
    expect(responses.map((r) => r.Properties.ResponseType).sort()).toEqual(
      Object.keys(GATEWAY_RESPONSE_TYPES).sort(),
    );
    for (const { Properties } of responses) {
      expect(Properties.ResponseParameters['gatewayresponse.header.Access-Control-Allow-Origin']).toBe("'*'");
    }
  });
});
