import { describe, expect, it } from '@jest/globals';
import createError from 'http-errors';
import { classify, defaultCatalog, defineErrorCatalog, type MappedError } from '../../src/index.js';

function summary(result: MappedError) {
  const { kind, status, detail, exposed, headers, retryAfter, extensions } = result;
  return { kind, status, detail, exposed, headers, retryAfter, extensions };
}

function validatorError(data: unknown): Error {
  return Object.assign(createError(400, 'Event object failed validation'), {
    cause: { package: '@middy/validator', data },
  });
}

describe('classify: a CatalogError whose expose was changed after creation', () => {
  it('lets expose: false hide it, and falls back to the kind for anything else', () => {
    const hidden = Object.assign(defaultCatalog.error('NotFound', 'order 7'), { expose: false });
    expect(summary(classify(hidden))).toMatchObject({ kind: 'NotFound', exposed: false });
    const odd = Object.assign(defaultCatalog.error('NotFound', 'x'), { expose: 'yes' });
    expect(classify(odd).exposed).toBe(true);
    const oddServer = Object.assign(defaultCatalog.error('BadGateway', 'x'), { expose: 'yes' });
    expect(classify(oddServer).exposed).toBe(false);
  });
});

describe('classify: AWS SDK shapes that are not service exceptions', () => {
  it('needs a $metadata object: $fault alone leaves the error to the status rules', () => {
    const error = Object.assign(new Error('missing'), { $fault: 'server', statusCode: 404 });
    expect(summary(classify(error))).toMatchObject({ kind: 'NotFound', status: 404, detail: 'missing' });
    const withMetadataString = Object.assign(new Error('m'), { $fault: 'server', $metadata: 'x' });
    expect(classify(withMetadataString).status).toBe(500);
  });

  it('needs a string name: a nameless server fault is an unknown object (500), not a bad gateway (502)', () => {
    const nameless = { $fault: 'server', $metadata: {}, message: 'upstream' };
    expect(summary(classify(nameless))).toMatchObject({
      kind: 'InternalServerError',
      status: 500,
      detail: 'upstream',
    });
    const named = { ...nameless, name: 'InternalServerError' };
    expect(classify(named).status).toBe(502);
  });
});

describe('classify: status-carrying errors', () => {
  it('classifies an error whose name is not a string by its status alone', () => {
    const error = Object.assign(new Error('no order'), { name: 42, status: 404 });
    expect(summary(classify(error))).toMatchObject({ kind: 'NotFound', status: 404, detail: 'no order' });
  });

  it("takes an error's own retryAfterSeconds only when it is a whole, safe, non-negative number", () => {
    const catalog = defineErrorCatalog({ Slow: { status: 429, retryAfterSeconds: 30 } });
    const named = (retryAfterSeconds: unknown) =>
      classify(Object.assign(createError(429, 'slow'), { name: 'Slow', retryAfterSeconds }), catalog);
    expect(named(5).retryAfter).toBe(5);
    expect(named(0).retryAfter).toBe(0);
    expect(named(-1).retryAfter).toBe(30);
    expect(named(1.5).retryAfter).toBe(30);
    expect(named(2 ** 60).retryAfter).toBe(30);
    expect(named('5').retryAfter).toBe(30);
    const plain = (retryAfterSeconds: unknown) =>
      classify(Object.assign(createError(503, 'busy'), { retryAfterSeconds })).retryAfter;
    expect([plain(9), plain(-9), plain(undefined)]).toEqual([9, undefined, undefined]);
  });
});

describe('classify: header and extension limits', () => {
  it('keeps at most 64 valid headers, counting only the ones kept', () => {
    const headers: Record<string, string> = { 'Bad Name': 'x', 'X-Split': 'a\nb' };
    for (let i = 0; i < 70; i++) headers[`X-H${i}`] = String(i);
    const kept = classify(defaultCatalog.error('NotFound', 'x', { headers })).headers;
    expect(Object.keys(kept)).toEqual(Array.from({ length: 64 }, (_, i) => `X-H${i}`));
  });

  it('keeps at most 64 extensions, dropping values JSON cannot carry', () => {
    const extensions: Record<string, unknown> = {
      fn: () => 1,
      sym: Symbol('s'),
      big: 1n,
      missing: undefined,
      nil: null,
      nested: { a: [1] },
    };
    for (let i = 0; i < 70; i++) extensions[`e${i}`] = i;
    const kept = classify(defaultCatalog.error('NotFound', 'x', { extensions })).extensions;
    expect(Object.keys(kept)).toEqual(['nil', 'nested', ...Array.from({ length: 62 }, (_, i) => `e${i}`)]);
    expect(kept.nested).toEqual({ a: [1] });
  });

  it('ignores extensions that are an array or a function', () => {
    const asArray = Object.assign(createError(404, 'x'), { extensions: ['a'] });
    const asFunction = Object.assign(createError(404, 'x'), { extensions: Object.assign(() => 1, { a: 1 }) });
    expect([classify(asArray).extensions, classify(asFunction).extensions]).toEqual([{}, {}]);
  });
});

describe('classify: @middy/validator error lists', () => {
  it('skips entries that are not objects and fills in a missing path or message', () => {
    const result = classify(
      validatorError([
        null,
        'text',
        7,
        { message: 'must be string' },
        { instancePath: '/a' },
        { instancePath: 3 },
      ]),
    );
    expect(result.extensions.errors).toEqual([
      { instancePath: '', message: 'must be string' },
      { instancePath: '/a', message: 'is invalid' },
      { instancePath: '', message: 'is invalid' },
    ]);
  });

  it('reports an empty list when data is not an array or cannot be read', () => {
    const unreadable = new Proxy([{ instancePath: '/a', message: 'm' }], {
      get: () => {
        throw new Error('trap');
      },
    });
    for (const data of [undefined, 'broken', { 0: { message: 'm' } }, unreadable]) {
      expect(summary(classify(validatorError(data)))).toMatchObject({
        kind: 'BadRequest',
        status: 400,
        extensions: { errors: [] },
      });
    }
  });

  it('leaves a 400 whose cause is from another package alone', () => {
    const error = Object.assign(createError(400, 'bad'), { cause: { package: 'other', data: [{}] } });
    expect(classify(error).extensions).toEqual({});
  });
});
