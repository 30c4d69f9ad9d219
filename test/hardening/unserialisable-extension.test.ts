// Issue 20, item 6: one extension that cannot be serialised (a nested BigInt, a cycle, a throwing toJSON)
// drops only itself: the validation `errors` and every other extension still reach the client, on both paths.
import { describe, expect, it } from '@jest/globals';
import { defaultCatalog } from '../../src/index.js';
import { proxyView, taggedView } from '../support/cross-path.js';

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { name: 'loop' };
  value.self = value;
  return value;
}

const UNSERIALISABLE: ReadonlyArray<readonly [string, () => unknown]> = [
  ['a nested BigInt', () => ({ total: { cents: 1999n } })],
  ['a cycle', cyclic],
  [
    'a throwing toJSON',
    () => ({
      toJSON() {
        throw new Error('no');
      },
    }),
  ],
];

describe.each(UNSERIALISABLE)('an extension holding %s', (_label, build) => {
  const thrown = () =>
    defaultCatalog.error('BadRequest', 'the order is invalid', {
      extensions: {
        errors: [{ instancePath: '/items/0', message: 'must have a sku' }],
        broken: build(),
        orderId: 'o-42',
      },
    });

  it('drops only itself from the proxy response', async () => {
    const { status, problem } = await proxyView(thrown());
    expect(status).toBe(400);
    expect(problem).toMatchObject({
      detail: 'the order is invalid',
      errors: [{ instancePath: '/items/0', message: 'must have a sku' }],
      orderId: 'o-42',
    });
    expect(problem).not.toHaveProperty('broken');
  });

  it('drops only itself from the tagged errorMessage', async () => {
    const { status, problem } = await taggedView(thrown());
    expect(status).toBe(400);
    expect(problem).toMatchObject({
      errors: [{ instancePath: '/items/0', message: 'must have a sku' }],
      orderId: 'o-42',
    });
    expect(problem).not.toHaveProperty('broken');
  });
});
