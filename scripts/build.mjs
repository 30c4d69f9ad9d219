// `npm run build`: each public entry as one ES module (esbuild), code shared between entries in chunks so
// that the catalog classes exist once, and the type declarations from tsc (declarations only).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Output path (without .js) -> source; one per `exports` entry of package.json, plus the CLI's bin. */
export const ENTRIES = {
  index: 'src/index.ts',
  'generate/index': 'src/generate/index.ts',
  'testing/index': 'src/testing/index.ts',
  'serverless/index': 'src/serverless/index.ts',
  'cdk/index': 'src/cdk/index.ts',
  'cli/main': 'src/cli/main.ts',
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  // Chunks sit one level below dist, like the entries, so `new URL('../../package.json', import.meta.url)`
  // means the same from either.
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies stay imports (peers are the user's; yaml and velocityjs are loaded on first use).
  packages: 'external',
  // Linked maps that carry their sources: the package ships no src/.
  sourcemap: 'linked',
  sourcesContent: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const tsc = spawnSync(
  process.execPath,
  [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
