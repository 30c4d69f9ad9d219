import { describe, expect, it } from '@jest/globals';
import { LazyArray, prettyJson, writePrettyJson } from '../../src/lint/json-stream.js';

const VALUES: unknown[] = [
  { version: 1, clean: true, methods: [], findings: [] },
  { a: [1, [2, [3, [4, { deep: ['x\ny', null] }]]]], b: undefined, c: {}, d: 'é\u2028"' },
  [{ x: undefined, y: [undefined, () => 1] }, 'plain', 3.5, false, null],
  'a string',
  { nested: { objects: { beyond: { the: { streamed: 'depth' } } } } },
];

describe('writePrettyJson', () => {
  it.each(VALUES)('writes what JSON.stringify(value, null, 2) writes (%#)', (value) => {
    expect(prettyJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('writes a LazyArray as an array, making its items only while writing, in chunks', () => {
    let made = 0;
    const items = new LazyArray(function* () {
      for (let index = 0; index < 5000; index++) {
        made++;
        yield { index, text: 'x'.repeat(20) };
      }
    });
    expect(made).toBe(0);
    const chunks: string[] = [];
    writePrettyJson({ results: items }, (chunk) => chunks.push(chunk));
    expect(made).toBe(5000);
    expect(chunks.length).toBeGreaterThan(3);
    const expected = Array.from({ length: 5000 }, (_, index) => ({ index, text: 'x'.repeat(20) }));
    expect(chunks.join('')).toBe(`${JSON.stringify({ results: expected }, null, 2)}\n`);
    expect(prettyJson(new LazyArray(() => []))).toBe('[]\n');
  });
});
