/**
 * scripts/test-lanes.ts, the end of `npm test`, on a machine without a JDK: a PATH holding only `node`.
 * Every optional lane needs Java, so none runs and each is named with its reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';

const root = fileURLToPath(new URL('../..', import.meta.url));
const nodeOnly = mkdtempSync(join(tmpdir(), 'lambda-error-map-node-only-'));
symlinkSync(process.execPath, join(nodeOnly, 'node'));

afterAll(() => rmSync(nodeOnly, { recursive: true, force: true }));

function testLanes(args: readonly string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/test-lanes.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: nodeOnly, HOME: nodeOnly, ...env },
  });
}

const NO_JDK = 'no JDK: `javac` is not on PATH';

describe('the optional test lanes without a JDK', () => {
  it('skips each lane with one line saying why, and passes', () => {
    const run = testLanes([]);

    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^java lane \\(npm run test:java\\): skipped: ${NO_JDK}`)),
      expect.stringMatching(new RegExp(`^velocity lane \\(npm run test:velocity\\): skipped: ${NO_JDK}`)),
      expect.stringMatching(new RegExp(`^e2e lane \\(npm run test:e2e\\): skipped: ${NO_JDK}`)),
    ]);
  });

  it('fails on any skip under LEM_REQUIRE_ALL=1, as .ci/run sets it', () => {
    const run = testLanes([], { LEM_REQUIRE_ALL: '1' });

    expect(run.status).toBe(1);
    expect(run.stdout.match(/SKIPPED, which LEM_REQUIRE_ALL=1 forbids/g)).toHaveLength(3);
  });

  it('stops `npm run test:java` before Jest with the reason', () => {
    const run = testLanes(['--check', 'java']);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`npm run test:java cannot run on this machine: ${NO_JDK}`);
  });

  it('names the lanes when asked for an unknown one', () => {
    const run = testLanes(['--check', 'jav']);

    expect(run.status).toBe(2);
    expect(run.stderr).toBe('test-lanes: unknown lane "jav"; the lanes are java, velocity, e2e\n');
  });
});
