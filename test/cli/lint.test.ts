import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { integrationResponses, serverlessResponse } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

function service(http: Record<string, unknown>): string {
  return stringify({
    service: 'orders',
    provider: { name: 'aws', runtime: 'nodejs20.x' },
    functions: {
      getOrder: {
        handler: 'handler.getOrder',
        events: [{ http: { path: 'orders/{id}', method: 'get', integration: 'lambda', ...http } }],
      },
      proxied: {
        handler: 'handler.proxied',
        events: [{ http: 'GET proxied' }, { http: { path: 'p', method: 'post' } }],
      },
    },
    resources: { Resources: { Bucket: { Type: 'AWS::S3::Bucket' } } },
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-error-map-lint-'));
  await writeFile(join(dir, 'defaults.yml'), service({}));
  await writeFile(
    join(dir, 'generated.yml'),
    service({ response: serverlessResponse(integrationResponses(defaultCatalog)) }),
  );
  await writeFile(join(dir, 'tagged.txt'), '[404] {"type":"about:blank","title":"Not Found","status":404}\n');
  await writeFile(join(dir, 'broken.yml'), 'service: [unclosed');
  await writeFile(join(dir, 'other.yml'), 'just: a mapping\n');
  await writeFile(
    join(dir, 'variable.yml'),
    service({
      response: { statusCodes: { 200: { pattern: '' }, 404: { pattern: `\${self:custom.notFound}` } } },
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lambda-error-map lint', () => {
  it('reports a template that would exhaust memory instead of crashing (exit 1, one finding)', async () => {
    const template = '#foreach($i in [1..400000000])$i#end';
    await writeFile(
      join(dir, 'huge-loop.yml'),
      service({
        response: {
          statusCodes: {
            200: { pattern: '' },
            400: { pattern: '\\[400\\][\\s\\S]*', template: { 'application/json': template } },
          },
        },
      }),
    );
    const run = await cli('lint', '--template', 'huge-loop.yml', '--format', 'json');
    expect(run.code).toBe(1);
    const findings: { code: string }[] = JSON.parse(run.stdout).findings;
    expect(findings.filter((finding) => finding.code === 'template-over-budget')).toHaveLength(1);
  });

  it('exits 1 on the Serverless Framework defaults, with counterexamples', async () => {
    const run = await cli('lint', '--template', 'defaults.yml');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('GET /orders/{id} (functions.getOrder (GET /orders/{id})): ');
    expect(run.stdout).toMatch(
      / {2}overlap \[400, 401\] \(proven\): .*\n {4}pattern: .*\n {4}pattern: .*\n {4}counterexample: "\[400\]\[401\]"|counterexample: "\[401\]\[400\]"/,
    );
    expect(run.stdout).toContain('    crash: "Runtime exited with error: signal: killed"');
    expect(run.stdout).toMatch(/\d+ finding\(s\) in 1 method\(s\): \d+ proven, \d+ sampled, \d+ static\.\n$/);
  });

  it('exits 0 on our generated responses', async () => {
    const run = await cli('lint', '--template', 'generated.yml');
    expect(run).toEqual({
      code: 0,
      stdout:
        'GET /orders/{id} (functions.getOrder (GET /orders/{id})): clean\ngenerated.yml: 0 finding(s) in 1 method(s): 0 proven, 0 sampled, 0 static.\n',
      stderr: '',
    });
  });

  it('writes JSON for CI with --format json', async () => {
    const run = await cli('lint', '-t', 'defaults.yml', '--format', 'json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.clean).toBe(false);
    expect(report.methods).toEqual([
      {
        method: 'GET /orders/{id}',
        origin: 'functions.getOrder (GET /orders/{id})',
        // The line of its `- http:` event in the file.
        line: 9,
        responses: 9,
        sampledPatterns: [],
        unprovenChecks: [],
        rootCause: 'serverless-v3-default-patterns',
      },
    ]);
    expect(report.findings.find((finding: { code: string }) => finding.code === 'unmatched')).toMatchObject({
      counterexample: 'a',
      evidence: 'proven',
    });
    const clean = JSON.parse((await cli('lint', '-t', 'generated.yml', '-f', 'json')).stdout);
    expect(clean).toEqual({
      version: 1,
      clean: true,
      methods: [expect.any(Object)],
      findings: [],
      skipped: [],
    });
  });

  it.each([
    [['lint'], /^lambda-error-map: missing --template/],
    [['lint', '-t', 'missing.yml'], /^lambda-error-map: template not found: missing\.yml/],
    [['lint', '-t', 'broken.yml'], /^lambda-error-map: broken\.yml is not valid YAML or JSON: /],
    [['lint', '-t', 'other.yml'], /^lambda-error-map: other\.yml is neither a serverless\.yml/],
    [
      ['lint', '-t', 'variable.yml'],
      /uses a Serverless variable \(\$\{self:custom\.notFound\}\); run serverless package/,
    ],
    [
      ['lint', '-t', 'defaults.yml', '-f', 'xml'],
      /^lambda-error-map: unknown lint --format "xml": choose text, json or sarif/,
    ],
    [['explain', '-t', 'defaults.yml'], /explain needs exactly one of --message TEXT or --message-file FILE/],
    [['explain', '-t', 'defaults.yml', '-m', 'x', '--message-file', 'tagged.txt'], /exactly one of/],
    [['explain', '-t', 'defaults.yml', '--message-file', 'nope.txt'], /message file not found: nope\.txt/],
    [['lint', '-t', 'defaults.yml', '--catalog', 'errors.json'], /--catalog is not an option of lint/],
    [['lint', '-t', 'defaults.yml', '-m', 'x'], /--message is not an option of lint/],
    [
      ['explain', '-t', 'defaults.yml', '-m', 'x', '--timeout-status', '503'],
      /--timeout-status is not an option of explain/,
    ],
    [['generate', '-f', 'openapi', '-m', 'x'], /--message is not an option of generate/],
    [['apply', '-t', 'template.yaml', '--message-file', 'm.txt'], /--message-file is not an option of apply/],
  ])('exits 2 with one line for %p', async (argv, error) => {
    const run = await cli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(error);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('lambda-error-map explain', () => {
  it('prints the response a tagged message selects, with the body the client gets', async () => {
    const run = await cli('explain', '-t', 'generated.yml', '--message-file', 'tagged.txt');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'errorMessage: "[404] {\\"type\\":\\"about:blank\\",\\"title\\":\\"Not Found\\",\\"status\\":404}"',
        'GET /orders/{id}: selected by its pattern',
        '  integration response 404 (pattern "\\\\[404\\\\] \\\\{[\\\\s\\\\S]*")',
        '    client gets 404, Content-Type: application/problem+json',
        '    body: {"type":"about:blank","title":"Not Found","status":404}',
        '',
      ].join('\n'),
    );
  });

  it('prints every header the client gets: Retry-After beside Content-Type', async () => {
    const run = await cli(
      'explain',
      '-t',
      'generated.yml',
      '-m',
      '[503] {"type":"about:blank","title":"Service Unavailable","status":503,"retryAfter":30}',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '    client gets 503, Content-Type: application/problem+json, Retry-After: 30\n',
    );
  });

  it('shows a coin toss between two statuses, and JSON with --format json', async () => {
    const text = await cli('explain', '-t', 'defaults.yml', '-m', '[500] {"detail":"[404]"}');
    expect(text.stdout).toContain(
      'GET /orders/{id}: several patterns match: API Gateway picks any one of these',
    );
    expect(text.stdout).toContain('  integration response 404');
    expect(text.stdout).toContain('  integration response 500');
    const json = JSON.parse((await cli('explain', '-t', 'defaults.yml', '-m', 'boom', '-f', 'json')).stdout);
    expect(json).toMatchObject({
      errorMessage: 'boom',
      methods: [
        {
          method: 'GET /orders/{id}',
          selection: 'default',
          responses: [{ statusCode: '200', client: { statusCode: 200 } }],
        },
      ],
    });
  });
});
