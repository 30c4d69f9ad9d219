import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { STANDARD_MEMBERS } from '../../src/catalog/mapped.js';
import { classify } from '../../src/index.js';
import { buildProblem } from '../../src/problem/build-problem.js';
import {
  jsonString,
  problemPrefix,
  renderProblemJson,
  standardProblemJson,
  toSingleLine,
} from '../../src/problem/render-problem.js';
import { anyThrownValue, hostileText, randomCatalog, theDefaultCatalog } from '../support/arbitraries.js';

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

describe('a problem written directly', () => {
  const problems = fc
    .record({
      thrown: anyThrownValue(hostileText()),
      catalog: fc.oneof(fc.constant(theDefaultCatalog()), randomCatalog()),
      exposeServerErrors: fc.boolean(),
      maxDetailBytes: fc.integer({ min: 1, max: 300 }),
      requestId: fc.option(hostileText(), { nil: undefined }),
      instance: fc.option(hostileText(), { nil: undefined }),
    })
    .map(({ thrown, catalog, ...options }) => buildProblem(classify(thrown, catalog.catalog), options));

  it('is byte for byte what renderProblemJson and toSingleLine write, or left to them when it has extensions', () => {
    fc.assert(
      fc.property(problems, (problem) => {
        const direct = standardProblemJson(problem);
        const singleLine = standardProblemJson(problem, true);
        const extensions = Object.keys(problem).filter(
          (name) => !(STANDARD_MEMBERS as readonly string[]).includes(name),
        );
        if (extensions.length > 0) {
          expect([direct, singleLine]).toEqual([undefined, undefined]);
          return;
        }
        expect(direct).toBe(renderProblemJson(problem));
        expect(singleLine).toBe(toSingleLine(renderProblemJson(problem)));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves members out of order, or of the wrong type, to the serialiser', () => {
    const base = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'd' };
    expect(
      standardProblemJson({ title: 'Not Found', type: 'about:blank', status: 404, detail: 'd' }),
    ).toBeUndefined();
    expect(standardProblemJson({ ...base, requestId: 7 } as never)).toBeUndefined();
    expect(standardProblemJson({ ...base, instance: null } as never)).toBeUndefined();
    expect(
      standardProblemJson({ type: 'about:blank', title: 'Not Found', status: 404 } as never),
    ).toBeUndefined();
    expect(standardProblemJson({ ...base, retryAfter: 3, requestId: 'r' })).toBeUndefined();
    expect(standardProblemJson({ ...base, requestId: 'r', retryAfter: 3 })).toBe(
      JSON.stringify({ ...base, requestId: 'r', retryAfter: 3 }),
    );
  });
});
