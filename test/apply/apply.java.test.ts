// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub strings, not JavaScript templates
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { isScalar, isSeq } from 'yaml';
import {
  findLambdaMethods,
  integrationResponsesOf,
  methodResponsesOf,
} from '../../src/existing-api/find-apis.js';
import { parseTemplate, plainValue } from '../../src/existing-api/read-template.js';
import {
  cloudFormationGatewayResponses,
  gatewayResponseLogicalId,
} from '../../src/generate/emitters/cloudformation.js';
import { openApiGatewayResponses } from '../../src/generate/emitters/openapi.js';
import {
  GATEWAY_RESPONSE_TYPES as GATEWAY_TYPES,
  gatewayResponses,
} from '../../src/generate/gateway-responses.js';
import { guardSuccessTemplate } from '../../src/generate/templates.js';
import { defaultCatalog } from '../../src/index.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';
import { expectEveryNonProxyMethodPartitioned } from './partition-check.js';

const FIXTURES = new URL('../existing-api/fixtures/', import.meta.url);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lem-apply-'));
});

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

function copyFixture(name: string, as = name): string {
  copyFileSync(new URL(name, FIXTURES), join(dir, as));
  return join(dir, as);
}

function read(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

/** The lines of one top-level resource (`  Name:` up to the next resource) of a 2-space YAML template. */
function resourceBlock(text: string, name: string): string {
  const match = new RegExp(`^  ${name}:\\n(?:(?:    .*|\\s*)\\n)*`, 'm').exec(text);
  expect(match).not.toBeNull();
  return match![0];
}

describe('lambda-error-map apply on a CloudFormation YAML template', () => {
  it('fills both non-proxy methods so their patterns partition every message under Java', async () => {
    copyFixture('orders-api.yaml', 't.yaml');
    const result = await cli('apply', '--template', 't.yaml', '--out', 'o.yaml');
    expect(result).toEqual({
      code: 0,
      stdout:
        'lambda-error-map: filled 2 non-proxy Lambda methods of t.yaml into o.yaml; added the Gateway Responses to 1 REST API\n',
      stderr: '',
    });
    await expectEveryNonProxyMethodPartitioned(read('o.yaml'), 'o.yaml', 2);
  }, 60_000);

  it('leaves the proxy method, the tags, the comments and the input file as they were', async () => {
    const input = readFileSync(copyFixture('orders-api.yaml', 't.yaml'), 'utf8');
    await cli('apply', '--template', 't.yaml', '--out', 'o.yaml');
    const output = read('o.yaml');
    expect(read('t.yaml')).toBe(input);
    for (const unchanged of ['DeleteOrder', 'OrdersApi', 'OrdersResource', 'OrdersFunction']) {
      expect(resourceBlock(output, unchanged)).toBe(resourceBlock(input, unchanged));
    }
    expect(output).toContain('# Orders API: two Lambda custom integrations and one proxy integration.\n');
    expect(output).toContain("  # Non-proxy: the function's result is the body.\n");
    const document = parseTemplate(output, 'o.yaml').document;
    const uri = document.getIn(['Resources', 'GetOrders', 'Properties', 'Integration', 'Uri'], true);
    expect(isScalar(uri) && uri.tag).toBe('!Sub');
    const join = document.getIn(['Resources', 'PostOrder', 'Properties', 'Integration', 'Uri'], true);
    expect(isSeq(join) && join.tag).toBe('!Join');
  });

  it("keeps the user's success response and adds a method response for every status", async () => {
    copyFixture('orders-api.yaml', 't.yaml');
    await cli('apply', '--template', 't.yaml', '--out', 'o.yaml');
    const post = findLambdaMethods(parseTemplate(read('o.yaml'), 'o.yaml'))[1]!;
    const responses = integrationResponsesOf(post);
    expect(responses[0]).toEqual({
      statusCode: '201',
      selectionPattern: undefined,
      // Kept, wrapped in the Lambda error guard as every success template is.
      responseTemplates: { 'application/json': guardSuccessTemplate("$input.json('$')") },
      responseParameters: {},
    });
    expect(responses.filter((response) => response.statusCode === '200')).toEqual([]);
    expect(methodResponsesOf(post).map((response) => response.statusCode)).toEqual(
      responses.map((response) => response.statusCode),
    );
    expect(read('o.yaml')).toContain('          - StatusCode: 201 # created\n');
  });

  it('is idempotent: applying to its own output in place changes no byte', async () => {
    copyFixture('orders-api.yaml', 't.yaml');
    await cli('apply', '--template', 't.yaml', '--out', 'o.yaml', '--cors-origin', 'https://app.example.com');
    const once = read('o.yaml');
    const again = await cli('apply', '--template', 'o.yaml', '--cors-origin', 'https://app.example.com');
    expect(again.code).toBe(0);
    expect(read('o.yaml')).toBe(once);
  });

  it('rewrites the template in place without --out', async () => {
    copyFixture('orders-api.yaml', 't.yaml');
    await cli('apply', '--template', 't.yaml', '--out', 'o.yaml');
    expect((await cli('apply', '--template', 't.yaml')).code).toBe(0);
    expect(read('t.yaml')).toBe(read('o.yaml'));
  });

  it("sets the CORS origin on every response of a non-proxy method, the user's success included", async () => {
    copyFixture('orders-api.yaml', 't.yaml');
    await cli('apply', '--template', 't.yaml', '--cors-origin', '*');
    for (const method of findLambdaMethods(parseTemplate(read('t.yaml'), 't.yaml')).filter((m) => !m.proxy)) {
      for (const response of integrationResponsesOf(method)) {
        expect(response.responseParameters['method.response.header.Access-Control-Allow-Origin']).toBe("'*'");
      }
      for (const response of methodResponsesOf(method)) {
        expect(response.responseParameters).toHaveProperty([
          'method.response.header.Access-Control-Allow-Origin',
        ]);
      }
    }
  });
});

describe('lambda-error-map apply on an OpenAPI 3 JSON document', () => {
  it('fills the aws operation, leaves the aws_proxy one byte for byte, and is idempotent', async () => {
    const input = readFileSync(copyFixture('orders-openapi.json', 'api.json'), 'utf8');
    const result = await cli('apply', '--template', 'api.json', '--out', 'out.json');
    expect(result.code).toBe(0);
    const output = read('out.json');
    JSON.parse(output);
    await expectEveryNonProxyMethodPartitioned(output, 'out.json', 1);
    const proxy = /^ {12}"delete": \{\n[\s\S]*?^ {12}\}/m;
    expect(proxy.exec(input)?.[0]).toContain('"type": "aws_proxy"');
    expect(proxy.exec(output)?.[0]).toBe(proxy.exec(input)?.[0]);
    expect(output).toContain(
      '"x-amazon-apigateway-integration": { "type": "mock", "requestTemplates": { "application/json": "{\\"statusCode\\": 200}" } }',
    );
    await cli('apply', '--template', 'out.json');
    expect(read('out.json')).toBe(output);
  }, 60_000);

  it("declares each status with its headers in the operation responses, keeping the user's 200", async () => {
    copyFixture('orders-openapi.json', 'api.json');
    await cli('apply', '--template', 'api.json');
    const document = JSON.parse(read('api.json'));
    const operation = document.paths['/orders/{id}'].get;
    expect(operation.responses['200']).toEqual({ description: 'The order' });
    // Content-Type and Retry-After are set by the template's overrides: no header is mapped, none declared.
    expect(operation.responses['404']).toEqual({
      description: 'Not Found',
      content: {
        'application/problem+json': {
          schema: { $ref: '#/components/schemas/Problem' },
          examples: {
            'Problem.NotFound': { $ref: '#/components/examples/Problem.NotFound' },
            'Problem.gateway-RESOURCE_NOT_FOUND': {
              $ref: '#/components/examples/Problem.gateway-RESOURCE_NOT_FOUND',
            },
          },
        },
      },
    });
    expect(operation['x-amazon-apigateway-integration'].responses.default.statusCode).toBe('200');
  });
});

describe('lambda-error-map apply on SAM DefinitionBody and RestApi Body', () => {
  it('fills the inline Swagger 2 and OpenAPI 3 operations, with !Sub kept', async () => {
    copyFixture('sam-api.yaml', 'template.yaml');
    const origin = ['--cors-origin', 'https://app.example.com'];
    expect((await cli('apply', '--template', 'template.yaml', ...origin)).code).toBe(0);
    const output = read('template.yaml');
    await expectEveryNonProxyMethodPartitioned(output, 'template.yaml', 2);
    expect(output).toContain('                uri: !Sub arn:${AWS::Partition}:apigateway:');
    const document = parseTemplate(output, 'template.yaml').document;
    const swaggerHeaders = document.getIn(
      [
        'Resources',
        'Api',
        'Properties',
        'DefinitionBody',
        'paths',
        '/orders',
        'post',
        'responses',
        '404',
        'headers',
      ],
      false,
    );
    expect(JSON.parse(JSON.stringify(swaggerHeaders))).toEqual({
      'Access-Control-Allow-Origin': { type: 'string' },
    });
  }, 60_000);
});

// biome-ignore lint/suspicious/noExplicitAny: a parsed document, read by property paths the assertions then check
type Tree = Record<string, any>;

describe('lambda-error-map apply adds the Gateway Responses to each REST API', () => {
  const cors = { corsOrigin: 'https://app.example.com' };
  const readYaml = (name: string) =>
    plainValue(parseTemplate(read(name), name).document.contents) as { Resources: Tree };

  it('CloudFormation YAML: GatewayResponse resources on the RestApi, with the CORS origin, byte-identical again', async () => {
    copyFixture('orders-api.yaml', 't.yaml');
    const first = await cli('apply', '--template', 't.yaml', '--cors-origin', cors.corsOrigin);
    expect(first.code).toBe(0);
    const once = read('t.yaml');
    const resources = readYaml('t.yaml').Resources;
    const added = Object.fromEntries(
      Object.entries(resources).filter(([, r]) => r.Type === 'AWS::ApiGateway::GatewayResponse'),
    );
    const expected = Object.fromEntries(
      Object.entries(
        cloudFormationGatewayResponses(gatewayResponses(defaultCatalog, cors), { Ref: 'OrdersApi' }),
      ).map(([id, value]) => [`OrdersApi${id}`, value]),
    );
    expect(added).toEqual(expected);
    expect(added.OrdersApiGatewayResponseThrottled.Properties).toMatchObject({
      RestApiId: { Ref: 'OrdersApi' },
      ResponseType: 'THROTTLED',
      StatusCode: '429',
      ResponseParameters: {
        'gatewayresponse.header.Content-Type': "'application/problem+json'",
        'gatewayresponse.header.Access-Control-Allow-Origin': "'https://app.example.com'",
        'gatewayresponse.header.Retry-After': "'1'",
      },
    });
    expect(added.OrdersApiGatewayResponseDefault4XX.Properties.StatusCode).toBeUndefined();
    expect((await cli('apply', '--template', 't.yaml', '--cors-origin', cors.corsOrigin)).code).toBe(0);
    expect(read('t.yaml')).toBe(once);
  });

  it("keeps the user's own GatewayResponse of a type, under its id or ours, and replaces what apply wrote", async () => {
    const input = readFileSync(new URL('orders-api.yaml', FIXTURES), 'utf8');
    const own = (id: string, type: string) =>
      `  ${id}:\n    Type: AWS::ApiGateway::GatewayResponse\n    Properties:\n      RestApiId: !Ref OrdersApi\n      ResponseType: ${type}\n      StatusCode: '418'\n`;
    writeFileSync(
      join(dir, 't.yaml'),
      `${input.trimEnd()}\n${own('MyThrottled', 'THROTTLED')}${own('OrdersApiGatewayResponseAccessDenied', 'ACCESS_DENIED')}`,
    );
    await cli('apply', '--template', 't.yaml');
    await cli('apply', '--template', 't.yaml', '--cors-origin', '*');
    const resources = readYaml('t.yaml').Resources;
    expect(resources.OrdersApiGatewayResponseThrottled).toBeUndefined();
    expect(resources.MyThrottled.Properties.StatusCode).toBe('418');
    expect(resources.OrdersApiGatewayResponseAccessDenied.Properties).toEqual({
      RestApiId: { Ref: 'OrdersApi' },
      ResponseType: 'ACCESS_DENIED',
      StatusCode: '418',
    });
    expect(
      resources.OrdersApiGatewayResponseQuotaExceeded.Properties.ResponseParameters[
        'gatewayresponse.header.Access-Control-Allow-Origin'
      ],
    ).toBe("'*'");
  });

  it("OpenAPI JSON: x-amazon-apigateway-gateway-responses, the user's own kept, byte-identical again", async () => {
    const input = JSON.parse(readFileSync(new URL('orders-openapi.json', FIXTURES), 'utf8'));
    const mine = { statusCode: '404', responseTemplates: { 'application/json': '{"message":"no route"}' } };
    input['x-amazon-apigateway-gateway-responses'] = { RESOURCE_NOT_FOUND: mine };
    writeFileSync(join(dir, 'api.json'), JSON.stringify(input, null, 2));
    expect((await cli('apply', '--template', 'api.json', '--cors-origin', cors.corsOrigin)).code).toBe(0);
    const once = read('api.json');
    const { RESOURCE_NOT_FOUND, ...generated } = openApiGatewayResponses(
      gatewayResponses(defaultCatalog, cors),
    );
    expect(RESOURCE_NOT_FOUND).toBeDefined();
    expect(JSON.parse(once)['x-amazon-apigateway-gateway-responses']).toEqual({
      RESOURCE_NOT_FOUND: mine,
      ...generated,
    });
    expect((await cli('apply', '--template', 'api.json', '--cors-origin', cors.corsOrigin)).code).toBe(0);
    expect(read('api.json')).toBe(once);
  });

  it('SAM: GatewayResponses on the Serverless Api with headers by name; inline OpenAPI gets the extension', async () => {
    copyFixture('sam-api.yaml', 'template.yaml');
    const origin = ['--cors-origin', 'https://app.example.com'];
    expect((await cli('apply', '--template', 'template.yaml', ...origin)).code).toBe(0);
    const apis = Object.entries(readYaml('template.yaml').Resources).filter(([, r]) =>
      ['AWS::Serverless::Api', 'AWS::ApiGateway::RestApi'].includes(String(r.Type)),
    );
    expect(apis.length).toBeGreaterThan(0);
    for (const [id, api] of apis) {
      const inline = api.Properties.DefinitionBody ?? api.Properties.Body;
      const byType = inline
        ? inline['x-amazon-apigateway-gateway-responses']
        : api.Properties.GatewayResponses;
      expect({ id, types: Object.keys(byType ?? {}).sort() }).toEqual({
        id,
        types: gatewayResponses(defaultCatalog)
          .map((response) => response.responseType)
          .sort(),
      });
    }
    writeFileSync(
      join(dir, 'api.yaml'),
      [
        'Resources:',
        '  Api:',
        '    Type: AWS::Serverless::Api',
        '    Properties:',
        '      StageName: prod',
        '      GatewayResponses:',
        '        UNAUTHORIZED:',
        '          StatusCode: 401',
        '          ResponseParameters:',
        '            Headers:',
        '              WWW-Authenticate: "\'Bearer\'"',
        '',
      ].join('\n'),
    );
    expect((await cli('apply', '--template', 'api.yaml', '--cors-origin', '*')).code).toBe(0);
    const sam = readYaml('api.yaml').Resources.Api.Properties.GatewayResponses;
    expect(sam.UNAUTHORIZED).toEqual({
      StatusCode: '401',
      ResponseParameters: { Headers: { 'WWW-Authenticate': "'Bearer'" } },
    });
    expect(sam.THROTTLED).toEqual({
      StatusCode: '429',
      ResponseParameters: {
        Headers: {
          'Content-Type': "'application/problem+json'",
          'Access-Control-Allow-Origin': "'*'",
          'Retry-After': "'1'",
        },
      },
      ResponseTemplates: gatewayResponses(defaultCatalog).find((r) => r.responseType === 'THROTTLED')!
        .responseTemplates,
    });
    expect(Object.keys(sam)).toHaveLength(Object.keys(GATEWAY_TYPES).length);
  });

  it("adds the GatewayResponse resources to the DependsOn of the API's deployments, once", async () => {
    writeFileSync(
      join(dir, 't.yaml'),
      [
        'Resources:',
        '  Api:',
        '    Type: AWS::ApiGateway::RestApi',
        '  Other:',
        '    Type: AWS::ApiGateway::RestApi',
        '  One:',
        '    Type: AWS::ApiGateway::Deployment',
        '    DependsOn: Mine',
        '    Properties:',
        '      RestApiId: !Ref Api',
        '  Two:',
        '    Type: AWS::ApiGateway::Deployment',
        '    Properties:',
        '      RestApiId: !Ref Api',
        '  OtherDeployment:',
        '    Type: AWS::ApiGateway::Deployment',
        '    Properties:',
        '      RestApiId: !Ref Other',
        '',
      ].join('\n'),
    );
    await cli('apply', '--template', 't.yaml');
    const once = read('t.yaml');
    const resources = readYaml('t.yaml').Resources;
    const ids = (api: string) =>
      Object.keys(GATEWAY_TYPES).map((type) => `${api}${gatewayResponseLogicalId(type)}`);
    expect(resources.One.DependsOn).toEqual(['Mine', ...ids('Api')]);
    expect(resources.Two.DependsOn).toEqual(ids('Api'));
    expect(resources.OtherDeployment.DependsOn).toEqual(ids('Other'));
    await cli('apply', '--template', 't.yaml');
    expect(read('t.yaml')).toBe(once);
  });

  it('--no-gateway-responses adds none', async () => {
    copyFixture('orders-api.yaml', 't.yaml');
    const result = await cli('apply', '--template', 't.yaml', '--no-gateway-responses');
    expect(result.stdout).toBe('lambda-error-map: filled 2 non-proxy Lambda methods of t.yaml\n');
    expect(read('t.yaml')).not.toContain('AWS::ApiGateway::GatewayResponse');
  });
});

describe('lambda-error-map apply on bad input', () => {
  const conflicting = `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Get:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      Integration:
        Type: AWS
        Uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
        IntegrationResponses:
          - StatusCode: 200
          - StatusCode: 404
            SelectionPattern: '.*not found.*'
`;

  it.each([
    [
      'a missing template',
      null,
      'apply --template nope.yaml',
      /^lambda-error-map: cannot read template nope\.yaml: /,
    ],
    ['no --template', null, 'apply', /^lambda-error-map: missing --template: /],
    [
      'a file that is not a template',
      'just: text\n',
      'apply --template t.yaml',
      /t\.yaml is neither a CloudFormation/,
    ],
    [
      'a template without a REST API',
      'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n',
      'apply --template t.yaml',
      /t\.yaml defines no REST API/,
    ],
    [
      'an unreadable catalog',
      'Resources: {}\n',
      'apply --template t.yaml --catalog none.json',
      /catalog file not found/,
    ],
    [
      'a user pattern that overlaps the generated ones',
      conflicting,
      'apply --template t.yaml',
      /resource Get \(AWS::ApiGateway::Method\): integration response 404 has selection pattern "\.\*not found\.\*"/,
    ],
    [
      'a success status the catalog uses for errors',
      conflicting.replace(/ {10}- StatusCode: 404\n.*\n/, '').replace('StatusCode: 200', 'StatusCode: 404'),
      'apply --template t.yaml',
      /the success \(default\) integration response has status 404/,
    ],
    ['a bad CORS origin', conflicting, "apply --template t.yaml --cors-origin it's", /--cors-origin must be/],
    [
      'a generate option',
      'Resources: {}\n',
      'apply --template t.yaml --format openapi',
      /--format is not an option of apply/,
    ],
  ])('%s: one line on stderr, exit 2, the file untouched', async (_, text, command, message) => {
    if (text !== null) writeFileSync(join(dir, 't.yaml'), text);
    const result = await cli(...command.split(' ').map((word) => word.replace("it's", "it's")));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    if (text !== null) expect(read('t.yaml')).toBe(text);
  });
});
