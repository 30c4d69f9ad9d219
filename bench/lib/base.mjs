// `BENCH_BASE=<directory>`: another build of the library (a checkout of the base commit with `npm run build` run
// in it) timed in the same rounds as this one, so that a change is measured against what it replaces on the same
// machine at the same moment. Its variants are `proxyBase` and `taggedBase`, its entry `entry/oursBase`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The base build's runtime entry and its URL, or undefined when BENCH_BASE is not set. */
export async function loadBase() {
  const dir = process.env.BENCH_BASE;
  if (dir === undefined || dir === '') return undefined;
  const entry = resolve(dir, 'dist/index.js');
  if (!existsSync(entry)) {
    throw new Error(`BENCH_BASE=${dir}: ${entry} is missing; run \`npm run build\` in that checkout first`);
  }
  const url = pathToFileURL(entry).href;
  return { url, lib: await import(url) };
}
