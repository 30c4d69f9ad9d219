// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub strings, not JavaScript templates
/**
 * Methods `apply`, `lint` and `explain` leave alone, each named on one line with why: asynchronous methods
 * (X-Amz-Invocation-Type 'Event', what the Serverless Framework compiles `async: true` to), and methods they
 * cannot read (Fn::If around the integration or its type, a computed Uri, an OpenAPI `$ref` integration, an
 * API whose definition Fn::Transform AWS::Include brings in at deploy time).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { defaultCatalog } from '../../src/index.js';
import { type CliRun, runCliIn, stderrWithoutSizeWarnings } from '../support/run-cli.js';

const URI =
  '!Sub arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${OrdersFunction.Arn}/invocations';

/** A hand-written template in the shapes real stacks have: one method of each kind next to one apply fills. */
const template = `AWSTemplateFormatVersion: "2010-09-09"
Conditions:
  UseProxy: !Equals [!Ref AWS::Region, us-east-1]
Parameters:
  OrdersUri:
    Type: String
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: orders
  GetOrder:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: GET
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: ${URI}
  QueueOrder:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: POST
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: ${URI}
        RequestParameters:
          integration.request.header.X-Amz-Invocation-Type: "'Event'"
        IntegrationResponses:
          - StatusCode: "202"
      MethodResponses:
        - StatusCode: "202"
  PutOrder:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: PUT
      AuthorizationType: NONE
      Integration: !If
        - UseProxy
        - Type: AWS_PROXY
          IntegrationHttpMethod: POST
          Uri: ${URI}
        - Type: AWS
          IntegrationHttpMethod: POST
          Uri: ${URI}
  PatchOrder:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: PATCH
      AuthorizationType: NONE
      Integration:
        Type: !If [UseProxy, AWS_PROXY, AWS]
        IntegrationHttpMethod: POST
        Uri: ${URI}
  DeleteOrder:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: DELETE
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Ref OrdersUri
  ListTables:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: OPTIONS
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Sub arn:\${AWS::Partition}:apigateway:\${AWS::Region}:dynamodb:action/ListTables
        Credentials: !GetAtt ApiRole.Arn
  IncludedApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: s3://my-bucket/openapi.yaml
  ExternalApi:
    Type: AWS::ApiGateway::RestApi
    Properties:
      BodyS3Location:
        Bucket: my-bucket
        Key: external.yaml
`;

/** An OpenAPI document whose integrations are shared through x-amazon-apigateway-integrations and $ref. */
const openApi = `openapi: 3.0.1
info:
  title: orders
  version: "1"
paths:
  /orders:
    get:
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations
    post:
      x-amazon-apigateway-integration:
        $ref: "#/components/x-amazon-apigateway-integrations/orders"
    put:
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations
        requestParameters:
          integration.request.header.X-Amz-Invocation-Type: "'Event'"
  /shared:
    $ref: "#/components/pathItems/shared"
components:
  x-amazon-apigateway-integrations:
    orders:
      type: aws
      httpMethod: POST
      uri: arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations
`;

const serverlessYml = `service: orders
provider:
  name: aws
  runtime: nodejs22.x
functions:
  orders:
    handler: handler.orders
    events:
      - http:
          path: orders
          method: get
          integration: lambda
      - http:
          path: orders
          method: post
          integration: lambda
          async: true
`;

const ASYNC = /asynchronous \(X-Amz-Invocation-Type 'Event'\): Lambda answers 202 at once/;

const templateLines = [
  ['resource QueueOrder (AWS::ApiGateway::Method)', ASYNC],
  [
    'resource PutOrder (AWS::ApiGateway::Method)',
    /its Integration is chosen by Fn::If, which cannot be read before deployment; give each branch its own method resource \(with a Condition\)/,
  ],
  [
    'resource PatchOrder (AWS::ApiGateway::Method)',
    /its Integration Type is chosen by Fn::If, .* write the Type out/,
  ],
  [
    'resource DeleteOrder (AWS::ApiGateway::Method)',
    /its Integration Uri is computed \(Ref\), so whether it invokes Lambda cannot be read; write the Uri with Fn::Sub/,
  ],
  [
    'resource IncludedApi (AWS::Serverless::Api)',
    /its OpenAPI definition is brought in by Fn::Transform AWS::Include from s3:\/\/my-bucket\/openapi\.yaml, so its methods cannot be read here; run apply on that file/,
  ],
  [
    'resource ExternalApi (AWS::ApiGateway::RestApi)',
    /its OpenAPI definition is in BodyS3Location \(s3:\/\/my-bucket\/external\.yaml\), so its methods cannot be read here; run apply on that file/,
  ],
] as const;

const openApiLines = [
  [
    'POST /orders in the OpenAPI document',
    /its x-amazon-apigateway-integration is a \$ref \(#\/components\/x-amazon-apigateway-integrations\/orders\), which cannot be followed; write the integration in the operation/,
  ],
  ['PUT /orders in the OpenAPI document', ASYNC],
  [
    '/shared in the OpenAPI document',
    /the path item is a \$ref \(#\/components\/pathItems\/shared\), which cannot be followed; write its operations in paths/,
  ],
] as const;

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'left-alone-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The one line of `output` that names `where`, with `prefix` before it. */
function lineOf(output: string, prefix: string, where: string): string {
  const lines = output.split('\n').filter((line) => line.startsWith(`${prefix}${where}: `));
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe('apply lists what it leaves alone', () => {
  it('through the API: one reason per method, and only GetOrder filled', () => {
    const result = applyToTemplateText(template, 'template.yaml', defaultCatalog);
    expect(result.methods).toEqual(['resource GetOrder (AWS::ApiGateway::Method)']);
    expect(result.skipped.map((method) => method.where)).toEqual(templateLines.map(([where]) => where));
    for (const [index, [, reason]] of templateLines.entries()) {
      expect(result.skipped[index]?.reason).toMatch(reason);
      expect(result.skipped[index]?.reason).not.toContain('\n');
    }
  });

  it('the asynchronous method is byte for byte as written', () => {
    const { text } = applyToTemplateText(template, 'template.yaml', defaultCatalog);
    const block = (source: string) =>
      source.slice(source.indexOf('  QueueOrder:'), source.indexOf('  PutOrder:'));
    expect(block(text)).toBe(block(template));
  });

  it('through the CLI: one line each after the summary (exit 0)', async () => {
    await writeFile(join(dir, 'template.yaml'), template);
    const run = await cli('apply', '--template', 'template.yaml');
    expect(stderrWithoutSizeWarnings(run.stderr)).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(
      /^lambda-error-map: filled 1 non-proxy Lambda method of template\.yaml/,
    );
    for (const [where, reason] of templateLines) {
      expect(lineOf(run.stdout, 'lambda-error-map: left alone: ', where)).toMatch(reason);
    }
    expect(await readFile(join(dir, 'template.yaml'), 'utf8')).toContain('SelectionPattern');
  });

  it('an OpenAPI document: the $ref integration, the path item $ref and the asynchronous operation', async () => {
    await writeFile(join(dir, 'openapi.yaml'), openApi);
    const run = await cli('apply', '--template', 'openapi.yaml', '--no-gateway-responses');
    expect(run.code).toBe(0);
    for (const [where, reason] of openApiLines) {
      expect(lineOf(run.stdout, 'lambda-error-map: left alone: ', where)).toMatch(reason);
    }
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1 + openApiLines.length);
  });

  it('a template with nothing it can fill is not "no REST API": it lists what it left alone', async () => {
    await writeFile(
      join(dir, 'only-async.yaml'),
      template.slice(0, template.indexOf('  GetOrder:')) +
        template.slice(template.indexOf('  QueueOrder:'), template.indexOf('  PutOrder:')),
    );
    const run = await cli('apply', '--template', 'only-async.yaml', '--no-gateway-responses');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/filled 0 non-proxy Lambda methods/);
    expect(
      lineOf(run.stdout, 'lambda-error-map: left alone: ', 'resource QueueOrder (AWS::ApiGateway::Method)'),
    ).toMatch(ASYNC);
  });
});

describe('lint lists what it does not check', () => {
  it('text: one line each, and GetOrder linted', async () => {
    await writeFile(join(dir, 'lint.yaml'), template);
    const run = await cli('lint', '--template', 'lint.yaml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^GET \/ \(resource GetOrder/m);
    for (const [where, reason] of templateLines) expect(lineOf(run.stdout, '', where)).toMatch(reason);
    expect(lineOf(run.stdout, '', 'resource QueueOrder (AWS::ApiGateway::Method)')).toMatch(
      /\(AWS::ApiGateway::Method\): not checked: asynchronous/,
    );
    expect(run.stdout).toMatch(/6 method\(s\) not checked \(listed above\)\.$/m);
  });

  it('json: a skipped list', async () => {
    await writeFile(join(dir, 'openapi.yaml'), openApi);
    const run = await cli('lint', '--template', 'openapi.yaml', '--format', 'json');
    const report = JSON.parse(run.stdout);
    expect(report.skipped.map((method: { where: string }) => method.where)).toEqual(
      openApiLines.map(([where]) => where),
    );
  });

  it('serverless.yml: an async: true event is named, as the plugin leaves it', async () => {
    await writeFile(join(dir, 'serverless.yml'), serverlessYml);
    const run = await cli('lint', '--template', 'serverless.yml');
    expect(lineOf(run.stdout, '', 'functions.orders (POST /orders)')).toMatch(
      /not checked: asynchronous \(async: true\): Lambda answers 202 at once/,
    );
  });
});

describe('explain names what it does not explain', () => {
  it('the asynchronous method, in one line', async () => {
    await writeFile(join(dir, 'explain.yaml'), template);
    const run = await cli('explain', '--template', 'explain.yaml', '--message', '[404] {}');
    expect(run.code).toBe(0);
    expect(lineOf(run.stdout, '', 'resource QueueOrder (AWS::ApiGateway::Method)')).toMatch(
      /: not explained: asynchronous/,
    );
    const json = JSON.parse(
      (await cli('explain', '--template', 'explain.yaml', '--message', 'x', '--format', 'json')).stdout,
    );
    expect(json.skipped.map((method: { where: string }) => method.where)).toEqual(
      templateLines.map(([where]) => where),
    );
  });
});
