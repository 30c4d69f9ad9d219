// Bundles the handlers (TypeScript) into the ES modules serverless.yml points at: one bundle per handler,
// plus the catalog module the lambda-error-map plugin reads at package time. `npm run build` runs it.
// Files are replaced atomically, so a reader never sees half a file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, '.build');
const entries = ['non-proxy', 'proxy', 'catalog'];

const started = performance.now();
const result = await build({
  entryPoints: entries.map((name) => join(here, `${name}.ts`)),
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // The Lambda Node.js 22 runtime ships AWS SDK v3; locally it resolves from this directory's node_modules.
  external: ['@aws-sdk/*'],
  // No tsconfig: `import ... from 'lambda-error-map'` resolves through the installed package's "exports".
  tsconfigRaw: {},
  // CommonJS dependencies inside an ES module bundle still call require() for Node's built-ins.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  write: false,
  logLevel: 'warning',
});
mkdirSync(outdir, { recursive: true });
for (const file of result.outputFiles) {
  const staging = `${file.path}.${process.pid}.tmp`;
  writeFileSync(staging, file.contents);
  renameSync(staging, file.path);
}
console.log(`handlers built into ${outdir} in ${Math.round(performance.now() - started)} ms`);
