/**
 * One merge policy: `apply` on a template and the Serverless plugin on serverless.yml, given the same responses
 * of the user and the same catalog, end with the same integration responses (read back with the one reader).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { readTemplateApi } from '../../src/existing-api/existing-method.js';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import { readServerlessApi } from '../../src/existing-api/serverless-config.js';
import type { StatusCodeConfig } from '../../src/existing-api/serverless-events.js';
import { integrationResponses } from '../../src/generate/index.js';
import type { IntegrationResponseModel } from '../../src/generate/model.js';
import { defineErrorCatalog } from '../../src/index.js';
import LambdaErrorMapPlugin from '../../src/serverless/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'serverless', 'fixtures');

/** The catalog of ../serverless/fixtures/orders-catalog.mjs, which the plugin loads. */
const ordersCatalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
  OutOfStock: { status: 409, title: 'Out of stock' },
});
const generated404 = integrationResponses(ordersCatalog).integrationResponses.find(
  (response) => response.statusCode === '404',
)?.selectionPattern as string;

/** The user's responses, as serverless.yml `statusCodes` entries. */
type UserResponses = Record<string, StatusCodeConfig>;

function asCloudFormation(user: UserResponses): string {
  const items = Object.entries(user).map(([status, entry]) => ({
    StatusCode: status,
    ...(entry.pattern ? { SelectionPattern: entry.pattern } : {}),
    ...(entry.template === undefined
      ? {}
      : {
          ResponseTemplates:
            typeof entry.template === 'string' ? { 'application/json': entry.template } : entry.template,
        }),
    ...(entry.headers === undefined
      ? {}
      : {
          ResponseParameters: Object.fromEntries(
            Object.entries(entry.headers).map(([name, value]) => [`method.response.header.${name}`, value]),
          ),
        }),
  }));
  return JSON.stringify({
    Resources: {
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders' } },
      GetOrder: {
        Type: 'AWS::ApiGateway::Method',
        Properties: {
          RestApiId: { Ref: 'Api' },
          ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
          HttpMethod: 'GET',
          Integration: {
            Type: 'AWS',
            IntegrationHttpMethod: 'POST',
            Uri: {
              'Fn::Sub':
                // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation !Sub string, not a template literal.
                'arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations',
            },
            IntegrationResponses: items,
          },
          MethodResponses: Object.keys(user).map((status) => ({ StatusCode: status })),
        },
      },
    },
  });
}

function byStatus(responses: readonly IntegrationResponseModel[]): Record<string, IntegrationResponseModel> {
  return Object.fromEntries(responses.map((response) => [response.statusCode, response]));
}

function applied(user: UserResponses, replace: boolean): Record<string, IntegrationResponseModel> {
  const { text } = applyToTemplateText(asCloudFormation(user), 'template.json', ordersCatalog, {
    replace,
    gatewayResponses: false,
  });
  const [method] = readTemplateApi(parseTemplate(text, 'template.json')).methods;
  return byStatus(method?.responses.integrationResponses ?? []);
}

async function packaged(
  user: UserResponses,
  replace: boolean,
): Promise<Record<string, IntegrationResponseModel>> {
  const functions = {
    getOrder: {
      events: [
        {
          http: {
            path: '/',
            method: 'get',
            integration: 'lambda',
            response: { statusCodes: structuredClone(user) },
          },
        },
      ],
    },
  };
  const plugin = new LambdaErrorMapPlugin({
    service: { custom: { lambdaErrorMap: { catalog: 'orders-catalog.mjs', replace } }, functions },
    serviceDir: FIXTURES,
  });
  await plugin.configureHttpEvents();
  const [method] = readServerlessApi({ functions }).methods;
  return byStatus(method?.responses.integrationResponses ?? []);
}

const SUCCESS: UserResponses = {
  201: { pattern: '', template: "$input.json('$.order')", headers: { 'X-Version': "'2'" } },
};

describe('apply and the Serverless plugin merge the user responses alike', () => {
  it("keep the user's success response (its template guarded) and give an entry with the catalog's pattern the catalog's template and headers", async () => {
    const user: UserResponses = {
      ...SUCCESS,
      404: { pattern: generated404, template: 'own', headers: { 'X-Reason': "'missing'" } },
    };
    const fromApply = applied(user, false);
    expect(await packaged(user, false)).toEqual(fromApply);
    expect(fromApply['201']?.responseParameters).toEqual({ 'method.response.header.X-Version': "'2'" });
    expect(fromApply['404']).toEqual(
      integrationResponses(ordersCatalog).integrationResponses.find(
        (response) => response.statusCode === '404',
      ),
    );
  });

  it('refuse hand-written patterns alike, and replace them alike when asked to', async () => {
    const user: UserResponses = {
      ...SUCCESS,
      409: { pattern: '.*Stock.*', template: 'mine' },
      418: { pattern: 'teapot.+' },
    };
    expect(() => applied(user, false)).toThrow('integration response 409 has selection pattern ".*Stock.*"');
    await expect(packaged(user, false)).rejects.toThrow('response.statusCodes.409 has pattern ".*Stock.*"');

    const fromApply = applied(user, true);
    expect(await packaged(user, true)).toEqual(fromApply);
    expect(Object.keys(fromApply)).not.toContain('418');
    expect(fromApply['409']?.responseTemplates).not.toEqual({ 'application/json': 'mine' });
  });
});
