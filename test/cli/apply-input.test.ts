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
