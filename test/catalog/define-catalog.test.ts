import { describe, expect, it } from '@jest/globals';
import createError from 'http-errors';
import { defaultKindDefinitions } from '../../src/catalog/default-catalog.js';
import { statusTitle } from '../../src/catalog/status-titles.js';
import { CatalogDefinitionError, CatalogError, defaultCatalog, defineErrorCatalog } from '../../src/index.js';

describe('defaultCatalog', () => {
  // It is built without checks at every cold start; checked here, it must come out exactly the same.
  it('holds exactly the kinds validation makes of its definitions', () => {
    const validated = defineErrorCatalog(defaultKindDefinitions, { base: null });
    expect(defaultCatalog.kinds).toEqual(validated.kinds);
    expect(defaultCatalog.statuses).toEqual(validated.statuses);
    expect(
      defaultCatalog.kinds.every((kind) => Object.isFrozen(kind) && Object.isFrozen(kind.awsExceptions)),
    ).toBe(true);
  });
});

describe('defineErrorCatalog', () => {
  it('extends the default catalog and builds typed errors', () => {
    const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
    const error = catalog.error('OrderNotFound', 'order 42', { extensions: { orderId: 42 } });
    expect(error).toBeInstanceOf(CatalogError);
    expect(error).toBeInstanceOf(Error);
    expect({
      name: error.name,
      message: error.message,
      status: error.status,
      statusCode: error.statusCode,
      expose: error.expose,
    }).toEqual({
      name: 'OrderNotFound',
      message: 'order 42',
      status: 404,
      statusCode: 404,
      expose: true,
    });
    expect(createError.isHttpError(error)).toBe(true);
    expect(catalog.kindForStatus(404)?.kind).toBe('NotFound');
    expect(catalog.statuses).toEqual(defaultCatalog.statuses);
  });

  it.each([
    [{ Bad: { status: 399 } }, /kind "Bad": status must be an integer from 400 to 599, got 399/],
    [{ Bad: { status: 600 } }, /got 600/],
    [{ Bad: { status: '404' } }, /got "404" \(a string\)/],
    [{ Bad: { status: 4.5 } }, /got 4.5/],
    [{ '': { status: 404 } }, /kind name "" must be an identifier/],
    [{ 'not-an-id': { status: 404 } }, /kind name "not-an-id" must be an identifier/],
    [
      { A: { status: 404, awsExceptions: ['X'] }, B: { status: 409, awsExceptions: ['X'] } },
      /AWS exception "X" is already mapped to kind "A"/,
    ],
    [{ Bad: { status: 404, colour: 'red' } }, /unknown field "colour"/],
    [{ Bad: null }, /kind "Bad": must be an object such as \{ status: 404 \}, got null$/],
    [{ Bad: 404 }, /kind "Bad": must be an object such as \{ status: 404 \}, got 404$/],
    [{ Bad: [404] }, /kind "Bad": must be an object such as \{ status: 404 \}, got an array$/],
    [{ Bad: new Date(0) }, /kind "Bad": must be an object such as \{ status: 404 \}, got an object$/],
    [{ Bad: { status: undefined } }, /status must be an integer from 400 to 599, got undefined$/],
    [{ Bad: { status: null } }, /status must be an integer from 400 to 599, got null$/],
    [
      { Bad: { status: 404, title: '' } },
      /title must be a non-empty single-line string, got "" \(a string\)$/,
    ],
    [
      { Bad: { status: 404, title: '   ' } },
      /title must be a non-empty single-line string, got " {3}" \(a string\)$/,
    ],
    [{ Bad: { status: 404, title: 'a\nb' } }, /title must be a non-empty single-line string, got "a\\nb"/],
    [{ Bad: { status: 404, title: 'a\rb' } }, /title must be a non-empty single-line string/],
    [{ Bad: { status: 404, title: 7 } }, /title must be a non-empty single-line string, got 7$/],
    [
      { Bad: { status: 404, type: false } },
      /kind "Bad": type must be a non-empty single-line string, got false$/,
    ],
    [
      { Bad: { status: 503, retryAfterSeconds: -1 } },
      /retryAfterSeconds must be a whole number of seconds from 0 to 31536000 \(one year\), got -1$/,
    ],
    [
      { Bad: { status: 503, retryAfterSeconds: 1.5 } },
      /retryAfterSeconds must be a whole number of seconds from 0 to 31536000 \(one year\), got 1.5$/,
    ],
    [{ Bad: { status: 503, retryAfterSeconds: '5' } }, /retryAfterSeconds .* got "5" \(a string\)$/],
    [
      { Bad: { status: 404, expose: 'yes' } },
      /kind "Bad": expose must be true or false, got "yes" \(a string\)$/,
    ],
    [{ Bad: { status: 404, expose: 1 } }, /kind "Bad": expose must be true or false, got 1$/],
    [
      { Bad: { status: 404, awsExceptions: 'X' } },
      /awsExceptions must be an array of exception names such as "ResourceNotFoundException"$/,
    ],
    [
      { Bad: { status: 404, awsExceptions: ['Fine', 'not-a-name'] } },
      /kind "Bad": awsExceptions must be an array/,
    ],
    [{ Bad: { status: 404, awsExceptions: [42] } }, /kind "Bad": awsExceptions must be an array/],
    [
      null,
      /^defineErrorCatalog: expected an object of kinds such as \{ OrderNotFound: \{ status: 404 \} \}$/,
    ],
    [[{ status: 404 }], /^defineErrorCatalog: expected an object of kinds/],
    [new Map([['A', { status: 404 }]]), /^defineErrorCatalog: expected an object of kinds/],
  ])('refuses an invalid definition: %j', (definitions, message) => {
    expect(() => defineErrorCatalog(definitions as never)).toThrow(CatalogDefinitionError);
    expect(() => defineErrorCatalog(definitions as never)).toThrow(message);
  });

  it('fills in defaults: the status phrase (else the kind name) as title, about:blank, expose for 4xx only', () => {
    const catalog = defineErrorCatalog(
      { Missing: { status: 404 }, Odd: { status: 499 }, Broken: { status: 502 } },
      { base: null },
    );
    expect(catalog.kinds).toEqual([
      {
        kind: 'Missing',
        status: 404,
        title: 'Not Found',
        type: 'about:blank',
        expose: true,
        retryAfterSeconds: undefined,
        awsExceptions: [],
      },
      {
        kind: 'Odd',
        status: 499,
        title: 'Odd',
        type: 'about:blank',
        expose: true,
        retryAfterSeconds: undefined,
        awsExceptions: [],
      },
      {
        kind: 'Broken',
        status: 502,
        title: 'Bad Gateway',
        type: 'about:blank',
        expose: false,
        retryAfterSeconds: undefined,
        awsExceptions: [],
      },
    ]);
    expect(Object.isFrozen(catalog.kinds[0])).toBe(true);
  });

  it('keeps explicit values, including expose: false on a 4xx, retryAfterSeconds: 0 and a null-prototype object', () => {
    const definition = Object.assign(Object.create(null) as object, {
      status: 429,
      title: 'Slow down',
      type: 'https://example.com/slow',
      expose: false,
      retryAfterSeconds: 0,
      awsExceptions: ['ThrottlingException'],
    });
    const kind = defineErrorCatalog({ Slow: definition as never }).kind('Slow');
    expect(kind).toEqual({
      kind: 'Slow',
      status: 429,
      title: 'Slow down',
      type: 'https://example.com/slow',
      expose: false,
      retryAfterSeconds: 0,
      awsExceptions: ['ThrottlingException'],
    });
    expect(Object.isFrozen(kind?.awsExceptions)).toBe(true);
  });

  it('replaces a base kind of the same name and lets one kind list an exception twice', () => {
    const catalog = defineErrorCatalog({
      NotFound: {
        status: 404,
        title: 'Nothing here',
        awsExceptions: ['ResourceNotFoundException', 'ResourceNotFoundException'],
      },
    });
    expect(catalog.kinds.filter((kind) => kind.kind === 'NotFound')).toHaveLength(1);
    expect(catalog.kind('NotFound')?.title).toBe('Nothing here');
    expect(catalog.kindForAwsException('ResourceNotFoundException')?.kind).toBe('NotFound');
    expect(catalog.kindForAwsException('ThrottlingException')).toBeUndefined();
  });

  it('refuses catalog.error for a kind the catalog does not have', () => {
    expect(() => defaultCatalog.error('OrderNotFound' as never)).toThrow(
      new TypeError('catalog.error: unknown kind "OrderNotFound"; define it in defineErrorCatalog first'),
    );
  });

  it('builds an error whose message defaults to the title and which keeps its cause', () => {
    const cause = new Error('db down');
    const withCause = defaultCatalog.error('BadGateway', undefined, { cause, retryAfterSeconds: 2 });
    expect([withCause.message, withCause.cause, withCause.retryAfterSeconds]).toEqual([
      'Bad Gateway',
      cause,
      2,
    ]);
    const without = defaultCatalog.error('NotFound', 'gone');
    expect('cause' in without).toBe(false);
    expect([without.headers, without.extensions, without.retryAfterSeconds]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('catalog.is', () => {
  const base = defineErrorCatalog({ Teapot: { status: 418 } }, { base: null });
  const catalog = defineErrorCatalog({ OrderNotFound: { status: 404 } }, { base });
  const other = defineErrorCatalog({ Elsewhere: { status: 409 } }, { base: null });

  it('recognises errors of its own kinds, including its base catalog kinds', () => {
    expect(catalog.is(catalog.error('OrderNotFound'))).toBe(true);
    expect(catalog.is(catalog.error('OrderNotFound'), 'OrderNotFound')).toBe(true);
    expect(catalog.is(base.error('Teapot'), 'Teapot')).toBe(true);
  });

  it('is false for another kind, a kind it does not have, and anything that is not a catalog error', () => {
    expect(catalog.is(catalog.error('OrderNotFound'), 'Teapot')).toBe(false);
    expect(catalog.is(other.error('Elsewhere'))).toBe(false);
    expect(catalog.is(createError(404, 'not found'))).toBe(false);
    expect(catalog.is(Object.assign(new Error('x'), { name: 'OrderNotFound', kind: 'OrderNotFound' }))).toBe(
      false,
    );
    expect(catalog.is(undefined)).toBe(false);
    expect(catalog.is('OrderNotFound')).toBe(false);
  });
});

describe('statusTitle', () => {
  it.each([
    [404, 'Not Found'],
    [429, 'Too Many Requests'],
    [499, 'Client Error'],
    [504, 'Gateway Timeout'],
    [599, 'Server Error'],
    [500, 'Internal Server Error'],
  ])('%p → %p', (status, title) => {
    expect(statusTitle(status)).toBe(title);
  });
});
