// Issue 9, items 2 and 3: Retry-After seconds validated on every path, and the same rule (which
// statuses, which sources) for the proxy response and the non-proxy tag.
import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import createError from 'http-errors';
import {
  CatalogDefinitionError,
  classify,
  defaultCatalog,
  defineErrorCatalog,
  formatTaggedMessage,
  MAX_RETRY_AFTER_SECONDS,
  type MappedError,
  proxyErrorResponse,
  taggedErrorMessage,
} from '../../src/index.js';
import { parsedBody, respondTo } from '../proxy/support.js';
import { lambdaContext } from '../support/events.js';

const catalog = defineErrorCatalog({
  Busy: { status: 503, retryAfterSeconds: 30 },
  Locked: { status: 423, retryAfterSeconds: 5 },
  EditConflict: { status: 409, retryAfterSeconds: 2 },
});

const INVALID_SECONDS: ReadonlyArray<readonly [string, unknown]> = [
  ['a fraction', 1.5],
  ['a negative number', -1],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['1e21', 1e21],
  ['an unsafe integer', 2 ** 53],
  ['more than a year', MAX_RETRY_AFTER_SECONDS + 1],
  ['a string with CR LF', '5\r\nSet-Cookie: a=b'],
  ['a digit string', '5'],
  ['an object', { valueOf: () => 5 }],
  ['a bigint', 5n],
];

async function tagOf(
  thrown: unknown,
  options = {},
): Promise<{ status: number; problem: Record<string, unknown> }> {
  const handler = middy(async () => {
    throw thrown;
  }).use(taggedErrorMessage({ catalog, logger: false, ...options }));
  try {
    await handler({}, lambdaContext('req-1'));
  } catch (error) {
    const match = /^\[(\d{3})\] (\{.*\})$/s.exec((error as Error).message);
    if (!match) throw new Error(`untagged: ${(error as Error).message}`);
    return { status: Number(match[1]), problem: JSON.parse(match[2]!) };
  }
  throw new Error('the handler did not reject');
}

async function proxyOf(
  thrown: unknown,
): Promise<{ status: number; retryAfter: unknown; body: Record<string, unknown> }> {
  const response = await respondTo('rest-v1', thrown, [proxyErrorResponse({ catalog, logger: false })]);
  const headers = response.headers as Record<string, string>;
  return {
    status: response.statusCode as number,
    retryAfter: headers['Retry-After'],
    body: parsedBody(response),
  };
}

describe('retryAfterSeconds is validated on every path', () => {
  it.each(INVALID_SECONDS)(
    'catalog.error(…, { retryAfterSeconds: %s }) falls back to the kind default',
    async (_label, value) => {
      const thrown = catalog.error('Busy', 'x', { retryAfterSeconds: value as number });
      expect(thrown.retryAfterSeconds).toBe(30);
      expect(classify(thrown, catalog).retryAfter).toBe(30);
      expect((await proxyOf(thrown)).retryAfter).toBe('30');
      expect((await tagOf(thrown)).problem.retryAfter).toBe(30);
    },
  );

  it.each(INVALID_SECONDS)(
    'a CatalogError whose retryAfterSeconds became %s is sent the kind default',
    async (_label, value) => {
      const thrown = Object.assign(catalog.error('Busy', 'x'), { retryAfterSeconds: value });
      expect(classify(thrown, catalog).retryAfter).toBe(30);
      const proxy = await proxyOf(thrown);
      expect(proxy).toMatchObject({ status: 503, retryAfter: '30' });
      expect(proxy.body.retryAfter).toBe(30);
    },
  );

  it.each(INVALID_SECONDS)('an http-errors error with retryAfterSeconds %s gets none', (_label, value) => {
    expect(
      classify(Object.assign(createError(429), { retryAfterSeconds: value })).retryAfter,
    ).toBeUndefined();
  });

  it('accepts 0 and the one-year bound', () => {
    expect(classify(catalog.error('Busy', 'x', { retryAfterSeconds: 0 }), catalog).retryAfter).toBe(0);
    const max = catalog.error('Busy', 'x', { retryAfterSeconds: MAX_RETRY_AFTER_SECONDS });
    expect(classify(max, catalog).retryAfter).toBe(MAX_RETRY_AFTER_SECONDS);
  });

  it.each([
    [1e21, 'got 1e+21'],
    [MAX_RETRY_AFTER_SECONDS + 1, `got ${MAX_RETRY_AFTER_SECONDS + 1}`],
    [2.5, 'got 2.5'],
  ])('refuses a kind defined with retryAfterSeconds %p', (value, got) => {
    expect(() => defineErrorCatalog({ Busy: { status: 503, retryAfterSeconds: value } })).toThrow(
      CatalogDefinitionError,
    );
    expect(() => defineErrorCatalog({ Busy: { status: 503, retryAfterSeconds: value } })).toThrow(got);
  });

  it('never renders an invalid retryAfter of a hand-made MappedError', () => {
    const bad = { ...classify(catalog.error('Busy'), catalog), retryAfter: 1e21 } as MappedError;
    expect(formatTaggedMessage(bad, { catalog }).message).not.toContain('retryAfter');
    const bigint = { ...classify(catalog.error('Busy'), catalog), retryAfter: 5n as unknown as number };
    const { status, message } = formatTaggedMessage(bigint, { catalog });
    expect(status).toBe(503);
    expect(message).not.toContain('retryAfter');
  });
});

describe('Retry-After: the same statuses and sources for proxy and non-proxy', () => {
  it.each([
    ['a 409 kind', () => catalog.error('EditConflict', 'edited elsewhere'), 409, 2],
    ['a 423 kind', () => catalog.error('Locked', 'locked'), 423, 5],
    ['a 503 kind', () => catalog.error('Busy'), 503, 30],
    ['a per-error option on a 404', () => catalog.error('NotFound', 'x', { retryAfterSeconds: 3 }), 404, 3],
    [
      'an http-errors 429 with its own Retry-After header',
      () => createError(429, 'slow', { headers: { 'Retry-After': '7' } }),
      429,
      7,
    ],
    [
      'an http-errors 503 (hidden) with its own retry-after header',
      () => createError(503, 'db-7', { headers: { 'retry-after': ' 12 ' } }),
      503,
      12,
    ],
    [
      'a 503 kind whose error carries its own Retry-After header',
      () => catalog.error('Busy', 'x', { headers: { 'Retry-After': '4' } }),
      503,
      4,
    ],
    [
      'a per-error option over the own header',
      () => catalog.error('Busy', 'x', { retryAfterSeconds: 1, headers: { 'Retry-After': '4' } }),
      503,
      1,
    ],
  ] as const)('%s', async (_label, make, status, seconds) => {
    const proxy = await proxyOf(make());
    expect(proxy).toMatchObject({ status, retryAfter: String(seconds) });
    expect(proxy.body.retryAfter).toBe(seconds);
    const tag = await tagOf(make());
    expect(tag).toMatchObject({ status, problem: { retryAfter: seconds } });
  });

  it.each([
    ['an HTTP-date', 'Wed, 21 Oct 2026 07:28:00 GMT'],
    ['a fraction', '1.5'],
    ['a negative number', '-1'],
    ['a CR LF', '5\r\nX: y'],
    ['more than a year', String(MAX_RETRY_AFTER_SECONDS + 1)],
    ['a number, not a string', 5],
  ])("ignores an error's own Retry-After header holding %s, in both paths", async (_label, value) => {
    const make = () => createError(429, 'slow', { headers: { 'Retry-After': value } });
    const proxy = await proxyOf(make());
    expect(proxy.retryAfter).toBeUndefined();
    expect(proxy.body.retryAfter).toBeUndefined();
    expect((await tagOf(make())).problem.retryAfter).toBeUndefined();
  });

  it("falls back to the kind's default when the own header is invalid", async () => {
    const proxy = await proxyOf(catalog.error('Busy', 'x', { headers: { 'Retry-After': 'soon' } }));
    expect(proxy.retryAfter).toBe('30');
  });

  it('sends no Retry-After for a kind without one', async () => {
    const proxy = await proxyOf(defaultCatalog.error('NotFound'));
    expect(proxy.retryAfter).toBeUndefined();
    expect((await tagOf(defaultCatalog.error('NotFound'))).problem.retryAfter).toBeUndefined();
  });
});
