// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub strings, not JavaScript templates
import { describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import {
  findLambdaMethods,
  integrationResponsesOf,
  methodResponsesOf,
} from '../../src/existing-api/find-apis.js';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import { integrationResponses } from '../../src/generate/index.js';
import { guardSuccessTemplate } from '../../src/generate/templates.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';
import { TemplateError } from '../../src/surface/errors.js';
import { LAMBDA_URI, sharedIntegrationTemplate } from '../support/aliased-template.js';
import { withTemplatesRead } from '../support/template-mappings.js';

function apply(text: string, corsOrigin?: string) {
  return applyToTemplateText(text, 't', defaultCatalog, corsOrigin === undefined ? {} : { corsOrigin });
}

const cloudFormationJson = JSON.stringify(
  {
    Parameters: { ApiId: { Type: 'String' } },
    Resources: {
      Get: {
        Type: 'AWS::ApiGateway::Method',
        Properties: {
          RestApiId: { Ref: 'ApiId' },
          HttpMethod: 'GET',
          Integration: { Type: 'AWS', Uri: LAMBDA_URI, IntegrationResponses: [], RequestTemplates: {} },
          MethodResponses: [],
        },
      },
      Http: {
        Type: 'AWS::ApiGateway::Method',
        Properties: { Integration: { Type: 'HTTP', Uri: 'https://example.com' } },
      },
      Mock: { Type: 'AWS::ApiGateway::Method', Properties: { Integration: { Type: 'MOCK' } } },
      Bare: { Type: 'AWS::ApiGateway::Method' },
      Odd: { Type: 'AWS::ApiGateway::Method', Properties: { Integration: 'none' } },
    },
  },
  null,
  2,
);

describe('apply on a CloudFormation JSON template', () => {
  it('writes JSON with real booleans and strings, keeps the indentation, and is idempotent', () => {
    const once = apply(cloudFormationJson);
    expect(once.methods).toEqual(['resource Get (AWS::ApiGateway::Method)']);
    const template = JSON.parse(once.text);
    const method = template.Resources.Get.Properties;
    expect(withTemplatesRead(method.Integration.IntegrationResponses, template.Mappings)).toEqual(
      integrationResponses(defaultCatalog).integrationResponses.map((response) => ({
        StatusCode: response.statusCode,
        ...(response.selectionPattern === undefined ? {} : { SelectionPattern: response.selectionPattern }),
        ResponseTemplates: response.responseTemplates,
        ...(Object.keys(response.responseParameters).length > 0
          ? { ResponseParameters: response.responseParameters }
          : {}),
      })),
    );
    expect(method.MethodResponses[1]).toEqual({ StatusCode: '400' });
    const withCors = JSON.parse(apply(cloudFormationJson, '*').text).Resources.Get.Properties;
    expect(
      withCors.MethodResponses[1].ResponseParameters['method.response.header.Access-Control-Allow-Origin'],
    ).toBe(false);
    expect(method.Integration.RequestTemplates).toEqual({});
    expect(once.text).toMatch(/^\{\n {2}"Parameters": \{\n/);
    expect(once.text.endsWith('}')).toBe(true);
    expect(apply(once.text).text).toBe(once.text);
  });

  it('fills a method whose REST API is not in the template (a parameter), and skips other integrations', () => {
    const methods = findLambdaMethods(parseTemplate(cloudFormationJson, 't'));
    expect(methods.map((method) => [method.where, method.restApi])).toEqual([
      ['resource Get (AWS::ApiGateway::Method)', undefined],
    ]);
  });
});

describe('apply merging with what the template has', () => {
  const withResponses = (responses: string) => `Resources:
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      Integration:
        Type: aws
        Uri: ${LAMBDA_URI}
        IntegrationResponses:
${responses}`;

  it('refuses two success (default) responses', () => {
    const text = withResponses(
      "          - StatusCode: '200'\n          - StatusCode: '201'\n            SelectionPattern: ''\n",
    );
    expect(() => apply(text)).toThrow(
      new TemplateError(
        't: resource Get (AWS::ApiGateway::Method): integration responses 200 and 201 both have no selection pattern, so both claim the success (default) response; keep one',
      ),
    );
  });

  it('replaces error responses an earlier apply wrote, even for a status the catalog no longer has', () => {
    const text = withResponses(
      "          - StatusCode: '418'\n            SelectionPattern: 'old'\n            ResponseParameters:\n              method.response.header.Content-Type: \"'application/problem+json'\"\n",
    );
    const method = findLambdaMethods(parseTemplate(apply(text).text, 't'))[0]!;
    const statuses = integrationResponsesOf(method).map((response) => response.statusCode);
    expect(statuses).not.toContain('418');
    expect(statuses[0]).toBe('200');
  });

  it('replaces the error responses of an earlier apply of this version for a status the catalog no longer has', () => {
    const teapots = defineErrorCatalog({ Teapot: { status: 418 } });
    const earlier = applyToTemplateText(withResponses(''), 't', teapots).text;
    const statusesOf = (text: string) =>
      integrationResponsesOf(findLambdaMethods(parseTemplate(text, 't'))[0]!).map((r) => r.statusCode);
    expect(statusesOf(earlier)).toContain('418');
    expect(statusesOf(apply(earlier).text)).toEqual(
      integrationResponses(defaultCatalog).integrationResponses.map((response) => response.statusCode),
    );
  });

  it('adds missing headers to a method response the user declared and keeps what else it has', () => {
    const text = `${withResponses("          - StatusCode: '200'\n")}      MethodResponses:
        - StatusCode: '404'
          ResponseModels:
            application/json: Error
`;
    const output = apply(text, '*').text;
    const method = findLambdaMethods(parseTemplate(output, 't'))[0]!;
    const notFound = methodResponsesOf(method).find((response) => response.statusCode === '404');
    expect(notFound?.responseParameters).toEqual({
      'method.response.header.Access-Control-Allow-Origin': false,
    });
    expect(output).toContain('          ResponseModels:\n            application/json: Error\n');
    expect(methodResponsesOf(method)[0]?.statusCode).toBe('404');
  });
});

describe('apply on OpenAPI operations', () => {
  const document = (extra: string) => `openapi: 3.0.1
info: { title: t, version: '1' }
paths:
  /orders:
    parameters: []
    get:
      responses:
        200:
          description: OK
        201: Created
      x-amazon-apigateway-integration:
        type: AWS
        uri: ${LAMBDA_URI}
${extra}    put:
      x-amazon-apigateway-integration:
        type: http
        uri: https://example.com
    post: {}
  /broken: text
`;

  it("adds the CORS header to the user's success response and its operation response", () => {
    const output = apply(
      document("        responses:\n          default:\n            statusCode: '200'\n"),
      'https://app.example.com',
    ).text;
    const [method] = findLambdaMethods(parseTemplate(output, 't'));
    expect(integrationResponsesOf(method!)[0]).toEqual({
      statusCode: '200',
      selectionPattern: undefined,
      responseTemplates: { 'application/json': guardSuccessTemplate("$input.json('$')") },
      responseParameters: {
        'method.response.header.Access-Control-Allow-Origin': "'https://app.example.com'",
      },
    });
    expect(output).toContain(
      '        200:\n          description: OK\n          headers:\n            Access-Control-Allow-Origin:\n              required: false\n              schema:\n                type: string\n',
    );
    expect(apply(output, 'https://app.example.com').text).toBe(output);
  });

  it('gives a response written as text an object it can declare headers in', () => {
    const output = apply(
      document("        responses:\n          default:\n            statusCode: '201'\n"),
      '*',
    ).text;
    expect(output).toContain('        201:\n          description: "201"\n          headers:\n');
  });

  it('ignores a document without paths', () => {
    expect(() => apply('openapi: 3.0.0\ninfo: {}\n')).not.toThrow();
    expect(apply('openapi: 3.0.0\ninfo: {}\n').methods).toEqual([]);
  });
});

describe('apply and the readers follow YAML aliases', () => {
  // Get and Put share one integration through an anchor; Post takes only its URI from an alias.
  const sharedIntegration = `${sharedIntegrationTemplate()}  Post:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      Integration:
        Type: AWS
        Uri: *uri
`;

  it('fills every method whose integration or URI is an alias, with its own method responses', () => {
    const once = apply(sharedIntegration);
    expect(once.methods).toEqual([
      'resource Get (AWS::ApiGateway::Method)',
      'resource Put (AWS::ApiGateway::Method)',
      'resource Post (AWS::ApiGateway::Method)',
    ]);
    const expected = integrationResponses(defaultCatalog);
    for (const method of findLambdaMethods(parseTemplate(once.text, 't'))) {
      expect(integrationResponsesOf(method)).toHaveLength(expected.integrationResponses.length);
      expect(methodResponsesOf(method).map((response) => response.statusCode)).toEqual(
        expected.methodResponses.map((response) => response.statusCode),
      );
    }
    // The aliases stay aliases: the shared integration is written once, where its anchor is.
    expect(once.text).toContain('      Integration: *lambda\n');
    expect(once.text.match(/IntegrationResponses:/g)).toHaveLength(2);
    expect(apply(once.text).text).toBe(once.text);
  });

  it('follows an aliased OpenAPI integration extension', () => {
    const output = apply(`openapi: 3.0.1
info: { title: orders, version: "1" }
paths:
  /orders:
    get:
      x-amazon-apigateway-integration: &lambda
        type: aws
        httpMethod: POST
        uri: ${LAMBDA_URI}
    post:
      x-amazon-apigateway-integration: *lambda
`);
    expect(output.methods).toEqual([
      'GET /orders in the OpenAPI document',
      'POST /orders in the OpenAPI document',
    ]);
    const methods = findLambdaMethods(parseTemplate(output.text, 't'));
    for (const method of methods) expect(methodResponsesOf(method).length).toBeGreaterThan(1);
  });

  it('refuses a recursive alias with a TemplateError instead of overflowing the stack', () => {
    const recursive = `Resources:
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
        Type: AWS
        Uri: &uri [${LAMBDA_URI}, *uri]
`;
    expect(() => apply(recursive)).toThrow(TemplateError);
    expect(() => apply(recursive)).toThrow(/alias \*uri .*contains it/);
  });
});
