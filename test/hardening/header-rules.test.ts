// Issue 9, item 4: header values are visible ASCII, space and tab only; Content-Encoding and
// Transfer-Encoding never come from an error; `headers` given as an array are ignored.
import { describe, expect, it } from '@jest/globals';
import createError from 'http-errors';
import { classify, defaultCatalog, proxyErrorResponse } from '../../src/index.js';
import { respondTo } from '../proxy/support.js';

describe("an error's own headers", () => {
  it.each([
    ['NEL (U+0085)', 'a\u0085b'],
    ['LINE SEPARATOR (U+2028)', 'a\u2028b'],
    ['PARAGRAPH SEPARATOR (U+2029)', 'a\u2029b'],
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', 'a\udc00b'],
    ['a character above U+00FF', 'caf\u0113'],
    ['a Latin-1 character', 'caf\u00e9'],
    ['an emoji', 'ok 😀'],
    ['DEL', 'a\u007fb'],
    ['a vertical tab', 'a\u000bb'],
  ])('refuses a value holding %s', async (_label, value) => {
    const thrown = createError(401, 'who?', { headers: { 'WWW-Authenticate': value, 'X-Ok': 'fine' } });
    expect(classify(thrown).headers).toEqual({ 'X-Ok': 'fine' });
    const response = await respondTo('rest-v1', thrown, [proxyErrorResponse({ logger: false })]);
    expect(response.headers).not.toHaveProperty('WWW-Authenticate');
  });

  it('keeps visible ASCII, spaces and tabs', () => {
    const value = 'Bearer realm="x", error="invalid_token"\t~!';
    expect(classify(createError(401, 'x', { headers: { 'WWW-Authenticate': value } })).headers).toEqual({
      'WWW-Authenticate': value,
    });
  });

  it.each(['Content-Encoding', 'content-encoding', 'Transfer-Encoding', 'TRANSFER-ENCODING'])(
    'refuses %s, which would misdescribe the body the writer makes',
    async (name) => {
      const thrown = defaultCatalog.error('NotFound', 'x', { headers: { [name]: 'gzip', 'X-Ok': '1' } });
      expect(classify(thrown).headers).toEqual({ 'X-Ok': '1' });
      const response = await respondTo('http-api-v2', thrown, [proxyErrorResponse({ logger: false })]);
      expect(Object.keys(response.headers as object).map((h) => h.toLowerCase())).not.toContain(
        name.toLowerCase(),
      );
    },
  );

  it('ignores headers given as an array instead of turning them into headers named "0", "1"', async () => {
    const asArray = ['X-A: 1', 'X-B: 2'] as unknown as Record<string, string>;
    const thrown = defaultCatalog.error('NotFound', 'x', { headers: asArray });
    expect(classify(thrown).headers).toEqual({});
    const foreign = Object.assign(createError(404, 'x'), { headers: ['a', 'b'] });
    expect(classify(foreign).headers).toEqual({});
    const response = await respondTo('rest-v1', thrown, [proxyErrorResponse({ logger: false })]);
    expect(response.headers).toEqual({ 'Content-Type': 'application/problem+json' });
  });
});

describe('headers already on the response', () => {
  it('drops a Content-Encoding and non-ASCII values a handler had set before it threw', async () => {
    const previous = {
      onError: (request: { response: unknown }) => {
        request.response = {
          statusCode: 200,
          headers: { 'Content-Encoding': 'gzip', 'X-Name': 'Zo\u00eb', 'X-Kept': 'yes' },
        };
      },
    };
    // onError middlewares run in reverse order of use(): `previous` runs first.
    const response = await respondTo('rest-v1', new Error('boom'), [
      proxyErrorResponse({ logger: false }),
      previous as never,
    ]);
    expect(response.headers).toEqual({ 'Content-Type': 'application/problem+json', 'X-Kept': 'yes' });
  });
});
