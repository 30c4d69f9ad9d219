import { describe, expect, it } from '@jest/globals';
import {
  assertPortablePattern,
  fullMatch,
  portabilityProblem,
  selectionPatternsByStatus,
  TIMEOUT_MESSAGE_STARTS,
} from '../../src/generate/index.js';
import { fixedProblemTemplate } from '../../src/generate/templates.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';

describe('portabilityProblem', () => {
  it.each([
    ['\\Qa.b\\E', '\\Q…\\E quoting is Java-only'],
    ['a\\E', '\\Q…\\E quoting is Java-only'],
    ['\\p{L}+', '\\p{…} classes need the u flag in JavaScript'],
    ['\\Aabc', '\\A is Java-only (the match is full-string anyway)'],
    ['(?<n>a)\\k<n>', 'the group "(?<n" (inline flags, atomic and named groups are not portable)'],
    ['abc\\', 'a trailing backslash'],
    ['(?i)abc', 'the group "(?i)" (inline flags, atomic and named groups are not portable)'],
    ['(?>a+)b', 'the group "(?>a" (inline flags, atomic and named groups are not portable)'],
    ['a*+b', 'a possessive quantifier (Java-only)'],
    ['a++', 'a possessive quantifier (Java-only)'],
    ['a?+', 'a possessive quantifier (Java-only)'],
    ['a{2}+', 'a possessive quantifier (Java-only)'],
    ['[a[b]]', 'a [ inside a character class (a union in Java, a literal in JavaScript)'],
    ['[a-z&&[^q]]', '&& inside a character class (an intersection in Java)'],
    ['[]a]', 'a character class starting with ] (literal in Java, empty in JavaScript)'],
    ['[^]a]', 'a character class starting with ] (literal in Java, empty in JavaScript)'],
    ['[abc', 'an unclosed character class'],
  ])('refuses %p', (pattern, problem) => {
    expect(portabilityProblem(pattern)).toBe(problem);
  });

  it.each([['(a'], ['a{2,1}'], ['*a']])(
    'refuses %p, which JavaScript cannot compile, with its error',
    (pattern) => {
      expect(portabilityProblem(pattern)).toMatch(
        new RegExp(
          `^it does not compile in JavaScript \\(Invalid regular expression: /${pattern.replace(/[(){}*]/g, '\\$&')}/: .+\\)$`,
        ),
      );
    },
  );

  it.each([
    ['\\[404\\] \\{[\\s\\S]*'],
    ['[\\]a]'],
    ['[a\\[b]'],
    ['[a&b]'],
    ['[a&]'],
    ['[^a]+'],
    ['(?:a|b)'],
    ['(?=a)a'],
    ['(?!a)b'],
    ['(?<=a)b'],
    ['(?<!a)b'],
    ['a+b*c?d{2}e{1,}'],
    ['\\d\\w\\s\\.'],
    [''],
  ])('accepts %p', (pattern) => {
    expect(portabilityProblem(pattern)).toBeUndefined();
    expect(() => assertPortablePattern(pattern)).not.toThrow();
  });

  it('assertPortablePattern names the pattern and the problem', () => {
    expect(() => assertPortablePattern('(?i)x')).toThrow(
      new Error(
        'selection pattern "(?i)x" is outside the Java∩JavaScript regex subset: the group "(?i)" (inline flags, atomic and named groups are not portable)',
      ),
    );
  });

  it('fullMatch matches the whole string only, alternatives included', () => {
    expect(fullMatch('a|b', 'a')).toBe(true);
    expect(fullMatch('a|b', 'ab')).toBe(false);
    expect(fullMatch('[\\s\\S]*', 'x\ny')).toBe(true);
    expect(fullMatch('x', 'x\n')).toBe(false);
  });
});

describe('selectionPatternsByStatus', () => {
  it('defaults to 504 for timeouts and 500 for the catch-all', () => {
    expect(selectionPatternsByStatus(defaultCatalog)).toEqual(
      selectionPatternsByStatus(defaultCatalog, { timeoutStatus: 504, catchAllStatus: 500 }),
    );
  });

  it('moves the timeout and catch-all alternatives to the statuses given', () => {
    const catalog = defineErrorCatalog({ Missing: { status: 404 } }, { base: null });
    const selections = selectionPatternsByStatus(catalog, { timeoutStatus: 503, catchAllStatus: 502 });
    expect(selections.map(({ status, alternatives }) => [status, alternatives.map((a) => a.role)])).toEqual([
      [404, ['tagged']],
      [502, ['catch-all']],
      [503, ['timeout', 'timeout', 'timeout']],
    ]);
    expect(selections[1]?.selectionPattern).toBe(
      '(?!\\[(?:404)\\] \\{|Task timed out after |RequestId: [^ ]{1,128} Error: Task timed out after |[0-9]{4}-[0-9]{2}-[0-9]{2}T[^ ]{1,29} [^ ]{1,128} Task timed out after )[\\s\\S]+',
    );
  });

  it('with an empty catalog, the catch-all excludes only the timeout messages', () => {
    const empty = defineErrorCatalog({}, { base: null });
    const selections = selectionPatternsByStatus(empty);
    expect(selections.map((selection) => selection.status)).toEqual([500, 504]);
    const catchAll = selections[0]?.selectionPattern as string;
    expect(catchAll).toBe(`(?!${TIMEOUT_MESSAGE_STARTS.join('|')})[\\s\\S]+`);
    expect(fullMatch(catchAll, '[404] {"status":404}')).toBe(true);
    expect(fullMatch(catchAll, 'Task timed out after 3.00 seconds')).toBe(false);
    expect(fullMatch(catchAll, '')).toBe(false);
  });
});

describe('fixedProblemTemplate', () => {
  it('writes a fixed problem body with only the request id dynamic', () => {
    expect(fixedProblemTemplate(503, 'Try again later.')).toBe(
      "#set($context.responseOverride.header.Content-Type='application/problem+json')\n" +
        '{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"Try again later.","requestId":"$context.requestId"}',
    );
  });

  it.each([['costs $5'], ['#set($x = 1)'], ['a\\b']])(
    'refuses a detail VTL would interpret: %p',
    (detail) => {
      expect(() => fixedProblemTemplate(500, detail)).toThrow(
        `integrationResponses: the fixed detail ${JSON.stringify(detail)} contains $, # or \\, which VTL would interpret; use plain text`,
      );
    },
  );
});
