import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const nodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'lambda-error-map-bundle-'));

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const HANDLER = `
import middy from '@middy/core';
import { defineErrorCatalog, proxyErrorResponse } from ${JSON.stringify(entry)};

const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });

export const handler = middy(async () => {
  throw catalog.error('OrderNotFound', 'order 42 does not exist');
}).use(proxyErrorResponse({ catalog, logger: false }));
`;

const INVOKE = `
const { handler } = await import('./bundle.mjs');
const event = { httpMethod: 'GET', path: '/orders/42', headers: {}, requestContext: { httpMethod: 'GET', path: '/orders/42' } };
const context = { awsRequestId: 'r-1', getRemainingTimeInMillis: () => 3000 };
process.stdout.write(JSON.stringify(await handler(event, context)));
`;

describe('the runtime entry, bundled as a Lambda handler', () => {
  it('bundles with esbuild as minified ESM without build-time code, and runs without a createRequire banner', async () => {
    const source = join(workDir, 'handler.mjs');
    writeFileSync(source, HANDLER);
    const outfile = join(workDir, 'bundle.mjs');
    const result = await build({
      entryPoints: [source],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      minify: true,
      outfile,
      metafile: true,
      nodePaths: [nodeModules],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const buildTime =
      /src\/(generate|testing|engine|cli|serverless)\/|node_modules\/(yaml|velocityjs|http-errors)\//;
    expect(inputs.filter((input) => buildTime.test(input))).toEqual([]);

    const invoke = join(workDir, 'invoke.mjs');
    writeFileSync(invoke, INVOKE);
    const run = spawnSync(process.execPath, [invoke], { encoding: 'utf8', cwd: workDir });
    expect(run.stderr).toBe('');
    const response = JSON.parse(run.stdout) as {
      statusCode: number;
      headers: Record<string, string>;
      body: string;
    };
    expect(response.statusCode).toBe(404);
    expect(response.headers['Content-Type']).toBe('application/problem+json');
    expect(JSON.parse(response.body)).toMatchObject({
      status: 404,
      title: 'Order not found',
      detail: 'order 42 does not exist',
    });
  });
});
