import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LAMBDA_URI } from '../support/aliased-template.js';
import { runCliIn } from '../support/run-cli.js';

let dir: string;

/** A CloudFormation JSON template with a REST API and `count` unfilled non-proxy Lambda methods. */
function templateWithMethods(count: number): string {
  const resources: Record<string, unknown> = {
    Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders' } },
  };
  for (let i = 0; i < count; i++) {
    resources[`Method${i}`] = {
      Type: 'AWS::ApiGateway::Method',
      Properties: {
        RestApiId: { Ref: 'Api' },
        HttpMethod: 'POST',
        Integration: { Type: 'AWS', IntegrationHttpMethod: 'POST', Uri: LAMBDA_URI },
      },
    };
  }
  return `${JSON.stringify({ Resources: resources }, null, 2)}\n`;
}

async function applyTo(name: string, text: string) {
  await writeFile(join(dir, name), text);
  const run = await runCliIn(dir, 'apply', '--template', name);
  const bytes = Buffer.byteLength(await readFile(join(dir, name), 'utf8'));
  return { ...run, bytes };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-error-map-size-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('apply warns on stderr when the CloudFormation template grows past what CloudFormation accepts', () => {
  it('says nothing while the template fits inline', async () => {
    const run = await applyTo('one.json', templateWithMethods(1));
    expect(run.bytes).toBeLessThanOrEqual(51_200);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });

  it('names the inline limit once the template passes 51,200 bytes, and still writes it', async () => {
    const run = await applyTo('five.json', templateWithMethods(5));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^lambda-error-map: filled 5 non-proxy Lambda methods of five\.json/);
    expect(run.stderr).toBe(
      `lambda-error-map: warning: five.json is ${run.bytes.toLocaleString('en-US')} bytes, over the 51,200 bytes CloudFormation accepts inline: deploy it from S3 (aws cloudformation deploy --s3-bucket, sam deploy, or --template-url)\n`,
    );
  });

  it('warns near 1 MB and over it', async () => {
    const near = await applyTo('near.json', templateWithMethods(105));
    expect(near.bytes).toBeGreaterThanOrEqual(921_600);
    expect(near.bytes).toBeLessThanOrEqual(1_048_576);
    expect(near.stderr).toMatch(
      /^lambda-error-map: warning: near\.json is [\d,]+ bytes, near the 1,048,576 bytes \(1 MB\)[^\n]*\n$/,
    );
    const over = await applyTo('over.json', templateWithMethods(120));
    expect(over.bytes).toBeGreaterThan(1_048_576);
    expect(over.stderr).toMatch(
      /^lambda-error-map: warning: over\.json is [\d,]+ bytes, over the 1,048,576 bytes \(1 MB\) CloudFormation accepts even from S3[^\n]*\n$/,
    );
  }, 60_000);

  it('does not measure an OpenAPI document against CloudFormation limits', async () => {
    const paths: Record<string, unknown> = {};
    for (let i = 0; i < 6; i++) {
      paths[`/orders${i}`] = {
        post: { 'x-amazon-apigateway-integration': { type: 'aws', httpMethod: 'POST', uri: LAMBDA_URI } },
      };
    }
    const run = await applyTo(
      'api.json',
      JSON.stringify({ openapi: '3.0.1', info: { title: 'a', version: '1' }, paths }, null, 2),
    );
    expect(run.bytes).toBeGreaterThan(51_200);
    expect(run).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('generate warns on stderr when its CloudFormation template passes the inline limit', () => {
  beforeAll(async () => {
    const kinds = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [`Kind${400 + i}`, { status: 400 + i }]),
    );
    await writeFile(join(dir, 'big.json'), JSON.stringify(kinds));
  });

  it.each(['cloudformation', 'cloudformation-yaml'])('--format %s, to stdout or to --out', async (format) => {
    const toStdout = await runCliIn(dir, 'generate', '--format', format, '--catalog', 'big.json');
    expect(toStdout.code).toBe(0);
    const bytes = Buffer.byteLength(toStdout.stdout);
    expect(toStdout.stderr).toBe(
      `lambda-error-map: warning: the generated template is ${bytes.toLocaleString('en-US')} bytes, over the 51,200 bytes CloudFormation accepts inline: deploy it from S3 (aws cloudformation deploy --s3-bucket, sam deploy, or --template-url)\n`,
    );
    const toFile = await runCliIn(
      dir,
      'generate',
      '--format',
      format,
      '--catalog',
      'big.json',
      '--out',
      `big.${format}`,
    );
    expect(toFile.stderr).toMatch(new RegExp(`^lambda-error-map: warning: big\\.${format} is `));
  });

  it('says nothing for the default catalog, nor for formats that write no whole template', async () => {
    const small = await runCliIn(dir, 'generate', '--format', 'cloudformation');
    expect(small).toMatchObject({ code: 0, stderr: '' });
    const openApi = await runCliIn(dir, 'generate', '--format', 'openapi', '--catalog', 'big.json');
    expect(Buffer.byteLength(openApi.stdout)).toBeGreaterThan(51_200);
    expect(openApi).toMatchObject({ code: 0, stderr: '' });
  });
});
