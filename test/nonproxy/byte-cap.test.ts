// The tagged message's byte cap in one pass: checked against the real serialiser (JSON.stringify then
// toSingleLine) by brute force over every prefix, on generated details full of escapes and surrogates.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { classify, defaultCatalog, formatTaggedMessage } from '../../src/index.js';
import { toSingleLine, unitsFittingEscaped } from '../../src/tagged/single-line-json.js';
import { truncateUtf8 } from '../../src/util/utf8.js';

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');
const escapedBytes = (text: string) => utf8(toSingleLine(JSON.stringify(text))) - 2;

/** Code point boundaries of `text`, longest first. */
function prefixEnds(text: string): number[] {
  const ends = [0];
  let index = 0;
  for (const char of text) {
    index += char.length;
    ends.push(index);
  }
  return ends.reverse();
}

/** The detail the cap must keep: the longest prefix that fits `room`, with "…" when cut and there is room for it. */
function expectedDetail(detail: string, room: number): string {
  if (escapedBytes(detail) <= room) return detail;
  for (const end of prefixEnds(detail)) {
    const prefix = detail.slice(0, end);
    if (room >= 3 && escapedBytes(prefix) + 3 <= room) return `${prefix}…`;
    if (room < 3 && escapedBytes(prefix) <= room) return prefix;
  }
  return '';
}

// Characters that escape differently: quotes, backslash, short and long control escapes, DEL, NEL, LS, PS,
// 2-, 3- and 4-byte characters, and lone surrogates of both halves.
const awkward = fc
  .array(
    fc.constantFrom(
      'a',
      '"',
      '\\',
      '\n',
      '\u0001',
      '\u007f',
      '\u0085',
      'é',
      '€',
      '\u2028',
      '😀',
      '\ud800',
      '\udc00',
    ),
    {
      maxLength: 60,
    },
  )
  .map((chars) => chars.join(''));
const detailText = fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 120 }));

describe('the one-pass byte cap', () => {
  it('counts escaped bytes as JSON.stringify and toSingleLine write them', () => {
    fc.assert(
      fc.property(detailText, fc.nat(200), (text, maxBytes) => {
        const units = unitsFittingEscaped(text, maxBytes);
        const expected = prefixEnds(text).find((end) => escapedBytes(text.slice(0, end)) <= maxBytes);
        expect(units).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the longest detail that fits the message cap, and never exceeds it', () => {
    fc.assert(
      fc.property(
        detailText,
        fc.integer({ min: 100, max: 500 }),
        fc.boolean(),
        (detail, maxMessageBytes, withExtension) => {
          const error = defaultCatalog.error(
            'BadRequest',
            detail,
            withExtension ? { extensions: { field: 'naïve "x"' } } : {},
          );
          const { message, status } = formatTaggedMessage(classify(error, defaultCatalog), {
            maxMessageBytes,
            requestId: 'r-1',
          });
          expect(utf8(message)).toBeLessThanOrEqual(maxMessageBytes);
          const problem = JSON.parse(message.slice(message.indexOf(' ') + 1)) as Record<string, unknown>;
          const empty = `[${status}] ${toSingleLine(JSON.stringify({ ...problem, detail: '' }))}`;
          // Below the middleware's minimum (256) even the bare problem may not fit: nothing to check then.
          if (utf8(empty) > maxMessageBytes) return;
          expect(utf8(message)).toBeLessThanOrEqual(maxMessageBytes);
          // An empty detail is replaced by the title before any cut.
          const shown = detail === '' ? 'Bad Request' : detail;
          expect(problem.detail).toBe(expectedDetail(shown, maxMessageBytes - utf8(empty)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

/** truncateUtf8 as it was (a for…of walk over code points), the reference for the encodeInto version. */
function truncateUtf8Walk(text: string, maxBytes: number): string {
  const budget = maxBytes >= 3 ? maxBytes - 3 : maxBytes;
  let used = 0;
  let end = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    const bytes = char.length === 2 ? 4 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
    if (used + bytes > budget) {
      if (used + bytes + utf8(text.slice(end + char.length)) <= maxBytes) return text;
      return maxBytes >= 3 ? `${text.slice(0, end)}…` : text.slice(0, end);
    }
    used += bytes;
    end += char.length;
  }
  return text;
}

describe('truncateUtf8', () => {
  it('cuts exactly where walking the code points does, lone surrogates included', () => {
    fc.assert(
      fc.property(detailText, fc.nat(150), (text, maxBytes) => {
        expect(truncateUtf8(text, maxBytes)).toBe(truncateUtf8Walk(text, maxBytes));
      }),
      { numRuns: 5000 },
    );
  });
});
