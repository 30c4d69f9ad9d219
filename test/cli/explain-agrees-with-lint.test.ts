/**
 * `explain` and `lint` agree on one template: what lint reads, explain explains; a method API Gateway would
 * refuse or run ambiguously (a response header its method response does not declare, two default responses)
 * is a finding in both, and explain still answers what it can.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { nonProxyMethodYaml } from '../support/aliased-template.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';

/** Hand-written methods as found in real stacks: a Retry-After mapped but never declared, and two defaults. */
const template = `Resources:
${nonProxyMethodYaml(
  'GetOrder',
  'GET',
  `        IntegrationResponses:
          - StatusCode: "200"
          - StatusCode: "429"
            SelectionPattern: '\\[429\\][\\s\\S]*'
            ResponseParameters:
              method.response.header.Retry-After: "'30'"
              method.response.header.Cache-Control: "'no-store'"
            ResponseTemplates:
              application/json: '{"status": 429}'
`,
  `      MethodResponses:
        - StatusCode: "200"
        - StatusCode: "429"
          ResponseParameters:
            method.response.header.Cache-Control: false
`,
)}${nonProxyMethodYaml(
  'PutOrder',
  'PUT',
  `        IntegrationResponses:
          - StatusCode: "200"
          - StatusCode: "201"
          - StatusCode: "404"
            SelectionPattern: '\\[404\\][\\s\\S]*'
`,
  `      MethodResponses:
        - StatusCode: "200"
        - StatusCode: "201"
        - StatusCode: "404"
`,
)}`;

const UNDECLARED =
  /invalid-configuration \[429\] \(static\): response parameter method\.response\.header\.Retry-After of status 429 is not declared by its method response: API Gateway refuses the deployment/;
const TWO_DEFAULTS = /invalid-configuration \[200, 201\] \(static\): 200 and 201 have no selection pattern/;

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'explain-agrees-'));
  await writeFile(join(dir, 'template.yaml'), template);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lint', () => {
  it('reports the undeclared header and the two defaults as findings', async () => {
    const run = await cli('lint', '--template', 'template.yaml');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(UNDECLARED);
    expect(run.stdout).toMatch(TWO_DEFAULTS);
    expect(run.stdout).not.toMatch(/Cache-Control of status 429 is not declared/);
  });
});

describe('explain', () => {
  it('answers for the undeclared header: the 429 the client gets, declared headers only, and the finding', async () => {
    const run = await cli('explain', '--template', 'template.yaml', '--message', '[429] slow down');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [getOrder] = run.stdout.split(/\n(?=PUT )/);
    expect(getOrder).toContain('GET resource GetOrder (AWS::ApiGateway::Method): selected by its pattern');
    expect(getOrder).toContain('client gets 429, Content-Type: application/json');
    expect(getOrder).toMatch(UNDECLARED);
    const json = JSON.parse(
      (await cli('explain', '--template', 'template.yaml', '--message', '[429] x', '--format', 'json'))
        .stdout,
    );
    expect(json.methods[0].responses[0].client.headers).toEqual({
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
    });
    expect(json.methods[0].findings).toEqual([
      expect.objectContaining({ code: 'invalid-configuration', statuses: ['429'] }),
    ]);
  });

  it('shows both defaults instead of picking one, with the finding', async () => {
    const run = await cli('explain', '--template', 'template.yaml', '--message', 'boom');
    expect(run.code).toBe(0);
    const putOrder = run.stdout.slice(run.stdout.indexOf('PUT '));
    expect(putOrder).toContain('no pattern matches and 2 responses have none: API Gateway uses one of these');
    expect(putOrder).toContain('integration response 200');
    expect(putOrder).toContain('integration response 201');
    expect(putOrder).toMatch(TWO_DEFAULTS);
  });
});
