// The bench itself (run.mjs checks the build exists first): correctness, interleaved timing, cold
// start and bundles; prints Markdown tables and writes the results as JSON (see RESULTS).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import * as ours from '../../dist/index.js';
import { loadBase } from './base.mjs';
import { evaluateBudgets } from './budgets.mjs';
import { bundleBreakdown } from './bundle-breakdown.mjs';
import { buildBundles } from './bundles.mjs';
import { coldStartTargets, measureColdStarts } from './cold-start.mjs';
import { timeOneMegabyteDetail } from './detail.mjs';
import { lambdaContext, restV1Event } from './events.mjs';
import { checkCorrectness } from './expectations.mjs';
import { batchedConstruction, batchedInvocations, runInterleavedRounds } from './micro.mjs';
import { checkPackedInstall } from './package-check.mjs';
import { formatReport } from './report.mjs';
import { assembleResults } from './results.mjs';
import { measureTemplateSizes } from './template-size.mjs';
import { buildThrownPools, CONSTRUCTORS, poolsOfBuild } from './thrown-values.mjs';
import { buildCases } from './variants.mjs';

// bench/results.json is git-ignored: a run never dirties the checkout, and docs/performance.md quotes the
// latest results. BENCH_RESULTS=<file> writes elsewhere.
const RESULTS = process.env.BENCH_RESULTS
  ? resolve(process.env.BENCH_RESULTS)
  : fileURLToPath(new URL('../results.json', import.meta.url));
const writeToStderr = process.stderr.write.bind(process.stderr);
const writeToStdout = process.stdout.write.bind(process.stdout);
// bench/nodes/run.mjs sets this: that run's results go under `otherNodes.<label>` of the same file, and it times
// only what depends on the Node version (the package install, the template sizes and the bundle breakdown do not).
const OTHER_NODE_LABEL = process.env.BENCH_NODE_LABEL;

function previousResults() {
  try {
    return JSON.parse(readFileSync(RESULTS, 'utf8'));
  } catch {
    return {};
  }
}

/** Writes this run's results, keeping the other Node versions' results already in the file. */
function writeResults(results) {
  const previous = previousResults();
  const merged =
    OTHER_NODE_LABEL === undefined
      ? { ...results, otherNodes: previous.otherNodes ?? {} }
      : { ...previous, otherNodes: { ...previous.otherNodes, [OTHER_NODE_LABEL]: results } };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(merged, null, 2)}\n`);
}

function positiveInteger(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
}

function readConfig() {
  return {
    rounds: positiveInteger('BENCH_ROUNDS', 15),
    timeMsPerTaskPerRound: positiveInteger('BENCH_TIME_MS', 120),
    warmupMs: 200,
    coldStartRuns: positiveInteger('BENCH_COLD_RUNS', 15),
  };
}

function log(message) {
  writeToStderr(`bench: ${message}\n`);
}

/**
 * Runs `work` with whatever reaches process.stderr and process.stdout discarded: the default-logger variants
 * log every error (console.error; ours writes a 4xx with console.info, to stdout), which formats the line as
 * usual and hands it to this sink.
 */
async function withLogOutputDiscarded(work) {
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  process.stderr.write = sink.write.bind(sink);
  process.stdout.write = sink.write.bind(sink);
  try {
    return await work();
  } finally {
    process.stderr.write = writeToStderr;
    process.stdout.write = writeToStdout;
  }
}

/** Invokes every case once and compares its answer with what it must be; throws naming the wrong ones. */
async function checkAnswers(cases, event, context) {
  const failures = await checkCorrectness(cases, event, context);
  if (failures.length > 0) {
    throw new Error(`bench: variants answer wrongly, nothing timed:\n  ${failures.join('\n  ')}`);
  }
  log(`correctness: all ${cases.length} cases answer as expected`);
}

async function timeInvocations(cases, config) {
  const event = restV1Event('42');
  const context = lambdaContext();
  await checkAnswers(cases, event, context);
  const tasks = [
    ...cases.map((testCase) => ({
      id: testCase.id,
      fn: batchedInvocations(testCase.invoke, event, context),
    })),
    ...Object.entries(CONSTRUCTORS).map(([name, make]) => ({
      id: `construct/${name}`,
      fn: batchedConstruction(make),
    })),
  ];
  return runInterleavedRounds(tasks, {
    rounds: config.rounds,
    timeMs: config.timeMsPerTaskPerRound,
    warmupMs: config.warmupMs,
    onRound: (done, total) => log(`timing round ${done}/${total}`),
  });
}

async function measureStartup(config, base) {
  const outDir = mkdtempSync(join(tmpdir(), 'lambda-error-map-bench-'));
  try {
    log('bundling sample handlers');
    const bundles = await buildBundles(ours, outDir);
    log(`cold start: ${config.coldStartRuns} fresh processes per target`);
    const targets = coldStartTargets(ours, bundles, base?.url);
    return { bundles, cold: measureColdStarts(targets, config.coldStartRuns) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * `node bench/run.mjs --check` (run by `npm test`): builds every case and checks its answers, times
 * nothing. Keeps the bench from drifting from the entry points it imports.
 */
export async function checkBench() {
  const { cases, missing } = await casesToRun();
  if (missing.length > 0) throw new Error(`bench: not exported by dist/index.js: ${missing.join(', ')}`);
  await withLogOutputDiscarded(() => checkAnswers(cases, restV1Event('42'), lambdaContext()));
}

/** The cases of this build, and of the BENCH_BASE build when one is given. */
async function casesToRun() {
  const pools = await buildThrownPools();
  const base = await loadBase();
  if (base !== undefined) log(`BENCH_BASE: also timing ${base.url}`);
  const built = buildCases(pools, ours, base && { lib: base.lib, pools: poolsOfBuild(pools, base.lib) });
  return { ...built, base };
}

/** Runs the whole bench; returns the results written to RESULTS. */
export async function runBench() {
  const config = readConfig();
  const { cases, missing, base } = await casesToRun();
  if (missing.length > 0) log(`not exported by dist/index.js yet, skipped: ${missing.join(', ')}`);
  const loadBefore = loadavg();
  const perRound = await withLogOutputDiscarded(() => timeInvocations(cases, config));
  log('timing a 1 MB detail through taggedErrorMessage');
  const detail = await timeOneMegabyteDetail(ours);
  const { bundles, cold } = await measureStartup(config, base);
  const nodeIndependent = OTHER_NODE_LABEL === undefined;
  if (nodeIndependent) log('packing, installing the tarball and listing its production dependencies');
  const packageCheck = nodeIndependent ? checkPackedInstall() : undefined;
  const results = assembleResults({
    perRound,
    bundles,
    cold,
    config,
    missing,
    loadBefore,
    detail,
    packageCheck,
  });
  if (nodeIndependent) {
    results.bundleBreakdown = await bundleBreakdown();
    log('measuring the bytes the generated responses add to a CloudFormation template');
    results.templateSize = measureTemplateSizes();
  }
  results.budgets = evaluateBudgets(results);
  writeResults(results);
  process.stdout.write(`${formatReport(results)}\n`);
  log(`wrote ${RESULTS}`);
  return results;
}
