// Type tests, checked by `npm run typecheck` (tsc over test/): each `@ts-expect-error` must be an error, and
// each `expectTypeOf` must hold, or the type check fails.
import { expectTypeOf } from 'expect-type';
import {
  type CatalogError,
  type DefaultKind,
  type defaultCatalog,
  defineErrorCatalog,
  type ErrorCatalog,
  type KindOf,
} from '../../src/index.js';

const catalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
  StoreBusy: { status: 503, retryAfterSeconds: 2, awsExceptions: ['ThrottlingException'] },
});

// The kinds: the catalog's own plus the default base's.
expectTypeOf<KindOf<typeof catalog>>().toEqualTypeOf<'OrderNotFound' | 'StoreBusy' | DefaultKind>();
expectTypeOf<KindOf<typeof defaultCatalog>>().toEqualTypeOf<DefaultKind>();

// `{ base: null }`: only the new kinds.
const standalone = defineErrorCatalog({ Teapot: { status: 418 } }, { base: null });
expectTypeOf<KindOf<typeof standalone>>().toEqualTypeOf<'Teapot'>();
// @ts-expect-error NotFound is a default kind, and this catalog has no base
standalone.error('NotFound');

// A custom base: its kinds and the new ones.
const extended = defineErrorCatalog({ Clash: { status: 409 } }, { base: standalone });
expectTypeOf<KindOf<typeof extended>>().toEqualTypeOf<'Teapot' | 'Clash'>();
expectTypeOf(extended).toMatchTypeOf<ErrorCatalog<'Teapot' | 'Clash'>>();
extended.error('Teapot');
// @ts-expect-error NotFound is in neither the base nor the new kinds
extended.error('NotFound');

// An explicit `base: undefined` means the default base, as at run time.
const explicitDefault = defineErrorCatalog({ Extra: { status: 400 } }, { base: undefined });
expectTypeOf<KindOf<typeof explicitDefault>>().toEqualTypeOf<'Extra' | DefaultKind>();

// Unknown definition fields are type errors, with or without a base.
// @ts-expect-error `colour` is not a field of a kind definition
defineErrorCatalog({ Painted: { status: 404, colour: 'red' } });
// @ts-expect-error `retryAfterSecond` is a misspelling of `retryAfterSeconds`
defineErrorCatalog({ Busy: { status: 503, retryAfterSecond: 2 } }, { base: null });
// @ts-expect-error a status is a number
defineErrorCatalog({ Missing: { status: '404' } });

// `catalog.error(kind)`: `kind` and `name` are the kind literal.
const notFound = catalog.error('OrderNotFound', 'order 42 does not exist');
expectTypeOf(notFound).toEqualTypeOf<CatalogError<'OrderNotFound'>>();
expectTypeOf(notFound.kind).toEqualTypeOf<'OrderNotFound'>();
expectTypeOf(notFound.name).toEqualTypeOf<'OrderNotFound'>();
// @ts-expect-error not a kind of this catalog
catalog.error('OrderMissing');

// `catalog.is`: a type guard, narrowed to the kind when one is named.
export function narrow(error: unknown): string {
  if (catalog.is(error, 'StoreBusy')) {
    expectTypeOf(error).toEqualTypeOf<CatalogError<'StoreBusy'>>();
    return error.kind;
  }
  if (catalog.is(error)) {
    expectTypeOf(error.kind).toEqualTypeOf<KindOf<typeof catalog>>();
    return error.kind;
  }
  // @ts-expect-error not a kind of this catalog
  catalog.is(error, 'OrderMissing');
  return 'other';
}
