// The one JSON writer of problems, checked directly against JSON.stringify: for any problem document (the
// standard members with any text, in buildProblem's order or not, with or without extensions of any JSON value,
// integer-like names included), problemJson writes what JSON.stringify writes, and with `singleLine` what
// toSingleLine makes of that; an unserialisable extension is dropped alone, too large extensions all together.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { classify } from '../../src/index.js';
import { buildProblem, type ProblemDocument } from '../../src/problem/build-problem.js';
import { MAX_PROBLEM_JSON_BYTES, problemJson, toSingleLine } from '../../src/problem/render-problem.js';
import { anyThrownValue, hostileText, randomCatalog, theDefaultCatalog } from '../support/arbitraries.js';

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom('a', '"', '\\', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u0085', '\u2028', '\u2029'),
      { maxLength: 20 },
    )
    .map((chars) => chars.join('')),
  fc
    .array(fc.constantFrom('a', '😀', '\ud800', '\udfff', '\udbff\udc00'), { maxLength: 10 })
    .map((chars) => chars.join('')),
);

const extensionName = fc.oneof(
  fc.constantFrom('orderId', 'errors', '0', '42', '7a', 'retry-after', ''),
  fc.string({ maxLength: 8 }),
);

/** A problem document as buildProblem makes them, or with its members in another order or with other values. */
const problemDocument = fc
  .record(
    {
      type: anyText,
      title: anyText,
      status: fc.integer({ min: 400, max: 599 }),
      detail: anyText,
      instance: anyText,
      requestId: anyText,
      retryAfter: fc.integer({ min: 0, max: 31_536_000 }),
    },
    { requiredKeys: ['type', 'title', 'status', 'detail'] },
  )
  .chain((standard) =>
    fc.record({
      standard: fc.constant(standard),
      extensions: fc.dictionary(extensionName, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      shuffled: fc.boolean(),
    }),
  )
  .map(({ standard, extensions, shuffled }) => {
    const entries = [...Object.entries(standard), ...Object.entries(extensions)];
    if (shuffled) entries.reverse();
    return Object.fromEntries(entries) as ProblemDocument;
  });

describe('problemJson', () => {
  it('writes any problem document exactly as JSON.stringify does', () => {
    fc.assert(
      fc.property(problemDocument, (problem) => {
        expect(problemJson(problem)).toBe(JSON.stringify(problem));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes it on one line, as toSingleLine(JSON.stringify(problem)), with no raw line break left', () => {
    fc.assert(
      fc.property(problemDocument, (problem) => {
        const json = problemJson(problem, true);
        expect(json).toBe(toSingleLine(JSON.stringify(problem)));
        expect(json).not.toMatch(/[\r\n\u0085\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(problem)));
      }),
      { numRuns: 3000 },
    );
  });

  it('writes the problems buildProblem makes of any thrown value exactly as JSON.stringify does', () => {
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
    fc.assert(
      fc.property(problems, (problem) => {
        let expected: string;
        try {
          expected = JSON.stringify(problem);
        } catch {
          return; // an unserialisable extension: the next test
        }
        if (Buffer.byteLength(expected) > MAX_PROBLEM_JSON_BYTES) return;
        expect(problemJson(problem)).toBe(expected);
        expect(problemJson(problem, true)).toBe(toSingleLine(expected));
      }),
      { numRuns: 3000 },
    );
  });

  it('drops an extension that cannot be serialised, and only that one', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const base = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'd', requestId: 'r' };
    for (const bad of [
      10n,
      cyclic,
      {
        toJSON: () => {
          throw new Error('no');
        },
      },
    ]) {
      const problem = { ...base, orderId: 5, bad, after: [1] } as ProblemDocument;
      expect(problemJson(problem)).toBe(JSON.stringify({ ...base, orderId: 5, after: [1] }));
      expect(problemJson(problem, true)).toBe(JSON.stringify({ ...base, orderId: 5, after: [1] }));
    }
  });

  it('drops every extension when they would make the text larger than MAX_PROBLEM_JSON_BYTES', () => {
    const base = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'd\u2028', retryAfter: 3 };
    const problem = { ...base, small: 1, large: 'x'.repeat(MAX_PROBLEM_JSON_BYTES) } as ProblemDocument;
    expect(problemJson(problem)).toBe(JSON.stringify(base));
    expect(problemJson(problem, true)).toBe(toSingleLine(JSON.stringify(base)));
  });
});
