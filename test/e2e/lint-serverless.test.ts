/**
 * lint reads serverless.yml as the Serverless Framework v3 compiles it: the real framework (serverless@3.40.0,
 * offline, fake credentials) packages a service with three `integration: lambda` events — no `response`
 * (the framework's default statusCodes), statusCodes without a default, headers and CORS — and the
 * integration and method responses it writes into CloudFormation are the ones lint analyses.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { SERVERLESS_V3_DEFAULT_STATUS_CODES } from '../../src/existing-api/serverless-config.js';
import type { IntegrationResponsesModel } from '../../src/generate/index.js';
import { lintMethods } from '../../src/lint/lint.js';
import { type CloudFormationResponses, fromCloudFormation } from '../../src/testing/index.js';
import { serverlessLintMethods } from '../lint/support.js';
import { ROOT, runCommand, serverless } from './support/example-service.js';

const SERVICE = `service: lint-defaults
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
functions:
  orders:
    handler: handler.orders
    events:
      - http:
          path: orders/{id}
          method: get
          integration: lambda
      - http:
          path: orders
          method: post
          integration: lambda
          response:
            statusCodes:
              404:
                pattern: '.*"status":404.*'
                template: $input.path('$.errorMessage')
              409:
                pattern: '[\\s\\S]*Conflict[\\s\\S]*'
      - http:
          path: orders/{id}
          method: put
          integration: lambda
          cors: true
          response:
            headers:
              Cache-Control: "'no-store'"
            template: $input.path('$')
            statusCodes:
              200:
                pattern: ''
              400:
                pattern: '\\[400\\][\\s\\S]*'
                headers:
                  X-Error: "'bad'"
                template:
                  application/json: '{"error":"bad request"}'
                  text/plain: bad request
      - http: GET proxied
`;

const SETUP_TIMEOUT_MS = 6 * 60 * 1000;
let serviceDir: string;
let compiled: Map<string, IntegrationResponsesModel>;

interface MethodResource {
  Type: string;
  Properties: CloudFormationResponses & { HttpMethod: string; Integration: { Type: string } };
}

beforeAll(async () => {
  const install = await runCommand(process.execPath, [join(ROOT, 'e2e', 'ensure-installed.mjs')]);
  if (install.code !== 0) throw new Error(`installing the Serverless Framework failed:\n${install.output}`);
  serviceDir = mkdtempSync(join(tmpdir(), 'lambda-error-map-lint-sls-'));
  writeFileSync(join(serviceDir, 'serverless.yml'), SERVICE);
  writeFileSync(join(serviceDir, 'handler.js'), 'exports.orders = async () => ({});\n');
  const packaging = await serverless(['package'], serviceDir);
  if (packaging.code !== 0) throw new Error(`serverless package failed:\n${packaging.output}`);
  const template = JSON.parse(
    readFileSync(join(serviceDir, '.serverless', 'cloudformation-template-update-stack.json'), 'utf8'),
  ) as { Resources: Record<string, MethodResource> };
  compiled = new Map(
    Object.values(template.Resources)
      .filter(
        (resource) =>
          resource.Type === 'AWS::ApiGateway::Method' && resource.Properties.Integration.Type === 'AWS',
      )
      .map((resource) => [resource.Properties.HttpMethod, fromCloudFormation(resource.Properties)]),
  );
}, SETUP_TIMEOUT_MS);

afterAll(() => {
  if (serviceDir) rmSync(serviceDir, { recursive: true, force: true });
});

function sorted(model: IntegrationResponsesModel): IntegrationResponsesModel {
  const byStatus = (a: { statusCode: string }, b: { statusCode: string }) =>
    a.statusCode.localeCompare(b.statusCode);
  return {
    integrationResponses: [...model.integrationResponses].sort(byStatus),
    methodResponses: [...model.methodResponses].sort(byStatus),
  };
}

describe('lint reading serverless.yml', () => {
  it('finds the three non-proxy events and leaves the proxy one out', () => {
    const methods = serverlessLintMethods(parse(SERVICE));
    expect(methods.map((method) => `${method.httpMethod} ${method.path}`)).toEqual([
      'GET /orders/{id}',
      'POST /orders',
      'PUT /orders/{id}',
    ]);
    expect([...compiled.keys()].sort()).toEqual(['GET', 'POST', 'PUT']);
  });

  it('computes the integration and method responses the framework compiles, its defaults included', () => {
    for (const method of serverlessLintMethods(parse(SERVICE))) {
      expect([method.httpMethod, sorted(method.integration)]).toEqual([
        method.httpMethod,
        sorted(compiled.get(method.httpMethod) as IntegrationResponsesModel),
      ]);
    }
    const defaults = compiled
      .get('GET')
      ?.integrationResponses.map((response) => [response.statusCode, response.selectionPattern ?? '']);
    expect(Object.fromEntries(defaults ?? [])).toEqual(
      Object.fromEntries(
        Object.entries(SERVERLESS_V3_DEFAULT_STATUS_CODES).map(([status, { pattern }]) => [status, pattern]),
      ),
    );
  });

  it('finds the same problems in the compiled CloudFormation as in serverless.yml', () => {
    const fromYaml = lintMethods(serverlessLintMethods(parse(SERVICE)));
    const fromOutput = lintMethods(
      serverlessLintMethods(parse(SERVICE)).map((method) => ({
        path: method.path,
        httpMethod: method.httpMethod,
        integration: compiled.get(method.httpMethod) as IntegrationResponsesModel,
      })),
    );
    expect(fromOutput.findings.length).toBeGreaterThan(0);
    expect(fromOutput.findings).toEqual(fromYaml.findings);
  });
});
