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
