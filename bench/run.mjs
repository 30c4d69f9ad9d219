// `npm run bench` (after `npm run build`); `--check` only checks the variants' answers. Knobs: BENCH_ROUNDS, BENCH_TIME_MS, BENCH_COLD_RUNS.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  process.stderr.write('bench: dist/index.js is missing; run `npm run build` first (or `npm run bench`)\n');
  process.exit(2);
}

const { checkBench, runBench } = await import('./lib/main.mjs');
const run = process.argv.includes('--check') ? checkBench : runBench;
await run().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
