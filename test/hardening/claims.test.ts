// Issue 20, item 4: a kind claims third-party errors (by class and/or predicate), checked right after the
// catalog's own errors and before every built-in rule; a claimed validation error exposes a bounded list of
// issues as the `errors` extension. Both paths; real zod 4.
import { describe, expect, it } from '@jest/globals';
import createError from 'http-errors';
import { z } from 'zod';
import { integrationResponses } from '../../src/generate/index.js';
import {
  CatalogDefinitionError,
  type ClaimedIssue,
  claim,
  classify,
  defineErrorCatalog,
} from '../../src/index.js';
import { proxyView, taggedView } from '../support/cross-path.js';

const Order = z.object({
  items: z.array(z.object({ sku: z.string().min(3), quantity: z.number().int().positive() })).min(1),
  email: z.email(),
});

function zodErrorOf(input: unknown): z.ZodError {
  const result = Order.safeParse(input);
  if (result.success) throw new Error('the input was valid');
  return result.error;
}

const INVALID_ORDER = { items: [{ sku: 'ab', quantity: -1 }], email: 'not-an-email' };

const catalog = defineErrorCatalog({
  InvalidOrder: {
    status: 422,
    title: 'Invalid order',
    claims: claim({
      instanceOf: z.ZodError,
      issues: (error) => error.issues,
      detail: 'The order failed validation.',
    }),
  },
});

describe('a kind claims a ZodError (real zod 4)', () => {
  it('answers the kind with the issues as `errors`, path and message only, on both paths', async () => {
    const thrown = zodErrorOf(INVALID_ORDER);
    const proxy = await proxyView(thrown, catalog);
    const tagged = await taggedView(thrown, catalog);
    for (const view of [proxy, tagged]) {
      expect(view.status).toBe(422);
      expect(view.problem).toMatchObject({ title: 'Invalid order', detail: 'The order failed validation.' });
      const errors = view.problem.errors as { instancePath: string; message: string }[];
      expect(errors.map((issue) => issue.instancePath)).toEqual([
        '/items/0/sku',
        '/items/0/quantity',
        '/email',
      ]);
      for (const issue of errors) {
        expect(Object.keys(issue)).toEqual(['instancePath', 'message']);
        expect(issue.message).toEqual(expect.any(String));
      }
    }
  });

  it('is a hidden 500 when no kind claims it', () => {
    const mapped = classify(zodErrorOf(INVALID_ORDER), defineErrorCatalog({}));
    expect(mapped).toMatchObject({ status: 500, exposed: false });
  });

  it('keeps the error message as detail when the claim names none', () => {
    const plain = defineErrorCatalog({ Invalid: { status: 400, claims: claim({ instanceOf: z.ZodError }) } });
    const thrown = zodErrorOf(INVALID_ORDER);
    expect(classify(thrown, plain)).toMatchObject({
      kind: 'Invalid',
      status: 400,
      detail: thrown.message,
      exposed: true,
      extensions: {},
    });
  });

  it('types `issues` and `when` by `instanceOf`', () => {
    claim({
      instanceOf: z.ZodError,
      when: (error) => error.issues.length > 0,
      // @ts-expect-error: a ZodError has no `violations`
      issues: (error) => error.violations,
    });
    claim({
      when: (thrown): thrown is { problems: ClaimedIssue[] } => typeof thrown === 'object' && thrown !== null,
      issues: (error) => error.problems,
    });
  });
});

describe('claims come before every built-in rule', () => {
  class PaymentDeclined extends Error {
    constructor(readonly response: { status: number }) {
      super('card declined by the processor');
    }
  }

  it.each([
    ['an HTTP client error (upstream response 402)', () => new PaymentDeclined({ status: 402 })],
    ['an http-errors 404', () => createError(404, 'no such card')],
    [
      'a timeout',
      () => Object.assign(new Error('payment timed out'), { name: 'TimeoutError', payment: true }),
    ],
    [
      'an AWS SDK v3 throttle',
      () =>
        Object.assign(new Error('Rate exceeded'), {
          name: 'ThrottlingException',
          $fault: 'client',
          $metadata: {},
          payment: true,
        }),
    ],
  ])('%s is the claiming kind', async (_label, build) => {
    const claiming = defineErrorCatalog({
      PaymentFailed: {
        status: 402,
        claims: claim({
          when: (thrown) =>
            thrown instanceof PaymentDeclined ||
            (thrown instanceof Error && (thrown as { payment?: boolean }).payment === true) ||
            createError.isHttpError(thrown),
        }),
      },
    });
    const thrown = build();
    const proxy = await proxyView(thrown, claiming);
    const tagged = await taggedView(thrown, claiming);
    expect([proxy.status, tagged.status]).toEqual([402, 402]);
    expect(proxy.problem.title).toBe('Payment Required');
    expect(proxy.problem.detail).toBe((thrown as Error).message);
  });

  it('the catalog own errors still come first', () => {
    const claimingAll = defineErrorCatalog({ Anything: { status: 400, claims: { when: () => true } } });
    expect(classify(claimingAll.error('NotFound', 'x'), claimingAll).kind).toBe('NotFound');
    expect(classify('a string', claimingAll).kind).toBe('Anything');
  });

  it('the first kind in definition order that claims a value takes it', () => {
    class Base extends Error {}
    class Special extends Base {}
    const ordered = defineErrorCatalog({
      SpecialCase: { status: 409, claims: { instanceOf: Special } },
      General: { status: 400, claims: { instanceOf: [Base, TypeError] } },
    });
    expect(classify(new Special('s'), ordered).kind).toBe('SpecialCase');
    expect(classify(new Base('b'), ordered).kind).toBe('General');
    expect(classify(new TypeError('t'), ordered).kind).toBe('General');
    expect(classify(new RangeError('r'), ordered).kind).toBe('InternalServerError');
  });

  it('instanceOf and when together take instances for which when is true', () => {
    const both = defineErrorCatalog({
      Short: {
        status: 400,
        claims: claim({ instanceOf: RangeError, when: (error) => error.message === 'short' }),
      },
    });
    expect(classify(new RangeError('short'), both).kind).toBe('Short');
    expect(classify(new RangeError('long'), both).kind).toBe('InternalServerError');
    expect(classify(Object.assign(new Error('short')), both).kind).toBe('InternalServerError');
  });
});

describe('claimed issues are bounded and claims never break classify', () => {
  const claimWith = (issues: (thrown: unknown) => Iterable<ClaimedIssue> | undefined) =>
    defineErrorCatalog({ Invalid: { status: 400, claims: { instanceOf: SyntaxError, issues } } });

  it('keeps the first 50 issues, each string capped at 512 characters', () => {
    const long = 'x'.repeat(10_000);
    const many = claimWith(() => Array.from({ length: 200 }, (_, i) => ({ path: [long, i], message: long })));
    const errors = classify(new SyntaxError('bad'), many).extensions.errors as ClaimedIssue[];
    expect(errors).toHaveLength(50);
    for (const issue of errors) {
      expect((issue as unknown as { instancePath: string }).instancePath).toHaveLength(512);
      expect(issue.message).toHaveLength(512);
    }
  });

  it('stops an endless iterable at 50', () => {
    const endless = claimWith(function* () {
      for (;;) yield { path: 'p', message: 'm' };
    });
    expect(classify(new SyntaxError('bad'), endless).extensions.errors).toHaveLength(50);
  });

  it('writes array paths as JSON Pointers and keeps string paths', () => {
    const paths = claimWith(() => [
      { path: ['a/b', 'c~d', 0, Symbol('s')], message: 'one' },
      { path: '/already/a/pointer', message: 'two' },
      { message: 'three' },
      'not an issue' as unknown as ClaimedIssue,
      { path: [{}] as unknown as PropertyKey[], message: 42 as unknown as string },
    ]);
    expect(classify(new SyntaxError('bad'), paths).extensions.errors).toEqual([
      { instancePath: '/a~1b/c~0d/0/s', message: 'one' },
      { instancePath: '/already/a/pointer', message: 'two' },
      { instancePath: '', message: 'three' },
      { instancePath: '/', message: 'is invalid' },
    ]);
  });

  it('keeps what was read when issues or its iterator throws', () => {
    const throwing = claimWith(() => {
      throw new Error('issues failed');
    });
    expect(classify(new SyntaxError('bad'), throwing)).toMatchObject({
      status: 400,
      extensions: { errors: [] },
    });
    const midway = claimWith(function* () {
      yield { path: ['a'], message: 'first' };
      throw new Error('iterator failed');
    });
    expect(classify(new SyntaxError('bad'), midway).extensions.errors).toEqual([
      { instancePath: '/a', message: 'first' },
    ]);
  });

  it('a when that throws claims nothing', () => {
    const broken = defineErrorCatalog({
      Broken: {
        status: 400,
        claims: {
          when: () => {
            throw new Error('predicate failed');
          },
        },
      },
    });
    expect(classify(createError(404, 'kept'), broken)).toMatchObject({ status: 404, detail: 'kept' });
  });

  it('a claimed 5xx kind hides the detail and the issues', async () => {
    const hidden = defineErrorCatalog({
      Upstream: { status: 503, claims: { instanceOf: SyntaxError, issues: () => [{ message: 'secret' }] } },
    });
    const proxy = await proxyView(new SyntaxError('secret detail'), hidden);
    expect(proxy.status).toBe(503);
    expect(JSON.stringify(proxy.problem)).not.toContain('secret');
  });

  it('a claimed error that says expose: false is hidden', () => {
    const thrown = Object.assign(new SyntaxError('internal'), { expose: false });
    expect(
      classify(
        thrown,
        claimWith(() => []),
      ).exposed,
    ).toBe(false);
  });
});

describe('claims are checked when the catalog is defined', () => {
  it.each([
    [
      'not an object',
      'x',
      /kind "Bad": claims must be an object, got "x" \(a string\); e\.g\. claims: claim\(/,
    ],
    ['an unknown field', { instanceOf: Error, whenever: () => true }, /claims: unknown field "whenever"/],
    ['instanceOf not a class', { instanceOf: 'ZodError' }, /claims\.instanceOf must be a class or an array/],
    ['instanceOf with a non-class', { instanceOf: [Error, 1] }, /claims\.instanceOf must be a class/],
    ['when not a function', { when: true }, /claims\.when must be a function, got true/],
    ['issues not a function', { instanceOf: Error, issues: [] }, /claims\.issues must be a function/],
    ['neither instanceOf nor when', { issues: () => [] }, /claims needs instanceOf \(a class\) or when/],
    ['a multi-line detail', { instanceOf: Error, detail: 'a\nb' }, /claims\.detail must be a non-empty/],
  ])('%s is a CatalogDefinitionError', (_label, claims, message) => {
    const define = () => defineErrorCatalog({ Bad: { status: 400, claims: claims as never } });
    expect(define).toThrow(CatalogDefinitionError);
    expect(define).toThrow(message);
  });

  it('keeps the statuses known at build time: the generator reads a catalog holding classes and functions', () => {
    const generated = integrationResponses(catalog);
    expect(generated.integrationResponses.map((response) => response.statusCode)).toContain('422');
    expect(catalog.kind('InvalidOrder')?.claims?.instanceOf).toEqual([z.ZodError]);
    expect(Object.isFrozen(catalog.kind('InvalidOrder')?.claims)).toBe(true);
  });
});
