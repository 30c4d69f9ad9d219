/**
 * `lint` and `explain` on a serverless.yml that loads lambda-error-map/serverless read it as the plugin will
 * configure it when the service is packaged: the plugin's fill on the events it handles, with its options.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stringify } from 'yaml';
import { type CliRun, runCliIn } from '../support/run-cli.js';

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

const PLUGIN = 'lambda-error-map/serverless';

function service(setup: { plugins?: unknown; lambdaErrorMap?: unknown; http?: object }): string {
  return stringify({
    service: 'orders',
    provider: { name: 'aws', runtime: 'nodejs20.x' },
    ...(setup.plugins === undefined ? {} : { plugins: setup.plugins }),
    custom: { lambdaErrorMap: setup.lambdaErrorMap ?? { catalog: './catalog.mjs' } },
    functions: {
      getOrder: {
        handler: 'handler.getOrder',
        events: [
          { http: { path: 'orders/{id}', method: 'get', integration: 'lambda', ...setup.http } },
          { http: { path: 'orders', method: 'post', integration: 'lambda', async: true } },
          { http: 'GET proxied' },
        ],
      },
    },
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-error-map-lint-plugin-'));
  // A built catalog module, as a service ships it: JavaScript importing the package by name (the source under Jest).
  await writeFile(
    join(dir, 'catalog.mjs'),
    "import { defineErrorCatalog } from 'lambda-error-map';\nexport const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });\n",
  );
  await writeFile(join(dir, 'with-plugin.yml'), service({ plugins: [PLUGIN] }));
  await writeFile(join(dir, 'without-plugin.yml'), service({}));
  await writeFile(
    join(dir, 'modules-form.yml'),
    service({ plugins: { modules: [PLUGIN], localPath: './p' } }),
  );
  await writeFile(
    join(dir, 'options.yml'),
    service({ plugins: [PLUGIN], lambdaErrorMap: { catalog: 'catalog.mjs', catchAllStatus: 502 } }),
  );
  await writeFile(
    join(dir, 'missing-catalog.yml'),
    service({ plugins: [PLUGIN], lambdaErrorMap: { catalog: './build/catalog.js' } }),
  );
  await writeFile(
    join(dir, 'variable.yml'),
    service({ plugins: [PLUGIN], lambdaErrorMap: { catalog: `\${self:custom.catalogPath}` } }),
  );
  await writeFile(
    join(dir, 'conflict.yml'),
    service({
      plugins: [PLUGIN],
      http: { response: { statusCodes: { 200: { pattern: '' }, 418: { pattern: '.*teapot.*' } } } },
    }),
  );
  // The catalog resolves from the file's directory, not the working directory.
  await mkdir(join(dir, 'service'));
  await writeFile(join(dir, 'service', 'catalog.mjs'), "export { catalog } from '../catalog.mjs';\n");
  await writeFile(join(dir, 'service', 'serverless.yml'), service({ plugins: [PLUGIN] }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lint on a service that loads lambda-error-map/serverless', () => {
  it('is clean as the plugin configures it, where the same file without the plugin has findings', async () => {
    const without = await cli('lint', '--template', 'without-plugin.yml');
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('root cause: the Serverless Framework v3 default patterns');

    const run = await cli('lint', '--template', 'with-plugin.yml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('GET /orders/{id} (functions.getOrder (GET /orders/{id})): clean\n');
  });

  it('still names the asynchronous event the plugin leaves alone as not checked', async () => {
    const run = await cli('lint', '--template', 'with-plugin.yml');
    expect(run.stdout).toContain('functions.getOrder (POST /orders): not checked: ');
    expect(run.stdout).toMatch(
      /with-plugin\.yml: 0 finding\(s\) in 1 method\(s\).*; 1 method\(s\) not checked/,
    );
  });

  it.each(['modules-form.yml', 'options.yml', 'service/serverless.yml'])(
    'reads %s as the plugin configures it (plugins.modules, options, catalog beside the file)',
    async (file) => {
      const run = await cli('lint', '--template', file, '--format', 'json');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        clean: true,
        methods: [{ method: 'GET /orders/{id}' }],
      });
    },
  );

  it("applies the plugin's options: catchAllStatus 502 answers an untagged error with 502", async () => {
    const run = await cli('explain', '--template', 'options.yml', '--message', 'boom', '--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).methods[0]).toMatchObject({ responses: [{ statusCode: '502' }] });
  });

  it('explains the file as the plugin configures it: a tagged 404 is answered 404', async () => {
    const tagged = '[404] {"type":"about:blank","title":"Order not found","status":404}';
    const configured = await cli(
      'explain',
      '--template',
      'with-plugin.yml',
      '--message',
      tagged,
      '-f',
      'json',
    );
    expect(configured.code).toBe(0);
    expect(configured.stderr).toBe('');
    expect(JSON.parse(configured.stdout).methods[0]).toMatchObject({
      // The framework's default 404 would pass the error through as application/json.
      responses: [{ statusCode: '404', client: { headers: { 'Content-Type': 'application/problem+json' } } }],
    });
  });

  it.each([
    [
      'missing-catalog.yml',
      /^lambda-error-map: missing-catalog\.yml: custom\.lambdaErrorMap\.catalog: catalog file not found: .*build[/\\]catalog\.js \(resolved from/,
    ],
    ['conflict.yml', /^lambda-error-map: conflict\.yml: .*418/],
  ])(
    'exits 2 with one line when the plugin would stop the build (%s; a .ts catalog: test/cli/main.test.ts)',
    async (file, message) => {
      for (const command of [['lint'], ['explain', '--message', 'x']]) {
        const run = await cli(...command, '--template', file);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(message);
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      }
    },
  );

  it('notes a Serverless variable in custom.lambdaErrorMap in one line and checks the events as written', async () => {
    const run = await cli('lint', '--template', 'variable.yml');
    expect(run.stderr).toBe(
      `lambda-error-map: note: variable.yml: custom.lambdaErrorMap.catalog is a Serverless variable (\${self:custom.catalogPath}) lint cannot resolve, so the http events are checked as written, not as lambda-error-map/serverless will configure them; to check what deploys, run serverless package and lint .serverless/cloudformation-template-update-stack.json\n`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('root cause: the Serverless Framework v3 default patterns');
    const explained = await cli('explain', '--template', 'variable.yml', '--message', 'boom');
    expect(explained.stderr).toBe(run.stderr);
    expect(explained.code).toBe(0);
  });
});
