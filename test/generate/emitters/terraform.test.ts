// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Terraform interpolation strings, not JavaScript templates
import { parse } from '@cdktf/hcl2json';
import { describe, expect, it } from '@jest/globals';
import { terraformResourceName } from '../../../src/generate/emitters/terraform.js';
import { emitTerraform, type IntegrationResponsesModel } from '../../../src/generate/index.js';
import { defaultModel, gatewayModel, hostileGatewayModel, hostileModel } from './fixtures.js';

type Block = Record<string, unknown>;
interface ParsedModule {
  variable: Record<string, Block[]>;
  resource: Record<string, Record<string, Block[]>>;
}

/** hcl2json writes Terraform's JSON syntax, where `${` and `%{` stay escaped as `$${` and `%%{`. */
function unescapeTemplateSequences(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (Array.isArray(value)) return value.map(unescapeTemplateSequences);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, unescapeTemplateSequences(item)]),
    );
  }
  return value;
}

async function parsedModule(model: IntegrationResponsesModel): Promise<ParsedModule> {
  return (await parse('main.tf', emitTerraform(model))) as unknown as ParsedModule;
}

function only(blocks: Block[] | undefined): Block {
  expect(blocks).toHaveLength(1);
  return blocks![0]!;
}

const METHOD_REFERENCES = {
  rest_api_id: '${var.rest_api_id}',
  resource_id: '${var.resource_id}',
  http_method: '${var.http_method}',
};

describe('terraform emitter', () => {
  it.each([
    ['the default catalog', defaultModel],
    ['hostile strings', hostileModel],
  ])('writes HCL whose integration responses for %s parse back exactly', async (_, model) => {
    const resources = (await parsedModule(model)).resource;
    const integrationResponses = resources.aws_api_gateway_integration_response ?? {};
    expect(Object.keys(integrationResponses).sort()).toEqual(
      model.integrationResponses.map((response) => terraformResourceName(response.statusCode)).sort(),
    );
    for (const response of model.integrationResponses) {
      const name = terraformResourceName(response.statusCode);
      const block = only(integrationResponses[name]);
      const keys = Object.keys(response.responseTemplates).length;
      expect(unescapeTemplateSequences(block)).toEqual({
        ...METHOD_REFERENCES,
        status_code: `\${aws_api_gateway_method_response.${name}.status_code}`,
        ...(response.selectionPattern === undefined ? {} : { selection_pattern: response.selectionPattern }),
        ...(keys > 0 ? { response_templates: response.responseTemplates } : {}),
        ...(Object.keys(response.responseParameters).length > 0
          ? { response_parameters: response.responseParameters }
          : {}),
        depends_on: ['${aws_api_gateway_integration.lambda}'],
      });
    }
  });

  it('writes one method response per status, with its headers', async () => {
    const methodResponses = (await parsedModule(defaultModel)).resource.aws_api_gateway_method_response ?? {};
    expect(Object.keys(methodResponses)).toHaveLength(defaultModel.methodResponses.length);
    for (const response of defaultModel.methodResponses) {
      expect(only(methodResponses[terraformResourceName(response.statusCode)])).toEqual({
        ...METHOD_REFERENCES,
        status_code: response.statusCode,
        response_parameters: response.responseParameters,
      });
    }
  });

  it('integrates the function as a Lambda custom integration: type AWS, integration method POST', async () => {
    const parsed = await parsedModule(defaultModel);
    expect(only(parsed.resource.aws_api_gateway_integration?.lambda)).toEqual({
      ...METHOD_REFERENCES,
      type: 'AWS',
      integration_http_method: 'POST',
      uri: '${var.lambda_invoke_arn}',
      passthrough_behavior: 'WHEN_NO_MATCH',
    });
    expect(Object.keys(parsed.variable).sort()).toEqual([
      'http_method',
      'lambda_invoke_arn',
      'resource_id',
      'rest_api_id',
    ]);
  });

  it('escapes every ${ and %{ of a template, so Terraform interpolates nothing', () => {
    const text = emitTerraform(hostileModel);
    const quoted = text.match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    const interpolations = quoted.flatMap((literal) => literal.match(/(?<!\$)\$\{|(?<!%)%\{/g) ?? []);
    expect(interpolations).toEqual([]);
    expect(text).toContain('$$${b}');
  });

  it('refuses an integration response without a method response', () => {
    const model = { integrationResponses: defaultModel.integrationResponses, methodResponses: [] };
    expect(() => emitTerraform(model)).toThrow(/integration response 200 has no method response/);
  });
});

describe('terraform emitter: Gateway Responses', () => {
  it.each([
    ['the default catalog', gatewayModel],
    ['hostile strings', hostileGatewayModel],
  ])(
    'writes one aws_api_gateway_gateway_response per type that the HCL parser reads back, for %s',
    async (_, model) => {
      const parsed = await parsedModule(model);
      const resources = parsed.resource.aws_api_gateway_gateway_response ?? {};
      expect(Object.keys(resources)).toHaveLength(21);
      for (const response of model.gatewayResponses ?? []) {
        const block = unescapeTemplateSequences(only(resources[response.responseType.toLowerCase()]));
        expect(block).toEqual({
          rest_api_id: '${var.rest_api_id}',
          response_type: response.responseType,
          ...(response.statusCode === undefined ? {} : { status_code: response.statusCode }),
          response_templates: response.responseTemplates,
          response_parameters: response.responseParameters,
        });
      }
    },
  );

  it('writes none without Gateway Responses', async () => {
    expect((await parsedModule(defaultModel)).resource).not.toHaveProperty(
      'aws_api_gateway_gateway_response',
    );
  });
});
