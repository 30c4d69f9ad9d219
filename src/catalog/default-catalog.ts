import type { ErrorKindDefinition } from './catalog-types.js';
import {
  buildCatalog,
  catalogOfKinds,
  type DefineErrorCatalogOptions,
  type ErrorCatalog,
} from './define-catalog.js';
import { kindFromDefinition } from './validate-definition.js';

/** The standard kinds every catalog starts from. */
export const defaultKindDefinitions = {
  BadRequest: { status: 400 },
  Unauthorized: { status: 401 },
  Forbidden: { status: 403 },
  NotFound: { status: 404 },
  MethodNotAllowed: { status: 405 },
  NotAcceptable: { status: 406 },
  Conflict: { status: 409 },
  Gone: { status: 410 },
  PreconditionFailed: { status: 412 },
  ContentTooLarge: { status: 413 },
  UnsupportedMediaType: { status: 415 },
  UnprocessableContent: { status: 422 },
  TooManyRequests: { status: 429 },
  InternalServerError: { status: 500 },
  NotImplemented: { status: 501 },
  BadGateway: { status: 502 },
  ServiceUnavailable: { status: 503 },
  GatewayTimeout: { status: 504 },
} as const satisfies Record<string, ErrorKindDefinition>;

export type DefaultKind = keyof typeof defaultKindDefinitions;

// Not validated at every cold start: the tests check that validation makes exactly these kinds.
export const defaultCatalog: ErrorCatalog<DefaultKind> = catalogOfKinds(
  Object.entries(defaultKindDefinitions).map(([name, definition]) => kindFromDefinition(name, definition)),
);

/**
 * Defines an error catalog. It extends `defaultCatalog` unless `options.base` says otherwise, and
 * validates every entry now, throwing an error that names the bad entry.
 *
 *     const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });
 *     throw catalog.error('OrderNotFound', 'order 42 does not exist', { extensions: { orderId: 42 } });
 */
export function defineErrorCatalog<const D extends KindDefinitions<D>>(
  definitions: D,
  options?: { base?: undefined },
): ErrorCatalog<(keyof D & string) | DefaultKind>;
/** With `{ base: null }` the catalog has only its own kinds; with `{ base: other }`, other's kinds and its own. */
export function defineErrorCatalog<const D extends KindDefinitions<D>, B extends string = never>(
  definitions: D,
  options: { base: ErrorCatalog<B> | null },
): ErrorCatalog<(keyof D & string) | B>;
export function defineErrorCatalog(
  definitions: Record<string, ErrorKindDefinition>,
  options: DefineErrorCatalogOptions = {},
): ErrorCatalog {
  const base = options.base === undefined ? defaultCatalog : options.base;
  return buildCatalog(definitions, base);
}

/** Definitions whose entries have only the fields of `ErrorKindDefinition`: a misspelt field is a type error. */
type KindDefinitions<D> = {
  readonly [N in keyof D]: ErrorKindDefinition & {
    readonly [F in Exclude<keyof D[N], keyof ErrorKindDefinition>]: never;
  };
};
