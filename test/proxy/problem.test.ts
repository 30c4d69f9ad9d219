import { describe, expect, it } from '@jest/globals';
import { defaultCatalog, proxyErrorResponse } from '../../src/index.js';
import { truncateUtf8 } from '../../src/util/utf8.js';
import { parsedBody, respondTo } from './support.js';

describe('truncateUtf8', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdefghij', 10, 'abcdefghij'],
    ['abcdefghijk', 10, 'abcdefg…'],
    ['ééééé', 9, 'ééé…'],
    ['ééééé', 10, 'ééééé'],
    ['😀😀😀', 8, '😀…'],
    ['😀😀😀', 6, '…'],
    ['abcdef', 2, 'ab'],
  ])('%j in %i bytes → %j', (text, max, expected) => {
    const cut = truncateUtf8(text, max);
    expect(cut).toBe(expected);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(max);
  });
});

describe('problem body', () => {
  it('drops the extension it cannot serialise and keeps the others and the standard members', async () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const error = defaultCatalog.error('BadRequest', 'bad input', { extensions: { cyclic, fine: 1 } });
    const body = parsedBody(await respondTo('rest-v1', error, [proxyErrorResponse({ logger: false })]));
    expect(body).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'bad input',
      instance: '/orders/42',
      requestId: expect.any(String),
      fine: 1,
    });
  });

  it('sends no extensions of a hidden error', async () => {
    const error = defaultCatalog.error('InternalServerError', 'db down', {
      extensions: { host: 'db.internal' },
    });
    const response = await respondTo('rest-v1', error, [proxyErrorResponse({ logger: false })]);
    expect(response.body).not.toContain('db.internal');
  });
});
