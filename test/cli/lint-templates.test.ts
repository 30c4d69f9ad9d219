/**
 * lint and explain on CloudFormation/SAM templates, OpenAPI documents and the `.serverless` CloudFormation
 * output: what `generate` and `apply` write lints clean; the Serverless Framework v3 defaults, compiled as
 * `serverless package` writes them, do not.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type CliRun, runCliIn } from '../support/run-cli.js';
import { serverlessDefaultsStack } from '../support/serverless-stack.js';

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lint-templates-'));
  await copyFile('examples/cloudformation/template.yaml', join(dir, 'template.yaml'));
  await copyFile('examples/cloudformation/errors.json', join(dir, 'errors.json'));
  await writeFile(
    join(dir, 'cloudformation-template-update-stack.json'),
    JSON.stringify(serverlessDefaultsStack(), null, 2),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lint on what generate writes', () => {
  it.each([
    ['cloudformation', 'generated.json'],
    ['cloudformation-yaml', 'generated.yaml'],
    ['openapi', 'openapi.yaml'],
  ])('--format %s lints clean (exit 0)', async (format, file) => {
    expect((await cli('generate', '--format', format, '--out', file)).code).toBe(0);
    const run = await cli('lint', '--template', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('lint on what apply writes', () => {
  it('reports the template findings before apply, none after (exit 0), methods named by resource path', async () => {
    const before = await cli('lint', '--template', 'template.yaml', '--format', 'json');
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('"method": "GET /orders/{id}",\n      "origin": "resource GetOrder');
    expect(before.stdout).toContain('"method": "POST /orders",\n      "origin": "resource CreateOrder');
    expect((await cli('apply', '--template', 'template.yaml', '--catalog', 'errors.json')).code).toBe(0);
    const after = await cli('lint', '--template', 'template.yaml');
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
  });
});

describe('lint on the .serverless CloudFormation output of the Serverless Framework v3 defaults', () => {
  it('exits 1 with an overlap and the crash no pattern matches, on the resolved path', async () => {
    const run = await cli('lint', '--template', 'cloudformation-template-update-stack.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('GET /orders/{id} (resource ApiGatewayMethodOrdersIdVarGet');
    expect(run.stdout).toMatch(/ {2}overlap \[400, 401\] \(proven\)/);
    expect(run.stdout).toContain('    crash: "Runtime exited with error: signal: killed"');
  });

  it('explain shows the crash passing through as a 200 (the empty SelectionPattern is the default)', async () => {
    const run = await cli(
      'explain',
      '--template',
      'cloudformation-template-update-stack.json',
      '--message',
      'Runtime exited with error: signal: killed',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      methods: { method: string; responses: { client: { statusCode: number } }[] }[];
    };
    expect(report.methods.map((method) => [method.method, method.responses[0]?.client.statusCode])).toEqual([
      ['GET /orders/{id}', 200],
    ]);
  });

  it('a template whose method is not referenced through resources is named by its logical id', async () => {
    const stack = serverlessDefaultsStack();
    const method = stack.Resources.ApiGatewayMethodOrdersIdVarGet.Properties as Record<string, unknown>;
    method.ResourceId = 'abc123';
    await writeFile(join(dir, 'unresolved.json'), JSON.stringify(stack));
    const run = await cli('lint', '--template', 'unresolved.json', '--format', 'json');
    expect(run.stdout).toContain(
      '"method": "GET resource ApiGatewayMethodOrdersIdVarGet (AWS::ApiGateway::Method)"',
    );
  });

  it('a template that is not valid exits 2 with one line', async () => {
    await writeFile(join(dir, 'broken.json'), '{"Resources": {');
    const run = await cli('lint', '--template', 'broken.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lambda-error-map: broken\.json is not valid/);
    expect(await readFile(join(dir, 'broken.json'), 'utf8')).toBe('{"Resources": {');
  });
});
