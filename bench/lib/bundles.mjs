// esbuild bundles of the sample handlers, as a Lambda deployment would ship them: ESM, minified,
// platform node, no banner. Sizes are gzip -9; each bundle is then imported and invoked in a child.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { inFreshProcess } from './child-process.mjs';

const HANDLERS_DIR = fileURLToPath(new URL('../handlers/', import.meta.url));
const CREATE_REQUIRE_BANNER =
  "import { createRequire as __benchCreateRequire } from 'node:module'; const require = __benchCreateRequire(import.meta.url);";

/** How every handler bundle is built (the measured ones and the one broken down by concern). */
export const HANDLER_BUNDLE_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  write: false,
  logLevel: 'silent',
};

/** The sample handler of each bundle, the export it needs from our entry, and the order id it is invoked with. */
export const SAMPLE_HANDLERS = {
  ours: { file: 'ours-proxy.mjs', needs: 'proxyErrorResponse', orderId: '42', expect: 404 },
  oursTagged: { file: 'ours-tagged.mjs', needs: 'taggedErrorMessage', orderId: '42', expect: 'rejects' },
  httpErrorHandler: { file: 'http-error-handler.mjs', orderId: '42', expect: 404 },
  httpErrorHandlerAlone: { file: 'http-error-handler-alone.mjs', orderId: '42', expect: 404 },
  middyCore: { file: 'middy-core.mjs', orderId: '1', expect: 200 },
};

/** The sample handlers that can be built now (ours need their middleware to exist). */
export function availableHandlers(ours) {
  return Object.entries(SAMPLE_HANDLERS).filter(
    ([, spec]) => !spec.needs || typeof ours[spec.needs] === 'function',
  );
}

async function bundle(name, spec, outDir, withBanner) {
  const outfile = join(outDir, `${name}${withBanner ? '.banner' : ''}.mjs`);
  const result = await build({
    ...HANDLER_BUNDLE_OPTIONS,
    entryPoints: [join(HANDLERS_DIR, spec.file)],
    outfile,
    ...(withBanner ? { banner: { js: CREATE_REQUIRE_BANNER } } : {}),
  });
  const code = result.outputFiles[0].contents;
  writeFileSync(outfile, code);
  return {
    url: pathToFileURL(outfile).href,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: constants.Z_BEST_COMPRESSION }).byteLength,
  };
}

function loadsAndAnswers(outcome, expect) {
  if (outcome.loadError !== undefined) return false;
  return expect === 'rejects' ? outcome.errorMessage !== undefined : outcome.statusCode === expect;
}

/**
 * Bundles each available handler, imports and invokes it once without a banner, and, when that fails,
 * builds a copy with a createRequire banner so its cold start can still be measured.
 */
export async function buildBundles(ours, outDir) {
  const bundles = {};
  for (const [name, spec] of availableHandlers(ours)) {
    const plain = await bundle(name, spec, outDir, false);
    const outcome = inFreshProcess(plain.url, spec.orderId);
    const runsWithoutBanner = loadsAndAnswers(outcome, spec.expect);
    bundles[name] = {
      ...plain,
      orderId: spec.orderId,
      runsWithoutBanner,
      ...(runsWithoutBanner ? {} : { failureWithoutBanner: outcome.loadError ?? JSON.stringify(outcome) }),
      runnableUrl: runsWithoutBanner ? plain.url : (await bundle(name, spec, outDir, true)).url,
    };
  }
  return bundles;
}
