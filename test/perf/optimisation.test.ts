// A smoke test that V8 optimises the functions every error goes through. A function that never returns
// (only throws) is never optimised, which is how the tagged path once ran interpreted at 2.5x its floor.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const child = fileURLToPath(new URL('./optimisation-child.mjs', import.meta.url));
// V8's OptimizationStatus bits (src/runtime/runtime.h): kOptimized, and kInterpreted for contrast.
const OPTIMIZED = 1 << 4;

describe('V8 optimisation of the hot error-path functions', () => {
  it('optimises the proxy onError, errorResponseForEvent, classify, the tagged mapping, formatTaggedMessage and catalog.error', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--allow-natives-syntax',
        '--no-concurrent-recompilation',
        '--no-turbo-inlining',
        '--import',
        'tsx',
        child,
      ],
      { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) },
    );
    expect(run.stderr).toBe('');
    const { status, control } = JSON.parse(run.stdout) as { status: Record<string, number>; control: number };
    // The probe tells the two apart: the throw-only control stays unoptimised.
    expect(control & OPTIMIZED).toBe(0);
    const notOptimised = Object.entries(status)
      .filter(([, bits]) => (bits & OPTIMIZED) === 0)
      .map(([name, bits]) => `${name} (status ${bits.toString(2)})`);
    expect(notOptimised).toEqual([]);
    expect(Object.keys(status).sort()).toEqual(
      [
        'catalogError',
        'classify',
        'errorResponseForEvent',
        'formatTaggedMessage',
        'proxyOnError',
        'taggedErrorFor',
      ].sort(),
    );
  });
});
