// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub and shell strings, not JavaScript templates
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseHcl } from '@cdktf/hcl2json';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  emit,
  gatewayResponses,
  integrationResponses,
  parseFunctionReference,
} from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-error-map-flags-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';
const URI = `arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/${ARN}/invocations`;

describe('generate flags for the generator options', () => {
  it('passes every status, the success template and the CORS origin to the generator', async () => {
    const run = await cli(
      'generate',
      '--format',
      'cdk-json',
      '--success-status',
      '201',
      '--timeout-status',
      '503',
      '--catch-all-status',
      '502',
      '--success-template',
      '{"ok": true}',
      '--cors-origin',
      'https://app.example.com',
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      emit('cdk-json', {
        ...integrationResponses(defaultCatalog, {
          successStatus: 201,
          timeoutStatus: 503,
          catchAllStatus: 502,
          successTemplate: '{"ok": true}',
          corsOrigin: 'https://app.example.com',
        }),
        gatewayResponses: gatewayResponses(defaultCatalog, { corsOrigin: 'https://app.example.com' }),
      }),
    );
  });

  it('writes method, path and function into an OpenAPI operation', async () => {
    const run = await cli(
      'generate',
      '--format',
      'openapi',
      '--http-method',
      'get',
      '--path',
      '/orders/{id}',
      '--function',
      ARN,
    );
    const document = JSON.parse(run.stdout);
    expect(Object.keys(document.paths)).toEqual(['/orders/{id}']);
    expect(document.paths['/orders/{id}'].get['x-amazon-apigateway-integration'].uri).toBe(URI);
  });

  it('writes ANY as the any-method operation', async () => {
    const document = JSON.parse(
      (await cli('generate', '--format', 'openapi', '--http-method', 'ANY')).stdout,
    );
    expect(Object.keys(document.paths['/example'])).toEqual(['x-amazon-apigateway-any-method']);
  });

  it('names a function of the same CloudFormation template by its logical id', async () => {
    const template = JSON.parse(
      (
        await cli(
          'generate',
          '--format',
          'cloudformation',
          '--function',
          'OrdersFunction',
          '--http-method',
          'PUT',
        )
      ).stdout,
    );
    expect(template.Parameters.FunctionArn).toBeUndefined();
    const method = template.Resources.ErrorMappedMethod.Properties;
    expect(method.HttpMethod).toBe('PUT');
    expect(method.Integration.Uri).toEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${OrdersFunction.Arn}/invocations',
    });
    expect(template.Resources.ErrorMappedMethodPermission.Properties.FunctionName).toEqual({
      'Fn::GetAtt': ['OrdersFunction', 'Arn'],
    });
  });

  it('makes an ARN the default of the FunctionArn parameter and uses an invocation URI as written', async () => {
    const byArn = JSON.parse((await cli('generate', '--format', 'cloudformation', '--function', ARN)).stdout);
    expect(byArn.Parameters.FunctionArn.Default).toBe(ARN);
    const byUri = JSON.parse((await cli('generate', '--format', 'cloudformation', '--function', URI)).stdout);
    expect(byUri.Resources.ErrorMappedMethod.Properties.Integration.Uri).toBe(URI);
    expect(byUri.Parameters.FunctionArn.Default).toBe(ARN);
  });

  it('gives the Terraform module variables their defaults, read back by an HCL parser', async () => {
    const run = await cli('generate', '--format', 'terraform', '--http-method', 'GET', '--function', ARN);
    const module = (await parseHcl('main.tf', run.stdout)) as {
      variable: Record<string, [{ default?: string }]>;
    };
    expect(module.variable.http_method?.[0].default).toBe('GET');
    expect(module.variable.lambda_invoke_arn?.[0].default).toBe(URI);
  });

  it('gives the AWS CLI script defaults the environment can still override', async () => {
    const run = await cli('generate', '--format', 'aws-cli', '--http-method', 'DELETE', '--function', ARN);
    expect(run.stdout).toContain(
      `DEFAULT_FUNCTION_ARN='${ARN}'\nFUNCTION_ARN="\${FUNCTION_ARN:-$DEFAULT_FUNCTION_ARN}"\n`,
    );
    expect(run.stdout).toContain(
      `DEFAULT_HTTP_METHOD='DELETE'\nHTTP_METHOD="\${HTTP_METHOD:-$DEFAULT_HTTP_METHOD}"\n`,
    );
  });

  it('--out into a missing folder creates the folder', async () => {
    const run = await cli(
      'generate',
      '--format',
      'terraform',
      '--no-gateway-responses',
      '--out',
      'infra/errors/main.tf',
    );
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await readFile(join(dir, 'infra/errors/main.tf'), 'utf8')).toBe(
      emit('terraform', integrationResponses(defaultCatalog)),
    );
  });
});

describe('generate flags, bad values: one line on stderr, exit 2', () => {
  it.each([
    [['--success-status', 'ok'], /^--success-status must be an integer from 200 to 399, got "ok"/],
    [['--success-status', '404'], /^--success-status must be an integer from 200 to 399, got 404/],
    [['--timeout-status', '200'], /^--timeout-status must be an integer from 400 to 599, got 200/],
    [['--catch-all-status', '5000'], /^--catch-all-status must be an integer from 400 to 599, got 5000/],
    [['--success-template', ' '], /^--success-template must be a non-empty VTL template/],
    [['--cors-origin', "it's"], /^--cors-origin must be a non-empty origin/],
    [
      ['--http-method', 'FETCH'],
      /^--http-method must be one of GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS, ANY, got "FETCH"/,
    ],
    [
      ['--path', 'orders'],
      /^--path must be an API path starting with \/ such as \/orders\/\{id\}, got "orders"/,
    ],
    [
      ['--function', 'arn:aws:s3:::bucket'],
      /^--function: function "arn:aws:s3:::bucket" is not a Lambda function ARN/,
    ],
    [
      ['--function', 'Orders'],
      /^cannot generate openapi: a logical id \(Orders\) names a function of a CloudFormation template/,
    ],
  ])('%j', async (flags, message) => {
    const run = await cli('generate', '--format', 'openapi', ...flags);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^lambda-error-map: [^\n]+\n$/);
    expect(run.stderr.replace(/^lambda-error-map: /, '')).toMatch(message);
  });

  it.each([
    [
      'serverless',
      '--path',
      '/x',
      /^--format serverless has no --path: it writes responses only; --path applies to openapi/,
    ],
    [
      'cdk',
      '--http-method',
      'GET',
      /^--format cdk has no --http-method: .* applies to cloudformation, cloudformation-yaml, openapi, terraform, aws-cli/,
    ],
    ['cloudformation', '--path', '/x', /^--format cloudformation has no --path/],
  ])('--format %s refuses %s instead of dropping it', async (format, flag, value, message) => {
    const run = await cli('generate', '--format', format, flag, value);
    expect(run.code).toBe(2);
    expect(run.stderr.replace(/^lambda-error-map: /, '')).toMatch(message);
  });

  it('apply refuses generate-only flags', async () => {
    const run = await cli('apply', '--template', 'x.yaml', '--path', '/x');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/--path is not an option of apply/),
    });
  });
});

describe('parseFunctionReference', () => {
  it.each([
    [ARN, { kind: 'arn', arn: ARN, invocationUri: URI }],
    [
      `${ARN}:live`,
      { kind: 'arn', arn: `${ARN}:live`, invocationUri: URI.replace('orders/', 'orders:live/') },
    ],
    [URI, { kind: 'uri', arn: ARN, invocationUri: URI }],
    ['OrdersFunction', { kind: 'logical-id', logicalId: 'OrdersFunction' }],
  ])('reads %s', (text, expected) => {
    expect(parseFunctionReference(text)).toEqual(expected);
  });
});
