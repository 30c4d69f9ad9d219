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
  'powertools/index': 'src/powertools/index.ts',
  'hono/index': 'src/hono/index.ts',
  'cli/main': 'src/cli/main.ts',
};
/** The entry Lambda functions load: one file, so that a cold start reads and links one module. */
const RUNTIME_ENTRY = 'index';
/** Runtime adapters: one file each, importing the neutral function from the runtime entry (not a copy of it). */
const ADAPTER_ENTRIES = ['powertools/index', 'hono/index'];
/** The module the adapters share with the runtime entry, which re-exports everything of it they use. */
const SHARED_WITH_RUNTIME = /[\\/]web[\\/]problem-response\.js$/;

/** Resolves the adapters' import of the shared module to the runtime entry, `../index.js` from `dist/<name>/`. */
const importSharedFromRuntime = {
  name: 'import-shared-from-runtime',
  setup(build) {
    build.onResolve({ filter: SHARED_WITH_RUNTIME }, () => ({ path: '../index.js', external: true }));
  },
};

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
const { [RUNTIME_ENTRY]: runtimeSource, ...otherEntries } = ENTRIES;
const adapterEntries = Object.fromEntries(ADAPTER_ENTRIES.map((name) => [name, ENTRIES[name]]));
const buildTimeEntries = Object.fromEntries(
  Object.entries(otherEntries).filter(([name]) => !ADAPTER_ENTRIES.includes(name)),
);
await build({ ...common, entryPoints: { [RUNTIME_ENTRY]: runtimeSource } });
await build({ ...common, entryPoints: adapterEntries, plugins: [importSharedFromRuntime] });
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
