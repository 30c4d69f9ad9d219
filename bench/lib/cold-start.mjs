// Cold start in fresh processes: import time of each runtime entry, and import + first invocation of
// each sample handler, unbundled (node_modules) and bundled. Targets are interleaved in every round.
import { availableHandlers } from './bundles.mjs';
import { inFreshProcess } from './child-process.mjs';
import { median } from './stats.mjs';

const HANDLERS_DIR = new URL('../handlers/', import.meta.url);

/**
 * What is imported: the runtime entries alone (with the BENCH_BASE build's, `baseUrl`, when given), then the
 * sample handlers unbundled and bundled.
 */
export function coldStartTargets(ours, bundles, baseUrl) {
  const targets = [
    { id: 'entry/ours', url: new URL('../../dist/index.js', import.meta.url).href },
    ...(baseUrl === undefined ? [] : [{ id: 'entry/oursBase', url: baseUrl }]),
    { id: 'entry/httpErrorHandler', url: import.meta.resolve('@middy/http-error-handler') },
    { id: 'entry/middyCore', url: import.meta.resolve('@middy/core') },
    { id: 'entry/httpErrors', url: import.meta.resolve('http-errors') },
  ];
  for (const [name, spec] of availableHandlers(ours)) {
    targets.push({
      id: `handler/${name}`,
      url: new URL(spec.file, HANDLERS_DIR).href,
      orderId: spec.orderId,
    });
  }
  for (const [name, built] of Object.entries(bundles)) {
    targets.push({ id: `bundle/${name}`, url: built.runnableUrl, orderId: built.orderId });
  }
  return targets;
}

/** Runs every target `runs` times in rotated order; returns per target the medians of what was timed. */
export function measureColdStarts(targets, runs, nodeBinary) {
  const samples = new Map(targets.map((target) => [target.id, []]));
  for (let run = 0; run < runs; run++) {
    const offset = run % targets.length;
    for (const target of [...targets.slice(offset), ...targets.slice(0, offset)]) {
      samples.get(target.id).push(inFreshProcess(target.url, target.orderId, nodeBinary));
    }
  }
  const result = {};
  for (const [id, outcomes] of samples) {
    const failed = outcomes.find((outcome) => outcome.loadError !== undefined);
    result[id] = failed
      ? { loadError: failed.loadError }
      : {
          importMs: median(outcomes.map((outcome) => outcome.importMs)),
          ...(outcomes[0].firstInvocationMs === undefined
            ? {}
            : { firstInvocationMs: median(outcomes.map((outcome) => outcome.firstInvocationMs)) }),
        };
  }
  return result;
}
