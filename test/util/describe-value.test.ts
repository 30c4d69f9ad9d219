import { describe, expect, it } from '@jest/globals';
import { integrationResponses } from '../../src/generate/index.js';
import { readPluginOptions } from '../../src/serverless/plugin-options.js';
import { describeValue } from '../../src/util/describe-value.js';

describe('describeValue: one way to show a bad value in messages', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    ['x', '"x" (a string)'],
    ['y'.repeat(100), `"${'y'.repeat(60)}…" (a string)`],
    [3.5, '3.5'],
    [Number.NaN, 'NaN'],
    [true, 'true'],
    [10n, '10n (a bigint)'],
    [[1], 'an array'],
    [{ a: 1 }, 'an object'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('%p → %s', (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  it('never throws, even on a cycle', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(describeValue(cycle)).toBe('an object');
  });
});

describe('messages that show a bad value do not throw on values JSON cannot write', () => {
  it('the generator names a bigint status instead of failing to stringify it', () => {
    expect(() => integrationResponses(undefined, { timeoutStatus: 504n as unknown as number })).toThrow(
      'integrationResponses: timeoutStatus must be an integer from 400 to 599, got 504n (a bigint)',
    );
  });

  it('the plugin names a bigint catalog path and catalog export', () => {
    expect(() => readPluginOptions({ lambdaErrorMap: { catalog: 5n } })).toThrow(/got 5n \(a bigint\)$/);
    expect(() => readPluginOptions({ lambdaErrorMap: { catalog: 'c.mjs', catalogExport: 7n } })).toThrow(
      /got 7n \(a bigint\)$/,
    );
    expect(() => readPluginOptions({ lambdaErrorMap: 9n })).toThrow(/got 9n \(a bigint\)$/);
  });
});
