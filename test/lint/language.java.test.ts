/**
 * The automata agree with java.util.regex: for every pattern refa can represent (lookarounds at the edges
 * included) and every message of a corpus, membership equals Java's Pattern.matches.
 */
import { describe, expect, it } from '@jest/globals';
import { SERVERLESS_V3_DEFAULT_STATUS_CODES } from '../../src/existing-api/serverless-config.js';
import { integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { contains, patternLanguage } from '../../src/lint/language.js';
import { RUNTIME_MESSAGES } from '../../src/lint/runtime-messages.js';
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
});
