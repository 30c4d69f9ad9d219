// `npm run build`: each public entry as one ES module (esbuild): the runtime entry as a single file, the
// build-time entries sharing their code in chunks; and the type declarations from tsc (declarations only).
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
/** The entry Lambda functions load: one file, so that a cold start reads and links one module. */
const RUNTIME_ENTRY = 'index';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  outdir: 'dist',
  bundle: true,
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
};

// The runtime entry holds its own copy of the runtime code; the build-time entries share theirs in chunks.
// Two copies of the catalog classes are safe: catalog errors are recognised by a mark, not by instanceof
// (src/catalog/catalog-error.ts), and the build-time entries only read catalogs.
const { [RUNTIME_ENTRY]: runtimeSource, ...buildTimeEntries } = ENTRIES;
await build({ ...common, entryPoints: { [RUNTIME_ENTRY]: runtimeSource } });
await build({
  ...common,
  entryPoints: buildTimeEntries,
  splitting: true,
  // Chunks sit one level below dist, like the entries, so `new URL('../../package.json', import.meta.url)`
  // means the same from either.
  chunkNames: 'chunks/[name]-[hash]',
});

const tsc = spawnSync(
  process.execPath,
  [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
