/**
 * The test lanes that need more than Node: each runs where this machine has what it needs, and is otherwise
 * skipped with one line saying why and how to run it. `LEM_REQUIRE_ALL=1` (set by .ci/run) turns every skip
 * into a failure.
 *
 *   tsx scripts/test-lanes.ts                 runs the lanes this machine can run (the end of `npm test`)
 *   tsx scripts/test-lanes.ts --check <lane>  exits 1 with the reason when <lane> cannot run here
 *                                             (the pre-flight of `npm run test:<lane>`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { velocityClasspath } from '../test/velocity/apache-velocity.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Lane {
  readonly name: string;
  /** The npm script that runs the lane. */
  readonly script: string;
  /** Why the lane cannot run on this machine, or undefined when it can. */
  readonly missing: () => string | undefined;
}

let jdkProbe: { readonly missing: string | undefined } | undefined;

function missingJdk(): string | undefined {
  jdkProbe ??= { missing: probeJdk() };
  return jdkProbe.missing;
}

function probeJdk(): string | undefined {
  for (const tool of ['javac', 'java']) {
    const probe = spawnSync(tool, ['-version'], { stdio: 'ignore' });
    if (probe.error || probe.status !== 0) {
      return `no JDK: \`${tool}\` is not on PATH (install one, e.g. apt-get install openjdk-17-jdk-headless)`;
    }
  }
  return undefined;
}

function missingVelocity(): string | undefined {
  try {
    velocityClasspath();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function missingServerless(): string | undefined {
  const installed = ['serverless', 'serverless-offline'].every((name) =>
    existsSync(join(ROOT, 'e2e', 'node_modules', name, 'package.json')),
  );
  return installed
    ? undefined
    : 'the Serverless Framework is not installed in e2e/ (`npm run e2e:install` installs it, about a minute)';
}

function missingBuild(): string | undefined {
  return existsSync(join(ROOT, 'dist', 'serverless', 'index.js'))
    ? undefined
    : 'the package is not built (the plugin loads from dist/): run `npm run build`';
}

/** Every reason among `checks` why a lane cannot run, in one line; undefined when there is none. */
function allMissing(...checks: readonly (() => string | undefined)[]): string | undefined {
  const reasons = checks.map((check) => check()).filter((reason) => reason !== undefined);
  return reasons.length === 0 ? undefined : reasons.join('; ');
}

/** The lanes `npm test` runs after the unit lane, in this order. */
const OPTIONAL_LANES: readonly Lane[] = [
  { name: 'java', script: 'test:java', missing: missingJdk },
  { name: 'velocity', script: 'test:velocity', missing: () => allMissing(missingJdk, missingVelocity) },
  {
    name: 'e2e',
    script: 'test:e2e',
    missing: () => allMissing(missingJdk, missingVelocity, missingServerless, missingBuild),
  },
];

function laneNamed(name: string | undefined): Lane {
  const lane = OPTIONAL_LANES.find((candidate) => candidate.name === name);
  if (!lane) {
    const names = OPTIONAL_LANES.map((candidate) => candidate.name).join(', ');
    console.error(`test-lanes: unknown lane ${JSON.stringify(name)}; the lanes are ${names}`);
    process.exit(2);
  }
  return lane;
}

function check(name: string | undefined): number {
  const lane = laneNamed(name);
  const reason = lane.missing();
  if (reason === undefined) return 0;
  console.error(`npm run ${lane.script} cannot run on this machine: ${reason}`);
  return 1;
}

type Outcome = 'passed' | 'FAILED' | 'skipped';

function runAll(requireAll: boolean): number {
  const outcomes: [Lane, Outcome, string][] = [];
  for (const lane of OPTIONAL_LANES) {
    const reason = lane.missing();
    if (reason !== undefined) {
      outcomes.push([lane, 'skipped', reason]);
      continue;
    }
    console.log(`\n▶ ${lane.name} lane: npm run ${lane.script}`);
    const started = performance.now();
    const run = spawnSync('npm', ['run', '--silent', lane.script], { cwd: ROOT, stdio: 'inherit' });
    const seconds = Math.round((performance.now() - started) / 1000);
    outcomes.push([lane, run.status === 0 ? 'passed' : 'FAILED', `${seconds} s`]);
  }
  console.log('');
  for (const [lane, outcome, detail] of outcomes) {
    const verdict =
      outcome === 'skipped' && requireAll ? 'SKIPPED, which LEM_REQUIRE_ALL=1 forbids' : outcome;
    console.log(`${lane.name} lane (npm run ${lane.script}): ${verdict}: ${detail}`);
  }
  const failed = outcomes.some(
    ([, outcome]) => outcome === 'FAILED' || (requireAll && outcome === 'skipped'),
  );
  return failed ? 1 : 0;
}

const [flag, name] = process.argv.slice(2);
process.exitCode = flag === '--check' ? check(name) : runAll(process.env.LEM_REQUIRE_ALL === '1');
