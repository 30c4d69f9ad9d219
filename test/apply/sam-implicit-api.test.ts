// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub strings, not JavaScript templates
/**
 * A SAM template whose REST API is implicit (`Events: Type: Api` on an AWS::Serverless::Function, no
 * AWS::Serverless::Api): SAM creates it as ServerlessRestApi, and `Globals: Api` is the one place that
 * configures it. apply gives it the Gateway Responses there, or refuses in one line where SAM would apply them
 * to an API whose definition has its own.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { GATEWAY_RESPONSE_TYPES } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { TemplateError } from '../../src/surface/errors.js';
import { CLOUDFORMATION_TAGS } from '../support/cloudformation-tags.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';

/** The shape of `sam init`'s hello-world template, with one more route and a Globals section of its own. */
const implicit = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: orders service

Globals:
  Function:
    Timeout: 3
    Runtime: nodejs22.x
  Api:
    GatewayResponses:
      DEFAULT_4XX:
        StatusCode: "400"
        ResponseTemplates:
          application/json: '{"error": "$context.error.messageString"}'

Resources:
  OrdersFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: orders/
      Handler: app.handler
      Events:
        GetOrder:
          Type: Api
          Properties:
            Path: /orders/{id}
            Method: get
        CreateOrder:
          Type: Api
          Properties:
            Path: /orders
            Method: post
Outputs:
  OrdersApi:
    Value: !Sub "https://\${ServerlessRestApi}.execute-api.\${AWS::Region}.amazonaws.com/Prod/orders/"
`;

const explicit = implicit
  .replace(
    '  Api:\n    GatewayResponses:\n      DEFAULT_4XX:',
    '  Unused:\n    GatewayResponses:\n      DEFAULT_4XX:',
  )
  .replace(
    'Resources:\n',
    'Resources:\n  Api:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: Prod\n',
  );

function apply(text: string, options = {}) {
  return applyToTemplateText(text, 'template.yaml', defaultCatalog, options);
}

const read = (text: string) => parse(text, { customTags: CLOUDFORMATION_TAGS });

describe('apply on a SAM template with an implicit API', () => {
  it('adds the Gateway Responses to Globals: Api: GatewayResponses, as it does to an explicit SAM Api', () => {
    const result = apply(implicit);
    expect(result.restApis).toEqual([
      'the implicit API ServerlessRestApi (Events of Type Api on resource OrdersFunction)',
    ]);
    const globals = read(result.text).Globals.Api.GatewayResponses;
    const explicitResponses = read(apply(explicit).text).Resources.Api.Properties.GatewayResponses;
    expect(Object.keys(globals).sort()).toEqual(Object.keys(GATEWAY_RESPONSE_TYPES).sort());
    const { DEFAULT_4XX: userDefault, ...ours } = globals;
    const { DEFAULT_4XX: _, ...expected } = explicitResponses;
    expect(ours).toEqual(expected);
    // The user's own response of a type is kept, as on an explicit Api.
    expect(userDefault).toEqual({
      StatusCode: '400',
      ResponseTemplates: { 'application/json': '{"error": "$context.error.messageString"}' },
    });
    expect(read(result.text).Globals.Function).toEqual({ Timeout: 3, Runtime: 'nodejs22.x' });
    expect(apply(result.text).text).toBe(result.text);
  });

  it('creates Globals: Api when the template has no Globals', () => {
    const bare =
      implicit.slice(0, implicit.indexOf('Globals:')) + implicit.slice(implicit.indexOf('Resources:'));
    const result = apply(bare);
    expect(Object.keys(read(result.text).Globals.Api.GatewayResponses)).toHaveLength(
      Object.keys(GATEWAY_RESPONSE_TYPES).length,
    );
    expect(apply(result.text).text).toBe(result.text);
  });

  it('refuses in one line when SAM would apply Globals to an explicit Api whose definition has its own', () => {
    const withDefinition = implicit.replace(
      'Resources:\n',
      'Resources:\n  AdminApi:\n    Type: AWS::Serverless::Api\n    Properties:\n      StageName: Prod\n      DefinitionUri: admin-openapi.yaml\n',
    );
    expect(() => apply(withDefinition)).toThrow(TemplateError);
    expect(() => apply(withDefinition)).toThrow(
      'template.yaml: the implicit API ServerlessRestApi (Events of Type Api on resource OrdersFunction) gets Gateway Responses only through Globals: Api: GatewayResponses, which SAM would also apply to resource AdminApi (AWS::Serverless::Api), whose definition is its own; give those events RestApiId: !Ref AdminApi (or an AWS::Serverless::Api of their own), or pass --no-gateway-responses',
    );
    // Without Gateway Responses there is nothing to refuse, and nothing is added.
    expect(read(apply(withDefinition, { gatewayResponses: false }).text)).toEqual(read(withDefinition));
  });

  it('an event with RestApiId belongs to that API: no implicit API', () => {
    const routed = explicit
      .replaceAll('            Method: get\n', '            Method: get\n            RestApiId: !Ref Api\n')
      .replaceAll(
        '            Method: post\n',
        '            Method: post\n            RestApiId: !Ref Api\n',
      );
    expect(apply(routed).restApis).toEqual(['resource Api (AWS::Serverless::Api)']);
  });
});

describe('the CLI on an implicit API', () => {
  let dir: string;
  const cli = (...argv: string[]): Promise<CliRun> => runCliIn(dir, ...argv);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sam-implicit-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is no longer told the template "defines no REST API"', async () => {
    await writeFile(join(dir, 'template.yaml'), implicit);
    const run = await cli('apply', '--template', 'template.yaml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'lambda-error-map: filled 0 non-proxy Lambda methods of template.yaml; added the Gateway Responses to 1 REST API\n',
    );
    expect(await readFile(join(dir, 'template.yaml'), 'utf8')).toContain('THROTTLED:');
  });
});
