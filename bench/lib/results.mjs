// Turns raw per-round samples and cold-start measurements into bench/results.json's shape.
import { cpus } from 'node:os';
import { median, medianRatio, round } from './stats.mjs';

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
    // Headline: what each library's users throw (a catalog error for us, createError for theirs).
    errorPathVsHttpErrorHandler: ratio('proxy/catalog404', 'httpErrorHandler/httpErrors404'),
    errorPathVsHttpErrorHandlerSameValue: sameValue('proxy'),
    taggedErrorPathVsHttpErrorHandler: ratio('tagged/catalog404', 'httpErrorHandler/httpErrors404'),
    taggedErrorPathVsHttpErrorHandlerSameValue: sameValue('tagged'),
    errorPathVsBaseline: ratio('proxy/catalog404', 'baseline/catalog404'),
    httpErrorHandlerErrorPathVsBaseline: ratio('httpErrorHandler/httpErrors404', 'baseline/catalog404'),
    successPathVsMiddy: ratio('proxy/success', 'middy/success'),
    taggedSuccessPathVsMiddy: ratio('tagged/success', 'middy/success'),
    httpErrorHandlerSuccessPathVsMiddy: ratio('httpErrorHandler/success', 'middy/success'),
    catalogErrorVsNewError: ratio('construct/catalogError', 'construct/newError'),
    createErrorVsNewError: ratio('construct/createError', 'construct/newError'),
  };
}

const HEADLINE_RATIOS = {
  errorPathVsHttpErrorHandler: ['proxy/catalog404', 'httpErrorHandler/httpErrors404'],
  taggedErrorPathVsHttpErrorHandler: ['tagged/catalog404', 'httpErrorHandler/httpErrors404'],
  successPathVsMiddy: ['proxy/success', 'middy/success'],
  catalogErrorVsNewError: ['construct/catalogError', 'construct/newError'],
};

/** The lowest and highest per-round value of the headline ratios: how much the rounds disagreed. */
function ratioRanges(perRound) {
  const ranges = {};
  for (const [name, [a, b]] of Object.entries(HEADLINE_RATIOS)) {
    const samplesA = perRound.get(a);
    const samplesB = perRound.get(b);
    if (!samplesA || !samplesB) continue;
    const ratios = samplesA.map((value, index) => value / samplesB[index]);
    ranges[name] = { min: round(Math.min(...ratios), 3), max: round(Math.max(...ratios), 3) };
  }
  return ranges;
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
export function assembleResults({ perRound, bundles, cold, config, missing }) {
  return {
    node: process.version,
    machine: { cpu: cpuModel(), cores: cpus().length, platform: `${process.platform}-${process.arch}` },
    date: new Date().toISOString(),
    config,
    missingVariants: missing,
    unit: 'ns per invocation (median of per-round medians); ms for cold start; bytes for bundles',
    micro: microTable(perRound),
    ratios: ratiosFrom(perRound),
    ratioRangesAcrossRounds: ratioRanges(perRound),
    ...bundleSection(bundles),
    ...coldStartSection(cold),
  };
}
