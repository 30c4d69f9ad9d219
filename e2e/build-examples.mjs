// Compiles the example service's TypeScript (examples/) into the ES modules serverless.yml points at:
// one bundle per handler, plus the catalog module the lambda-error-map plugin reads at package time.
// Files are replaced atomically, so a test reading them while another rebuilds never sees half a file.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, '.build', 'examples');
const entries = ['non-proxy', 'proxy', 'catalog'];

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error(
    'e2e:build: the examples import lambda-error-map from dist/, which is missing: run npm run build',
  );
  process.exit(1);
}

const started = performance.now();
const result = await build({
  entryPoints: entries.map((name) => join(root, 'examples', `${name}.ts`)),
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // The Lambda Node.js 22 runtime ships AWS SDK v3; locally it resolves from the repository's node_modules.
  external: ['@aws-sdk/*'],
  // Without tsconfig.json's paths (which point the package's name at src/ for the type check): the handlers'
  // `import ... from 'lambda-error-map'` resolves as in a user's project, through package.json "exports" to dist/.
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
console.log(`examples built into ${outdir} in ${Math.round(performance.now() - started)} ms`);
