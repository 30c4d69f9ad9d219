// What each part of the runtime weighs in a proxy handler bundle: esbuild's per-source byte counts of the
// minified bundle, grouped by concern. The gzip share is an estimate: the bundle's gzip size split in
// proportion to the minified bytes (gzip cannot be attributed to sources exactly).
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { HANDLER_BUNDLE_OPTIONS } from './bundles.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HANDLER = `
import middy from '@middy/core';
import { defaultCatalog, proxyErrorResponse } from './src/index.ts';
export const handler = middy(async () => { throw defaultCatalog.error('NotFound', 'x'); }).use(proxyErrorResponse({ logger: false }));
`;

/** Source path prefix -> concern, first match wins. */
const GROUPS = [
  ['src/catalog/rules', 'classification (thrown value -> kind)'],
  ['src/catalog/classify', 'classification (thrown value -> kind)'],
  ['src/catalog/mapped', 'classification (thrown value -> kind)'],
  ['src/catalog/app-errors', 'classification (thrown value -> kind)'],
  ['src/catalog/dependency-errors', 'classification (thrown value -> kind)'],
  ['src/catalog/validate-definition', 'catalog definition checks'],
  ['src/catalog/status-titles', 'status titles'],
  ['src/catalog/', 'catalog (define, default kinds, CatalogError)'],
  ['src/options/', 'option checks'],
  ['src/logging/', 'logging'],
  ['src/problem/', 'problem document (build, render, byte caps)'],
  ['src/util/utf8', 'problem document (build, render, byte caps)'],
  ['src/proxy/', 'proxy responses (event kinds, headers, writers)'],
  ['src/util/header-rules', 'proxy responses (event kinds, headers, writers)'],
  ['node_modules/@middy/core', '@middy/core'],
];

function groupOf(path) {
  return GROUPS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 'other';
}

/** Minified bytes and estimated gzip bytes per concern, largest first. */
export async function bundleBreakdown() {
  const result = await build({
    ...HANDLER_BUNDLE_OPTIONS,
    stdin: { contents: HANDLER, resolveDir: ROOT, loader: 'js', sourcefile: 'handler.mjs' },
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  const gzipBytes = gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).byteLength;
  const [output] = Object.values(result.metafile.outputs);
  const groups = {};
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const group = groupOf(path);
    groups[group] = (groups[group] ?? 0) + bytesInOutput;
  }
  return Object.fromEntries(
    Object.entries(groups)
      .sort((a, b) => b[1] - a[1])
      .map(([group, bytes]) => [
        group,
        { minifiedBytes: bytes, gzipBytesEstimate: Math.round((bytes / code.byteLength) * gzipBytes) },
      ]),
  );
}
