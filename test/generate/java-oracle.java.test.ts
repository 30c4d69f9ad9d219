import { describe, expect, it } from '@jest/globals';
import { javaMatchMatrix, javaWorstMatchTime } from '../support/java-regex.js';

describe('the Java regex oracle', () => {
  it('passes newlines, \\r, U+2028, NUL, lone surrogates and astral characters losslessly', async () => {
    const messages = ['a\nb', 'a\rb', 'a\u2028b', 'a\u0000b', 'a\uD800b', 'a\uDC00b', 'a😀b', 'a\u0085b'];
    const patterns = ['a.b', 'a[\\s\\S]b', 'a\\nb', 'a\\x00b', 'a\\uD800b', 'a[\\s\\S]{2}b', 'a\\u0085b'];
    const matrix = await javaMatchMatrix(patterns, messages);
    expect(matrix).toEqual([
      // a.b    a[\s\S]b  a\nb   a\x00b  a\uD800b  a[\s\S]{2}b  a\u0085b
      [false, true, true, false, false, false, false], // a\nb
      [false, true, false, false, false, false, false], // a\rb
      [false, true, false, false, false, false, false], // a\u2028b
      [true, true, false, true, false, false, false], // a\0b
      [true, true, false, false, true, false, false], // lone high surrogate
      [true, true, false, false, false, false, false], // lone low surrogate
      // Java matches by code point: one . or [\s\S] takes the whole surrogate pair.
      [true, true, false, false, false, false, false], // a😀b
      // Java's . excludes U+0085 (NEL); JavaScript's does not: why generated patterns never use "."
      [false, true, false, false, false, false, true], // a\u0085b
    ]);
  });

  it('full-matches (Pattern.matches), not find', async () => {
    const matrix = await javaMatchMatrix(['\\[404\\]', '\\[404\\][\\s\\S]*'], ['[404] x', '[404]']);
    expect(matrix).toEqual([
      [false, true],
      [true, true],
    ]);
  });

  it('handles megabyte messages and reports match times', async () => {
    const big = `[404] {"detail":"${'x'.repeat(1_000_000)}"}`;
    const matrix = await javaMatchMatrix(['\\[404\\] \\{[\\s\\S]*', '\\[500\\] \\{[\\s\\S]*'], [big]);
    expect(matrix).toEqual([[true, false]]);
    const worst = await javaWorstMatchTime(['x*y'], ['x'.repeat(10_000), 'y']);
    expect(worst.messageIndex).toBe(0);
    expect(worst.milliseconds).toBeGreaterThan(0);
  });

  it('reports a pattern Java cannot compile', async () => {
    await expect(javaMatchMatrix(['(unclosed'], ['x'])).rejects.toThrow(/does not compile in Java/);
  });
});
