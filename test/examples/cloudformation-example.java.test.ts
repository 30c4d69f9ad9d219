// The CloudFormation example, filled by the real `apply` command offline, then loaded by aws-cdk-lib's
// cloudformation-include, which reads every property through the CloudFormation resource specification.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnGatewayResponse, CfnMethod } from 'aws-cdk-lib/aws-apigateway';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { loadCatalog } from '../../src/cli/cli-catalog.js';
import { runCli } from '../../src/cli/run-cli.js';
import {
  findLambdaMethods,
  integrationResponsesOf,
  methodResponsesOf,
} from '../../src/existing-api/find-apis.js';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import { gatewayResponseLogicalId } from '../../src/generate/emitters/cloudformation.js';
import { GATEWAY_RESPONSE_TYPES } from '../../src/generate/gateway-responses.js';
import { CLEAN_PARTITION, partitionCounts } from '../apply/partition-check.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/cloudformation/', import.meta.url));

async function applyToCopy(): Promise<{ dir: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'lem-cfn-example-'));
  copyFileSync(join(EXAMPLE, 'template.yaml'), join(dir, 'template.yaml'));
  copyFileSync(join(EXAMPLE, 'errors.json'), join(dir, 'errors.json'));
  const stderr: string[] = [];
  const code = await runCli(['apply', '--template', 'template.yaml', '--catalog', 'errors.json'], {
    stdout: () => undefined,
    stderr: (text) => stderr.push(text),
    cwd: dir,
  });
  expect({ code, stderr }).toEqual({ code: 0, stderr: [] });
  return { dir, text: readFileSync(join(dir, 'template.yaml'), 'utf8') };
}

describe('examples/cloudformation', () => {
  it('after apply, every non-proxy method routes every message to exactly one status under Java', async () => {
    const catalog = await loadCatalog(join(EXAMPLE, 'errors.json'));
    const { text } = await applyToCopy();
    const methods = findLambdaMethods(parseTemplate(text, 'template.yaml'));
    expect(methods.map((method) => [method.where, method.proxy])).toEqual([
      ['resource GetOrder (AWS::ApiGateway::Method)', false],
      ['resource CreateOrder (AWS::ApiGateway::Method)', false],
      ['resource DeleteOrder (AWS::ApiGateway::Method)', true],
    ]);
    for (const method of methods.filter((m) => !m.proxy)) {
      const counts = await partitionCounts(
        integrationResponsesOf(method),
        methodResponsesOf(method),
        catalog.statuses,
      );
      expect({ where: method.where, ...counts }).toEqual({
        where: method.where,
        corpusSize: counts.corpusSize,
        ...CLEAN_PARTITION,
      });
    }
  }, 120_000);

  it('is idempotent: a second apply leaves every byte', async () => {
    const { dir, text } = await applyToCopy();
    await runCli(['apply', '--template', 'template.yaml', '--catalog', 'errors.json'], {
      stdout: () => undefined,
      stderr: () => undefined,
      cwd: dir,
    });
    expect(readFileSync(join(dir, 'template.yaml'), 'utf8')).toBe(text);
  });

  it('loads in cloudformation-include: every filled property is one the resource specification knows', async () => {
    const { dir } = await applyToCopy();
    const stack = new Stack(new App(), 'Orders');
    const included = new CfnInclude(stack, 'Template', { templateFile: join(dir, 'template.yaml') });
    for (const id of ['GetOrder', 'CreateOrder']) {
      const method = included.getResource(id) as CfnMethod;
      const integration = method.integration as CfnMethod.IntegrationProperty;
      const responses = integration.integrationResponses as CfnMethod.IntegrationResponseProperty[];
      expect(responses.length).toBeGreaterThan(3);
      // cloudformation-include files a property the specification does not know under the resource's raw
      // overrides instead of failing: none there means every key apply wrote is a known one.
      expect((method as unknown as { rawOverrides: unknown }).rawOverrides).toEqual({});
      for (const response of responses) {
        expect(typeof response.statusCode).toBe('string');
        expect(typeof response.responseTemplates).toBe('object');
      }
      expect((method.methodResponses as CfnMethod.MethodResponseProperty[]).map((r) => r.statusCode)).toEqual(
        responses.map((r) => r.statusCode),
      );
    }
    for (const type of Object.keys(GATEWAY_RESPONSE_TYPES)) {
      const response = included.getResource(
        `OrdersApi${gatewayResponseLogicalId(type)}`,
      ) as CfnGatewayResponse;
      expect(response.responseType).toBe(type);
      expect((response as unknown as { rawOverrides: unknown }).rawOverrides).toEqual({});
      expect(Object.keys(response.responseTemplates as object)).toContain('application/problem+json');
    }
    const synthesized = Template.fromStack(stack);
    synthesized.resourceCountIs(
      'AWS::ApiGateway::GatewayResponse',
      Object.keys(GATEWAY_RESPONSE_TYPES).length,
    );
    synthesized.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      RestApiId: { Ref: 'OrdersApi' },
      ResponseType: 'THROTTLED',
      StatusCode: '429',
    });
    synthesized.resourceCountIs('AWS::ApiGateway::Method', 3);
    // The stage's deployment is created after the Gateway Responses, so it includes them.
    expect([...synthesized.toJSON().Resources.Deployment.DependsOn].sort()).toEqual(
      [
        'GetOrder',
        'CreateOrder',
        'DeleteOrder',
        ...Object.keys(GATEWAY_RESPONSE_TYPES).map((type) => `OrdersApi${gatewayResponseLogicalId(type)}`),
      ].sort(),
    );
    synthesized.hasResourceProperties('AWS::ApiGateway::Method', {
      HttpMethod: 'DELETE',
      Integration: { Type: 'AWS_PROXY' },
    });
  });
});
