// Boundaries that mutation testing showed no test pinned: the edges of the 400–599 range and of 5xx exposure.
import { describe, expect, it } from '@jest/globals';
import { classify, defaultCatalog, defineErrorCatalog } from '../../src/index.js';

function withStatus(statusCode: number, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error('status edge'), { statusCode, ...extra });
}

describe('classify at the edges of the status range', () => {
  it.each([
    [399, 500],
    [400, 400],
    [599, 599],
    [600, 500],
  ])('an error with statusCode %i becomes %i', (statusCode, status) => {
    expect(classify(withStatus(statusCode)).status).toBe(status);
  });

  it('exposes a 499 and hides a 500 when the error says nothing about exposure', () => {
    expect(classify(withStatus(499)).exposed).toBe(true);
    expect(classify(withStatus(500)).exposed).toBe(false);
    expect(classify(withStatus(501)).exposed).toBe(false);
  });

  it('gives statuses without a kind the class kind, exposed only for 4xx', () => {
    const empty = defineErrorCatalog({}, { base: null });
    expect(classify(withStatus(499), empty)).toMatchObject({
      kind: 'ClientError',
      status: 499,
      exposed: true,
    });
    expect(classify(withStatus(500), empty)).toMatchObject({
      kind: 'ServerError',
      status: 500,
      exposed: false,
    });
  });

  it('takes an error named after a kind as that kind only when its status agrees', () => {
    const named = (status: number) => Object.assign(new Error('order 42'), { name: 'NotFound', status });
    expect(classify(named(404))).toMatchObject({ kind: 'NotFound', status: 404, detail: 'order 42' });
    expect(classify(named(410))).toMatchObject({ kind: 'Gone', status: 410 });
  });
});

describe('catalog statuses', () => {
  it('are sorted ascending whatever the definition order', () => {
    const catalog = defineErrorCatalog(
      { Busy: { status: 503 }, Missing: { status: 404 }, Teapot: { status: 418 } },
      { base: null },
    );
    expect(catalog.statuses).toEqual([404, 418, 503]);
    expect(defaultCatalog.statuses).toEqual([...defaultCatalog.statuses].sort((a, b) => a - b));
  });
});
