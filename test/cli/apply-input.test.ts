import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCliIn } from '../support/run-cli.js';

/** A Serverless Framework v3 service with a non-proxy event and resources of its own, as users write them. */
const SERVICE = `service: orders
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  stage: \${opt:stage, 'dev'}
functions:
  getOrder:
    handler: src/orders.handler
    events:
      - http:
          path: orders/{id}
          method: get
          integration: lambda
resources:
  Resources:
    OrdersTable:
      Type: AWS::DynamoDB::Table
      Properties:
        BillingMode: PAY_PER_REQUEST
        TableName: !Sub 'orders-\${AWS::StackName}'
`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-error-map-apply-input-'));
  await writeFile(join(dir, 'serverless.yml'), SERVICE);
  await writeFile(
    join(dir, 'serverless.json'),
    JSON.stringify({ service: 'orders', provider: { name: 'aws' }, functions: {} }, null, 2),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lambda-error-map apply on a Serverless Framework service file', () => {
  it.each(['serverless.yml', 'serverless.json'])(
    '%s: one line pointing to the plugin, exit 2, nothing written',
    async (file) => {
      const before = await readFile(join(dir, file), 'utf8');
      const run = await runCliIn(dir, 'apply', '--template', file, '--out', 'filled.yml');
      expect(run).toEqual({
        code: 2,
        stdout: '',
        stderr: `lambda-error-map: ${file} is a Serverless Framework service, not a CloudFormation/SAM template or OpenAPI document: add the plugin to it instead (plugins: [lambda-error-map/serverless]), which fills its non-proxy events when the service is packaged (lambda-error-map --help)\n`,
      });
      expect(await readFile(join(dir, file), 'utf8')).toBe(before);
      expect(await readdir(dir)).not.toContain('filled.yml');
    },
  );
});

describe('lambda-error-map apply with several origins on a non-proxy method', () => {
  it('names the option by its flag, --cors-origin, exit 2, nothing written', async () => {
    const template = await readFile(
      new URL('../apply/fixtures/legacy-patterns.yaml', import.meta.url),
      'utf8',
    );
    await writeFile(join(dir, 'api.yaml'), template);
    const origins = 'https://a.example.com,https://b.example.com';
    const run = await runCliIn(dir, 'apply', '--template', 'api.yaml', '--cors-origin', origins);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^lambda-error-map: --cors-origin must be one origin or "\*" for non-proxy integration responses, got 2 [^\n]*\n$/,
    );
    expect(await readFile(join(dir, 'api.yaml'), 'utf8')).toBe(template);
  });
});
