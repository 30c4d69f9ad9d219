// What apply adds to OpenAPI documents about errors (issue 24, item 1): the Problem schema and examples once, and
// problem+json bodies on each filled operation's error responses, in OpenAPI 3.0, 3.1 and Swagger 2 documents.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse, stringify } from 'yaml';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { parseTemplate, plainValue } from '../../src/existing-api/read-template.js';
import { defaultCatalog, defineErrorCatalog, type ErrorCatalog } from '../../src/index.js';
import { LAMBDA_URI } from '../support/aliased-template.js';
import { BARE_STATUSES_WITH_GATEWAY, bareOrdersCatalog } from '../support/orders-catalog.js';
import { runCliIn } from '../support/run-cli.js';
import { validateOpenApi } from '../support/validate-openapi.js';

// biome-ignore lint/suspicious/noExplicitAny: a parsed document, read by property paths the assertions then check
type Tree = Record<string, any>;

const integration = { type: 'aws', httpMethod: 'POST', uri: LAMBDA_URI };
const proxy = { type: 'aws_proxy', httpMethod: 'POST', uri: LAMBDA_URI };
const VALID = { valid: true, message: 'valid' };

function apply(
  text: string,
  name: string,
  catalog: ErrorCatalog = defaultCatalog,
  options = {},
): { text: string; tree: Tree } {
  const once = applyToTemplateText(text, name, catalog, options).text;
  expect(applyToTemplateText(once, name, catalog, options).text).toBe(once);
  return { text: once, tree: plainValue(parseTemplate(once, name).document.contents) as Tree };
}

function openApi3(version: string, extra: Tree = {}): Tree {
  return {
    openapi: version,
    info: { title: 'Orders', version: '1' },
    paths: {
      '/orders/{id}': {
        get: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'The order',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } },
            },
            '404': { description: 'No such order' },
          },
          'x-amazon-apigateway-integration': integration,
        },
        delete: {
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '204': { description: 'Deleted' } },
          'x-amazon-apigateway-integration': proxy,
        },
      },
    },
    components: {
      schemas: { Order: { type: 'object', properties: { id: { type: 'string' } } } },
      responses: { Unauthorized: { description: 'Sign in first' } },
    },
    ...extra,
  };
}

const mediaType = (response: Tree) => response.content['application/problem+json'];

describe('apply on OpenAPI 3 documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lem-apply-problems-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('3.0 YAML through the CLI: valid, the user components kept, a second apply the same bytes', async () => {
    const file = join(dir, 'openapi.yaml');
    writeFileSync(file, `# the orders API\n${stringify(openApi3('3.0.3'))}`);
    expect((await runCliIn(dir, 'apply', '--template', 'openapi.yaml')).code).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect((await runCliIn(dir, 'apply', '--template', 'openapi.yaml')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(once);

    const document = parse(once) as Tree;
    expect(validateOpenApi(document)).toEqual(VALID);
    expect(document.components.schemas.Order).toEqual(openApi3('3.0.3').components.schemas.Order);
    expect(document.components.responses).toEqual(openApi3('3.0.3').components.responses);
    expect(document.components.schemas.Problem.properties.detail).toMatchObject({
      type: 'string',
      nullable: true,
    });
    const { responses } = document.paths['/orders/{id}'].get;
    expect(responses['404'].description).toBe('No such order');
    expect(mediaType(responses['404'])).toEqual({
      schema: { $ref: '#/components/schemas/Problem' },
      examples: {
        'Problem.NotFound': { $ref: '#/components/examples/Problem.NotFound' },
        'Problem.gateway-RESOURCE_NOT_FOUND': {
          $ref: '#/components/examples/Problem.gateway-RESOURCE_NOT_FOUND',
        },
      },
    });
    for (const status of defaultCatalog.statuses) {
      expect(mediaType(responses[String(status)]).schema).toEqual({ $ref: '#/components/schemas/Problem' });
    }
    expect(responses['200'].content).toEqual({
      'application/json': { schema: { $ref: '#/components/schemas/Order' } },
    });
    expect(document.paths['/orders/{id}'].delete.responses).toEqual({ '204': { description: 'Deleted' } });
    expect(document.components.examples['Problem.gateway-THROTTLED'].value).toMatchObject({ retryAfter: 1 });
  });

  it('3.1 JSON: valid, a null detail said the 3.1 way', () => {
    const { tree } = apply(JSON.stringify(openApi3('3.1.0'), null, 2), 'openapi.json');
    expect(validateOpenApi(tree)).toEqual(VALID);
    expect(tree.components.schemas.Problem.properties.detail.type).toEqual(['string', 'null']);
    expect(mediaType(tree.paths['/orders/{id}'].get.responses['500']).examples).toHaveProperty([
      'Problem.catch-all',
    ]);
  });

  it("keeps the user's own Problem schema and refers to it", () => {
    const own = { type: 'object', description: 'Our errors', properties: { code: { type: 'string' } } };
    const input = openApi3('3.0.3');
    input.components.schemas.Problem = own;
    const { tree } = apply(JSON.stringify(input), 'openapi.json');
    expect(tree.components.schemas.Problem).toEqual(own);
    expect(mediaType(tree.paths['/orders/{id}'].get.responses['404']).schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
    expect(validateOpenApi(tree)).toEqual(VALID);
  });

  it('keeps a problem+json body the user described with another schema, and a response given by $ref', () => {
    const input = openApi3('3.0.3');
    const own = { schema: { $ref: '#/components/schemas/Order' } };
    input.paths['/orders/{id}'].get.responses['404'].content = { 'application/problem+json': own };
    input.paths['/orders/{id}'].get.responses['401'] = { $ref: '#/components/responses/Unauthorized' };
    const { tree } = apply(JSON.stringify(input), 'openapi.json');
    const { responses } = tree.paths['/orders/{id}'].get;
    expect(responses['404'].content['application/problem+json']).toEqual(own);
    expect(responses['401'].content).toBeUndefined();
  });

  it('replaces the examples it wrote: a kind removed from the catalog leaves none behind', () => {
    const withKind = defineErrorCatalog({ OrderGone: { status: 410 } });
    const first = apply(JSON.stringify(openApi3('3.0.3')), 'openapi.json', withKind);
    expect(first.tree.components.examples).toHaveProperty(['Problem.OrderGone']);
    const input = first.tree;
    input.components.examples.MyExample = { value: { id: '1' } };
    const { tree } = apply(JSON.stringify(input), 'openapi.json');
    expect(tree.components.examples).not.toHaveProperty(['Problem.OrderGone']);
    expect(tree.components.examples.MyExample).toEqual({ value: { id: '1' } });
    expect(Object.keys(tree.components.examples)[0]).toBe('MyExample');
    expect(validateOpenApi(tree)).toEqual(VALID);
  });

  it('adds the statuses only API Gateway sends, and none of them without Gateway Responses', () => {
    const bare = bareOrdersCatalog;
    const text = JSON.stringify(openApi3('3.0.3'));
    const withGateway = apply(text, 'openapi.json', bare).tree.paths['/orders/{id}'].get.responses;
    expect(Object.keys(withGateway)).toEqual(BARE_STATUSES_WITH_GATEWAY);
    expect(withGateway['403'].headers).toEqual({
      'Content-Type': { required: false, schema: { type: 'string' } },
    });
    const without = apply(text, 'openapi.json', bare, { gatewayResponses: false }).tree;
    expect(Object.keys(without.paths['/orders/{id}'].get.responses)).toEqual(['200', '404', '500', '504']);
    expect(Object.keys(without.components.examples).some((name) => name.includes('gateway'))).toBe(false);
    expect(validateOpenApi(without)).toEqual(VALID);
  });
});

describe('apply on Swagger 2 documents', () => {
  const swagger = (extra: Tree = {}): Tree => ({
    swagger: '2.0',
    info: { title: 'Orders', version: '1' },
    paths: {
      '/orders': {
        post: {
          responses: { '201': { description: 'Created' } },
          'x-amazon-apigateway-integration': integration,
        },
      },
    },
    definitions: { Order: { type: 'object' } },
    ...extra,
  });

  it('definitions.Problem, schema and one example per error response, problem+json in produces: valid', () => {
    const { tree } = apply(JSON.stringify(swagger()), 'swagger.json');
    expect(validateOpenApi(tree)).toEqual(VALID);
    expect(tree.definitions.Order).toEqual({ type: 'object' });
    expect(tree.definitions.Problem.properties.detail).toMatchObject({ type: 'string', 'x-nullable': true });
    expect(tree).not.toHaveProperty('components');
    const operation = tree.paths['/orders'].post;
    expect(operation.produces).toEqual(['application/json', 'application/problem+json']);
    expect(operation.responses['404']).toMatchObject({
      schema: { $ref: '#/definitions/Problem' },
      examples: { 'application/problem+json': { title: 'Not Found', status: 404 } },
    });
  });

  it("adds problem+json to the document's produces when the operation has none of its own", () => {
    const { tree } = apply(JSON.stringify(swagger({ produces: ['application/json'] })), 'swagger.json');
    expect(tree.produces).toEqual(['application/json', 'application/problem+json']);
    expect(tree.paths['/orders'].post).not.toHaveProperty('produces');
    expect(validateOpenApi(tree)).toEqual(VALID);
  });

  it("adds problem+json to the operation's own produces, once", () => {
    const input = swagger({ produces: ['application/json'] });
    input.paths['/orders'].post.produces = ['application/xml'];
    const { tree } = apply(JSON.stringify(input), 'swagger.json');
    expect(tree.paths['/orders'].post.produces).toEqual(['application/xml', 'application/problem+json']);
    expect(tree.produces).toEqual(['application/json']);
  });

  it("keeps a Swagger 2 response whose schema is the user's", () => {
    const input = swagger();
    input.paths['/orders'].post.responses['404'] = {
      description: 'No such order',
      schema: { $ref: '#/definitions/Order' },
    };
    const { tree } = apply(JSON.stringify(input), 'swagger.json');
    expect(tree.paths['/orders'].post.responses['404']).toMatchObject({
      description: 'No such order',
      schema: { $ref: '#/definitions/Order' },
    });
    expect(tree.paths['/orders'].post.responses['404']).not.toHaveProperty('examples');
  });

  it('SAM DefinitionBody: the components go inside the body, the body stays valid', () => {
    const text = readFileSync(new URL('../existing-api/fixtures/sam-api.yaml', import.meta.url), 'utf8');
    const { text: applied, tree } = apply(text, 'template.yaml');
    const body = tree.Resources.Api.Properties.DefinitionBody;
    expect(body.definitions.Problem.type).toBe('object');
    expect(body.paths['/orders'].post.responses['429'].schema).toEqual({ $ref: '#/definitions/Problem' });
    expect(body.paths['/orders']['x-amazon-apigateway-any-method']).not.toHaveProperty('responses');
    const openApiBody = tree.Resources.BodyApi.Properties.Body;
    expect(Object.keys(openApiBody.components)).toEqual(['schemas', 'examples']);
    // Read as CloudFormation reads YAML (numbers as numbers); the short-form tags only hold strings here.
    const typed = parse(applied, { logLevel: 'silent' }) as Tree;
    for (const [id, key] of [
      ['Api', 'DefinitionBody'],
      ['BodyApi', 'Body'],
    ] as const) {
      const document = { ...typed.Resources[id].Properties[key], info: { title: 'api', version: '1' } };
      expect(validateOpenApi(document)).toEqual(VALID);
    }
  });
});
