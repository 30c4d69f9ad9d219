// Turns raw per-round samples and cold-start measurements into bench/results.json's shape.
import { cpus, loadavg } from 'node:os';
import { median, medianRatio, round, spreadOf } from './stats.mjs';

function cpuModel() {
  return cpus()[0]?.model ?? 'unknown';
}

function microTable(perRound) {
  const micro = {};
  for (const [id, rounds] of perRound) {
    const [group, name] = id.split('/');
    micro[group] ??= {};
    micro[group][name] = {
      nsPerCall: round(median(rounds), 1),
      perRoundNs: rounds.map((ns) => round(ns, 1)),
    };
  }
  return micro;
}

/** The scalar ratios, each [variant/path timed, variant/path it is divided by] (same round). */
export const RATIO_PAIRS = {
  // Headline: what each library's users throw (a catalog error for us, createError for theirs).
  errorPathVsHttpErrorHandler: ['proxy/catalog404', 'httpErrorHandler/httpErrors404'],
  // A hand-written problem+json onError in middy: the floor of writing a JSON body on this path.
  handWrittenOnErrorVsHttpErrorHandler: ['handWritten/catalog404', 'httpErrorHandler/httpErrors404'],
  errorPathVsHandWrittenOnError: ['proxy/catalog404', 'handWritten/catalog404'],
  // The same, writing the members the middleware writes besides (instance, requestId): the same body by hand.
  errorPathVsHandWrittenSameBody: ['proxy/catalog404', 'handWrittenSameBody/catalog404'],
  // The tagged path against the least any non-proxy onError can do: rethrow an error built beforehand.
  taggedErrorPathVsRethrow: ['tagged/catalog404', 'rethrow/catalog404'],
  // Any onError that throws a fresh error pays for building and throwing it; the rest of the tagged path is mapping.
  freshErrorVsRethrow: ['freshError/catalog404', 'rethrow/catalog404'],
  taggedErrorPathVsFreshError: ['tagged/catalog404', 'freshError/catalog404'],
  taggedErrorPathVsHttpErrorHandler: ['tagged/catalog404', 'httpErrorHandler/httpErrors404'],
  // Both with their default logger (console.error, its output discarded by the bench).
  defaultLoggersErrorPathVsHttpErrorHandler: [
    'proxyDefaultLogger/catalog404',
    'httpErrorHandlerDefaultLogger/httpErrors404',
  ],
  // "Build + map": the handler constructs the error on every call.
  buildAndMapVsHttpErrorHandler: ['proxy/buildCatalog404', 'httpErrorHandler/buildHttpErrors404'],
  taggedBuildAndMapVsRethrow: ['tagged/buildCatalog404', 'rethrow/catalog404'],
  errorPathVsBaseline: ['proxy/catalog404', 'baseline/catalog404'],
  httpErrorHandlerErrorPathVsBaseline: ['httpErrorHandler/httpErrors404', 'baseline/catalog404'],
  successPathVsMiddy: ['proxy/success', 'middy/success'],
  taggedSuccessPathVsMiddy: ['tagged/success', 'middy/success'],
  httpErrorHandlerSuccessPathVsMiddy: ['httpErrorHandler/success', 'middy/success'],
  catalogErrorVsNewError: ['construct/catalogError', 'construct/newError'],
  createErrorVsNewError: ['construct/createError', 'construct/newError'],
  // With BENCH_BASE: this build against the base build, in the same rounds, and the base build against the floors.
  errorPathVsBase: ['proxy/catalog404', 'proxyBase/catalog404'],
  taggedErrorPathVsBase: ['tagged/catalog404', 'taggedBase/catalog404'],
  successPathVsBase: ['proxy/success', 'proxyBase/success'],
  taggedSuccessPathVsBase: ['tagged/success', 'taggedBase/success'],
  baseErrorPathVsHandWrittenOnError: ['proxyBase/catalog404', 'handWritten/catalog404'],
  baseErrorPathVsHandWrittenSameBody: ['proxyBase/catalog404', 'handWrittenSameBody/catalog404'],
  baseErrorPathVsHttpErrorHandler: ['proxyBase/catalog404', 'httpErrorHandler/httpErrors404'],
  baseTaggedErrorPathVsFreshError: ['taggedBase/catalog404', 'freshError/catalog404'],
  baseSuccessPathVsMiddy: ['proxyBase/success', 'middy/success'],
};

/** The pairs whose two tasks were timed in this run (the base pairs need BENCH_BASE). */
function timedPairs(perRound) {
  return Object.entries(RATIO_PAIRS).filter(([, [a, b]]) => perRound.has(a) && perRound.has(b));
}

function ratiosFrom(perRound) {
  const ratio = (a, b) => round(medianRatio(perRound.get(a), perRound.get(b)), 3);
  const sameValue = (variant) =>
    Object.fromEntries(
      ['catalog404', 'httpErrors404', 'plainError', 'sdkThrottle'].map((path) => [
        path,
        ratio(`${variant}/${path}`, `httpErrorHandler/${path}`),
      ]),
    );
  return {
    ...Object.fromEntries(timedPairs(perRound).map(([name, [a, b]]) => [name, ratio(a, b)])),
    errorPathVsHttpErrorHandlerSameValue: sameValue('proxy'),
    taggedErrorPathVsHttpErrorHandlerSameValue: sameValue('tagged'),
  };
}

/** How much the rounds disagreed on each ratio: quartiles of the per-round ratios, and a wide-spread flag. */
function ratioSpreads(perRound) {
  const spreads = {};
  for (const [name, [a, b]] of timedPairs(perRound)) {
    const spread = spreadOf(perRound.get(a), perRound.get(b));
    if (spread !== undefined) spreads[name] = spread;
  }
  return spreads;
}

function mapValues(record, transform) {
  return Object.fromEntries(Object.entries(record).map(([name, value]) => [name, transform(value)]));
}

function coldStartSection(cold) {
  const ms = (value) => (value === undefined ? null : round(value, 2));
  const entry = (name) => ms(cold[`entry/${name}`]?.importMs);
  return {
    importMs: {
      ours: entry('ours'),
      ...(cold['entry/oursBase'] === undefined ? {} : { oursBase: entry('oursBase') }),
      httpErrorHandler: entry('httpErrorHandler'),
      middyCore: entry('middyCore'),
      httpErrors: entry('httpErrors'),
    },
    coldStart: mapValues(cold, (value) =>
      value.loadError !== undefined
        ? { loadError: value.loadError }
        : { importMs: ms(value.importMs), firstInvocationMs: ms(value.firstInvocationMs) },
    ),
  };
}

function bundleSection(bundles) {
  return {
    bundleGzipBytes: mapValues(bundles, (built) => built.gzipBytes),
    bundleBytes: mapValues(bundles, (built) => built.bytes),
    bundleRunsWithoutBanner: mapValues(bundles, (built) => built.runsWithoutBanner),
    bundleFailuresWithoutBanner: Object.fromEntries(
      Object.entries(bundles)
        .filter(([, built]) => !built.runsWithoutBanner)
        .map(([name, built]) => [name, built.failureWithoutBanner]),
    ),
  };
}

/** Everything bench/results.json holds, budgets excepted. */
export function assembleResults({
  perRound,
  bundles,
  cold,
  config,
  missing,
  loadBefore,
  detail,
  packageCheck,
}) {
  const spreads = ratioSpreads(perRound);
  const coldSection = coldStartSection(cold);
  return {
    node: process.version,
    // 1, 5 and 15 minute load averages when the timing started and when the bench ended (2 cores here).
    loadAverage: {
      atStart: loadBefore.map((value) => round(value, 2)),
      atEnd: loadavg().map((value) => round(value, 2)),
    },
    machine: { cpu: cpuModel(), cores: cpus().length, platform: `${process.platform}-${process.arch}` },
    date: new Date().toISOString(),
    config,
    missingVariants: missing,
    unit: 'ns per invocation (median of per-round medians); ms for cold start; bytes for bundles',
    micro: microTable(perRound),
    ratios: ratiosFrom(perRound),
    ratioSpreads: spreads,
    wideSpreadRatios: Object.keys(spreads).filter((name) => spreads[name].wide),
    ...bundleSection(bundles),
    ...coldSection,
    importRatioOursVsHttpErrorHandler: round(
      coldSection.importMs.ours / coldSection.importMs.httpErrorHandler,
      3,
    ),
    detail1Mb: detail,
    packedInstall: packageCheck,
  };
}
