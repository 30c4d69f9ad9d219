/**
 * The automata agree with java.util.regex: for every pattern refa can represent (lookarounds at the edges
 * included) and every message of a corpus, membership equals Java's Pattern.matches.
 */
import { describe, expect, it } from '@jest/globals';
import { integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { counterexample } from '../../src/lint/checks/counterexample.js';
import {
  anyMessage,
  containing,
  contains,
  intersection,
  patternLanguage,
  shortestMessage,
  startingWith,
  union,
  withinLimits,
} from '../../src/lint/language.js';
import { RUNTIME_MESSAGES } from '../../src/lint/runtime-messages.js';
import { SERVERLESS_V3_DEFAULT_STATUS_CODES } from '../../src/lint/serverless-config.js';
import { namedMessages } from '../generate/corpus.js';
import { javaMatchMatrix } from '../support/java-regex.js';

const FITTING = [
  ...integrationResponses(defaultCatalog).integrationResponses.flatMap((response) =>
    response.selectionPattern === undefined ? [] : [response.selectionPattern],
  ),
  ...Object.values(SERVERLESS_V3_DEFAULT_STATUS_CODES).flatMap(({ pattern }) =>
    pattern === '' ? [] : [pattern],
  ),
  '^\\[404\\].*$',
  '(?=\\[4)[\\s\\S]+',
  '(?!\\[)[\\s\\S]*',
  '[\\s\\S]*(?<!x)',
  '(?<=a)[\\s\\S]*',
  '(?<!a)b',
  'a(?=b)',
  'a(?!b)',
  '.*[Not Found].*',
  '\\s+\\S*',
  '(?:x|(?!\\[404\\])[\\s\\S]+)',
  '(?:^a)b',
  '(?:x|^)a(?:b$|c)',
];

const MESSAGES = [
  ...namedMessages([400, 404, 500, 504]),
  ...RUNTIME_MESSAGES.map((sample) => sample.message),
  'a',
  'b',
  'ab',
  'ac',
  'bc',
  'x',
  'ax',
  '[4',
  '\u00a0',
  ' \u0085',
  'Not\u2028Found',
];

describe('patternLanguage', () => {
  it('represents each pattern exactly as Java full-matches it', async () => {
    const java = await javaMatchMatrix(FITTING, MESSAGES);
    const disagreements: string[] = [];
    FITTING.forEach((pattern, p) => {
      const language = patternLanguage(pattern);
      if (!language.fits) throw new Error(`${pattern} does not fit: ${language.reason}`);
      MESSAGES.forEach((message, m) => {
        if (contains(language.language, message) !== java[m]?.[p])
          disagreements.push(`${JSON.stringify(pattern)} on ${JSON.stringify(message)}`);
      });
    });
    expect(disagreements).toEqual([]);
  });

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
