// Issue 9, item 8: the non-proxy middleware under `node --frozen-intrinsics`, where
// Error.stackTraceLimit cannot be written. The runtime entry is bundled and run in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const nodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'lambda-error-map-frozen-'));

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const HANDLER = `
import middy from '@middy/core';
import { defaultCatalog, taggedErrorMessage } from ${JSON.stringify(entry)};

const handler = middy(async () => {
  throw defaultCatalog.error('Conflict', 'order 42 was edited elsewhere');
}).use(taggedErrorMessage({ logger: false }));

try {
  await handler({}, { awsRequestId: 'r-1' });
} catch (error) {
  process.stdout.write(JSON.stringify({ name: error.name, message: error.message, status: error.status }));
}
`;

describe('taggedErrorMessage under --frozen-intrinsics', () => {
  it('throws the tagged error, not a TypeError about Error.stackTraceLimit', async () => {
    const source = join(workDir, 'handler.mjs');
    writeFileSync(source, HANDLER);
    const outfile = join(workDir, 'bundle.mjs');
    await build({
      entryPoints: [source],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      nodePaths: [nodeModules],
      logLevel: 'silent',
    });
    const run = spawnSync(process.execPath, ['--frozen-intrinsics', '--no-warnings', outfile], {
      encoding: 'utf8',
      cwd: workDir,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      name: 'Conflict',
      message:
        '[409] {"type":"about:blank","title":"Conflict","status":409,"detail":"order 42 was edited elsewhere","requestId":"r-1"}',
      status: 409,
    });
  });
});
