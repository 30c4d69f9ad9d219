/**
 * The constructs Java and JavaScript both accept but read differently, and the ones JavaScript accepts and
 * Java rejects: checked against java.util.regex itself.
 */
import { describe, expect, it } from '@jest/globals';
import { fullMatch, portabilityProblem } from '../../src/generate/index.js';
import { javaReading, usesDot, withDotAsAnyCharacter } from '../../src/generate/pattern-syntax.js';
import { javaMatchMatrix } from '../support/java-regex.js';

/** Read alike by neither engine, and what fullMatch must now say: Java's answer. */
const READ_DIFFERENTLY: readonly { pattern: string; message: string; alike?: true }[] = [
  { pattern: '.', message: '\u0085' },
  { pattern: 'a.b', message: 'a\u0085b' },
  { pattern: '\\s', message: '\u00a0' },
  { pattern: '[\\s]', message: '\ufeff' },
  { pattern: '\\S', message: '\u00a0' },
  { pattern: '[^\\S]', message: '\u3000' },
  { pattern: '[\\S]', message: '\u2028' },
  // A surrogate pair is one character to Java, as to JavaScript's Unicode mode (code-point bounds).
  { pattern: '[\\S]{2}', message: '\u{1F600}\u{1F600}' },
  { pattern: '.[\\S]', message: '\u{1F600}\u{1F600}' },
  { pattern: '\\v', message: '\n' },
  { pattern: '[\\v]', message: '\u0085' },
  { pattern: 'a$\\n', message: 'a\n' },
  { pattern: 'a$\\r\\n', message: 'a\r\n' },
  { pattern: 'a$\\r', message: 'a\r' },
  { pattern: '(?:a$|b)c', message: 'ac', alike: true },
  { pattern: '(a$)', message: 'a', alike: true },
  { pattern: '[a$.]+', message: '$.a', alike: true },
  {
    pattern: '.*Task timed out after \\d+\\.\\d+ seconds$',
    message: 'x\u0085Task timed out after 3.00 seconds',
  },
];

describe('javaReading and fullMatch', () => {
  it('reads `.`, `\\s`, `\\S`, `\\v` and `$` as java.util.regex does', async () => {
    const patterns = READ_DIFFERENTLY.map((entry) => entry.pattern);
    const messages = READ_DIFFERENTLY.map((entry) => entry.message);
    const java = await javaMatchMatrix(patterns, messages);
    const disagreements = READ_DIFFERENTLY.flatMap(({ pattern }, p) =>
      messages.flatMap((message, m) =>
        fullMatch(pattern, message) === java[m]?.[p]
          ? []
          : [`${JSON.stringify(pattern)} on ${JSON.stringify(message)}`],
      ),
    );
    expect(disagreements).toEqual([]);
    // Each entry but the `alike` ones is a real difference: JavaScript's own reading disagrees with Java on it.
    for (const [index, { pattern, message, alike }] of READ_DIFFERENTLY.entries()) {
      if (alike) continue;
      expect([pattern, new RegExp(`^(?:${pattern})$`).test(message)]).toEqual([
        pattern,
        !java[index]?.[index],
      ]);
    }
  });

  it('leaves patterns without those constructs as they are', () => {
    expect(javaReading('\\[404\\] \\{[\\s\\S]*')).toBe('\\[404\\] \\{[\\s\\S]*');
    expect(javaReading('[.$]\\.\\$')).toBe('[.$]\\.\\$');
  });

  it('refuses a non-portable pattern', () => {
    expect(() => javaReading('(?s).*')).toThrow(/outside the Java∩JavaScript regex subset/);
    expect(() => fullMatch('\\y', 'y')).toThrow(/the escape \\y/);
  });

  it('finds `.` outside classes and rewrites it to any character', () => {
    expect(usesDot('\\[404\\].*')).toBe(true);
    expect(usesDot('[.]\\.')).toBe(false);
    expect(withDotAsAnyCharacter('a.[.]\\.')).toBe('a[\\s\\S][.]\\.');
  });
});

/** JavaScript (without the u flag) accepts these; Java rejects them or reads them as something else. */
const JAVA_DIFFERS: readonly { pattern: string; problem: RegExp; message: string }[] = [
  { pattern: '\\[404\\] {.*', problem: /a \{ that is not a repetition/, message: '[404] {x' },
  { pattern: 'a{', problem: /a \{ that is not a repetition/, message: 'a{' },
  { pattern: 'a{,3}', problem: /a \{ that is not a repetition/, message: 'a{,3}' },
  { pattern: '\\y', problem: /the escape \\y/, message: 'y' },
  { pattern: '\\0', problem: /\\0 is NUL/, message: '\0' },
  { pattern: '\\u12', problem: /a malformed \\u escape/, message: 'u12' },
  { pattern: '\\x1', problem: /a malformed \\x escape/, message: 'x1' },
  { pattern: '\\c', problem: /a malformed \\c escape/, message: '\\c' },
  // Java reads \cx as x XOR 64 ('a' → '!'); JavaScript masks the letter's case (U+0001).
  { pattern: '\\ca', problem: /\\ca is read differently/, message: '!' },
  { pattern: '\\cz', problem: /\\cz is read differently/, message: '\u001a' },
  { pattern: '[\\ca]', problem: /\\ca is read differently/, message: '\u0001' },
  { pattern: '[\\b]', problem: /inside a character class/, message: '\b' },
  { pattern: '\\1', problem: /a backreference/, message: '\u0001' },
  { pattern: '(a)\\2', problem: /a backreference/, message: 'a\u0002' },
  { pattern: '(x)?\\1', problem: /a backreference/, message: '' },
];

describe('portabilityProblem, beyond what the generator emits', () => {
  it.each(JAVA_DIFFERS)('refuses $pattern', ({ pattern, problem }) => {
    expect(portabilityProblem(pattern)).toMatch(problem);
  });

  it('each refused pattern is rejected by Java or read differently by it', async () => {
    const outcomes: string[] = [];
    // One JVM at a time: a pattern Java cannot compile fails the whole batch.
    for (const { pattern, message } of JAVA_DIFFERS) {
      const javaScript = new RegExp(`^(?:${pattern})$`).test(message);
      try {
        const [[java]] = (await javaMatchMatrix([pattern], [message])) as [[boolean]];
        outcomes.push(java === javaScript ? `${pattern}: both ${java}` : 'differs');
      } catch (error) {
        outcomes.push(/does not compile in Java/.test(String(error)) ? 'differs' : String(error));
      }
    }
    expect(outcomes).toEqual(JAVA_DIFFERS.map(() => 'differs'));
  });

  it('accepts what both read alike', () => {
    for (const pattern of ['a{2}', 'a{2,}', 'a{2,5}', '}', 'a}', '\\x41\\u0041\\cJ', '[{}]', '\\-\\/\\@']) {
      expect([pattern, portabilityProblem(pattern)]).toEqual([pattern, undefined]);
    }
  });
});

describe('fullMatch cache', () => {
  it('keeps answering right once it has compiled more patterns than it keeps', () => {
    const patterns = Array.from({ length: 300 }, (_, index) => `a{${index}}`);
    expect(patterns.every((pattern, index) => fullMatch(pattern, 'a'.repeat(index)))).toBe(true);
    expect(fullMatch('a{0}', '')).toBe(true);
    expect(fullMatch('a{0}', 'a')).toBe(false);
  });
});
