/**
 * How many cases each property runs and from which seed. `npm test` uses the modest defaults each test
 * passes; `npm run fuzz` sets FUZZ_RUNS (and optionally FUZZ_SEED) so the same definitions run at scale.
 */
export const DEFAULT_SEED = 20261121;

export interface RunSettings {
  /** Cases to run (thrown values, messages, ...). */
  readonly numRuns: number;
  /** fast-check seed: the same seed gives the same cases. */
  readonly seed: number;
}

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new TypeError(`${name} must be a positive integer, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** The seed from FUZZ_SEED, else the fixed default. */
export function seedFromEnvironment(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.FUZZ_SEED;
  return text === undefined || text === '' ? DEFAULT_SEED : positiveInteger('FUZZ_SEED', text);
}

/** Cases from FUZZ_RUNS, else `fallback`. */
export function runsFromEnvironment(fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const text = env.FUZZ_RUNS;
  return text === undefined || text === '' ? fallback : positiveInteger('FUZZ_RUNS', text);
}

/** The settings a test runs with: its own modest count, unless FUZZ_RUNS asks for more. */
export function testSettings(testRuns: number): RunSettings {
  return { numRuns: runsFromEnvironment(testRuns), seed: seedFromEnvironment() };
}
