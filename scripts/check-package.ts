/**
 * `npm run test:package`: packs the current build into a tarball exactly as `npm publish` would upload it, then
 * lints that tarball with publint (warnings count as errors) and Are the Types Wrong? (attw). It does not
 * rebuild (`npm test` has just built; `npm pack` and `npm publish` rebuild through `prepack`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packTarball } from './pack-tarball.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules', '.bin');

/**
 * The package is ESM-only ("type": "module", "import" conditions only): attw's esm-only profile leaves out a
 * CommonJS consumer's resolution (node16 from CJS) and TypeScript's legacy node10 mode, which ignores "exports"
 * and so cannot see the subpaths. Revisit once "exports" gains a "default" condition that require() (Node
 * 20.19+) can load: then the node16 profile (CJS included) is the honest one.
 */
const ATTW_OPTIONS = ['--profile', 'esm-only'];

function run(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`);
  }
}

function pack(destination: string): string {
  const packed = packTarball(ROOT, destination);
  console.log(`packed ${packed.path}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} kB`);
  return packed.path;
}

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('test:package: dist/ is missing, so there is nothing to pack: run npm run build first');
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'lambda-error-map-pack-'));
try {
  const tarball = pack(workDir);
  run(join(BIN, 'publint'), ['run', tarball, '--strict']);
  run(join(BIN, 'attw'), [tarball, ...ATTW_OPTIONS]);
} catch (error) {
  console.error(`test:package: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
