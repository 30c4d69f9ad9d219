import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonString, problemPrefix } from '../../src/problem/json-text.js';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom('a', '"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '😀', '\ud800', '\udfff'),
      {
        maxLength: 20,
      },
    )
    .map((chars) => chars.join('')),
);

describe('JSON text written directly', () => {
  it('writes any string exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(jsonString(text)).toBe(JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes the start of a problem exactly as JSON.stringify does, for every kind, however often it is asked', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyText, anyText, fc.integer({ min: 400, max: 599 })), { maxLength: 300 }),
        (kinds) => {
          for (const [type, title, status] of [...kinds, ...kinds]) {
            const whole = JSON.stringify({ type, title, status, detail: 'd' });
            expect(`${problemPrefix(type, title, status)}"d"}`).toBe(whole);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
