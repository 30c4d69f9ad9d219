/**
 * The automata without Java: why a pattern does not fit, the language helpers. Their agreement with
 * java.util.regex is checked in language.java.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { counterexample } from '../../src/lint/checks/counterexample.js';
import {
  anyMessage,
  containing,
  intersection,
  patternLanguage,
  shortestMessage,
  startingWith,
  union,
  withinLimits,
} from '../../src/lint/language.js';

describe('patternLanguage', () => {
  it.each([
    ['(a+)\\1', 'it uses a backreference'],
    ['a(?<=a)b', 'it uses a lookaround or anchor away from the pattern edges'],
    ['a^b', 'it uses a lookaround or anchor away from the pattern edges'],
    ['(?:(?=a)a)+', 'it uses a lookaround or anchor away from the pattern edges'],
    ['[\\s\\S]{0,60000}', 'its automaton would exceed the state limit'],
  ])('says why %p does not fit', (pattern, reason) => {
    expect(patternLanguage(pattern)).toEqual({ fits: false, reason });
  });

  it('builds languages from prefixes and parts, and finds the shortest readable message', () => {
    const tagged = intersection(startingWith('[404] '), containing('secret'));
    expect(shortestMessage(tagged)).toBe('[404] secret');
    expect(shortestMessage(union([startingWith('ab'), startingWith('b')]))).toBe('b');
    expect(shortestMessage(anyMessage())).toBe('');
    const nothing = patternLanguage('[^\\s\\S]');
    expect(nothing.fits && shortestMessage(nothing.language)).toBeUndefined();
    const lineBreak = patternLanguage('\\n');
    expect(lineBreak.fits && shortestMessage(lineBreak.language)).toBe('\n');
    const control = patternLanguage('\\x01');
    expect(control.fits && shortestMessage(control.language)).toBe('\u0001');
  });
});

describe('patternLanguage with lookarounds at the edges', () => {
  const MESSAGES = ['', 'a', 'b', 'ab', 'ba', 'bb', 'aab', 'abb', 'xb', 'bx', 'abab'];
  /** The messages of MESSAGES a language holds, by the automaton. */
  function members(pattern: string): string[] {
    const language = patternLanguage(pattern);
    if (!language.fits) throw new Error(`${pattern}: ${language.reason}`);
    return MESSAGES.filter((message) =>
      language.language.test([...message].map((character) => character.codePointAt(0) as number)),
    );
  }

  it.each([
    // A lookbehind at the start sees nothing before the message; a lookahead at the end, nothing after.
    ['(?<=a)b', []],
    ['(?<!a)b', ['b']],
    ['b(?=a)', []],
    ['b(?!a)', ['b']],
    // A lookahead at the start sees the whole message; a lookbehind at the end, too.
    ['(?=ab)[ab]+', ['ab', 'abb', 'abab']],
    ['(?!ab)[ab]+', ['a', 'b', 'ba', 'bb', 'aab']],
    ['[ab]+(?<=ab)', ['ab', 'aab', 'abab']],
    ['[ab]+(?<!ab)', ['a', 'b', 'ba', 'bb', 'abb']],
    // In a group that is the whole pattern, and before the rest of the pattern.
    ['(?:(?<!x)b|x)', ['b']],
    ['(?:(?<!x)a|x)b', ['ab', 'xb']],
  ])('reads %p as JavaScript full-matches it', (pattern, expected) => {
    const javascript = new RegExp(`^(?:${pattern})$`, 'u');
    expect(MESSAGES.filter((message) => javascript.test(message))).toEqual(expected);
    expect(members(pattern)).toEqual(expected);
  });
});

describe('language helpers', () => {
  it('says why a pattern outside the shared syntax has no language', () => {
    expect(patternLanguage('(?i)x')).toEqual({
      fits: false,
      reason: expect.stringContaining('outside the Java∩JavaScript regex subset'),
    });
  });

  it('lets errors other than the state limit through', () => {
    expect(() =>
      withinLimits(() => {
        throw new Error('a bug');
      }),
    ).toThrow('a bug');
  });

  it('refuses to show an automaton counterexample the full match does not confirm', () => {
    const language = patternLanguage('a');
    expect(() =>
      counterexample(
        () => (language.fits ? language.language : undefined),
        () => false,
        () => undefined,
      ),
    ).toThrow('lint: the automaton\'s counterexample "a" fails the full match');
  });
});
