import { CatalogError, type CatalogErrorOptions, isCatalogError } from './catalog-error.js';
import type { ErrorKind, ErrorKindDefinition } from './catalog-types.js';
import { CatalogDefinitionError, isPlainObject, validateDefinition } from './validate-definition.js';

/** The kinds the middlewares and the generator read. Immutable once defined. */
export interface ErrorCatalog<K extends string = string> {
  /** Every kind, in definition order (base kinds first). */
  readonly kinds: readonly ErrorKind[];
  /** Distinct statuses of the catalog, ascending. */
  readonly statuses: readonly number[];
  /**
   * The kinds that claim thrown values (`claims`), in definition order: the first that claims a value takes it.
   * Optional: a catalog of an older copy of the library has none, and claims nothing.
   */
  readonly claimingKinds?: readonly ErrorKind[];
  /** The kind of that name, if the catalog has it. */
  kind(name: string): ErrorKind | undefined;
  /** The canonical kind for a status: the first one defined with it (the standard kind where there is one). */
  kindForStatus(status: number): ErrorKind | undefined;
  /** The kind an AWS SDK exception name was mapped to with `awsExceptions`. */
  kindForAwsException(exceptionName: string): ErrorKind | undefined;
  /** Builds an error of a kind: `throw catalog.error('NotFound', 'order 42 does not exist')`. */
  error<N extends K>(kind: N, detail?: string, options?: CatalogErrorOptions): CatalogError<N>;
  /**
   * Whether a value is an error this catalog built with `catalog.error` (of the given kind, when one is
   * named): `if (catalog.is(error, 'OrderNotFound')) error.kind // 'OrderNotFound'`.
   */
  is<N extends K>(value: unknown, kind: N): value is CatalogError<N>;
  is(value: unknown): value is CatalogError<K>;
}

/** The kind names of a catalog: `KindOf<typeof catalog>`. */
export type KindOf<C> = C extends ErrorCatalog<infer K> ? K : never;

export interface DefineErrorCatalogOptions {
  /** The catalog this one extends. Defaults to `defaultCatalog`; `null` starts empty. */
  base?: ErrorCatalog | null;
}

class Catalog<K extends string> implements ErrorCatalog<K> {
  readonly kinds: readonly ErrorKind[];
  readonly statuses: readonly number[];
  readonly claimingKinds: readonly ErrorKind[];
  readonly #byName = new Map<string, ErrorKind>();
  readonly #byStatus = new Map<number, ErrorKind>();
  readonly #byAwsException = new Map<string, ErrorKind>();

  constructor(kinds: readonly ErrorKind[]) {
    for (const kind of kinds) {
      this.#byName.set(kind.kind, kind);
      if (!this.#byStatus.has(kind.status)) this.#byStatus.set(kind.status, kind);
      for (const exception of kind.awsExceptions) {
        const claimed = this.#byAwsException.get(exception);
        if (claimed && claimed.kind !== kind.kind) {
          throw new CatalogDefinitionError(
            `defineErrorCatalog: kind ${JSON.stringify(kind.kind)}: AWS exception ${JSON.stringify(exception)} is already mapped to kind ${JSON.stringify(claimed.kind)}; map it to one kind only`,
          );
        }
        this.#byAwsException.set(exception, kind);
      }
    }
    this.kinds = Object.freeze([...kinds]);
    this.statuses = Object.freeze([...this.#byStatus.keys()].sort((a, b) => a - b));
    this.claimingKinds = Object.freeze(kinds.filter((kind) => kind.claims !== undefined));
    Object.freeze(this);
  }

  kind(name: string): ErrorKind | undefined {
    return this.#byName.get(name);
  }

  kindForStatus(status: number): ErrorKind | undefined {
    return this.#byStatus.get(status);
  }

  kindForAwsException(exceptionName: string): ErrorKind | undefined {
    return this.#byAwsException.get(exceptionName);
  }

  error<N extends K>(kind: N, detail?: string, options?: CatalogErrorOptions): CatalogError<N> {
    const definition = this.#byName.get(kind);
    if (!definition) {
      throw new TypeError(
        `catalog.error: unknown kind ${JSON.stringify(kind)}; define it in defineErrorCatalog first`,
      );
    }
    return new CatalogError<N>(definition, detail, options);
  }

  is(value: unknown, kind?: K): value is CatalogError<K> {
    if (!isCatalogError(value) || !this.#byName.has(value.kind)) return false;
    return kind === undefined || value.kind === kind;
  }
}

/** A catalog of kinds already checked (the default catalog's, built at every cold start without checks). */
export function catalogOfKinds<K extends string>(kinds: readonly ErrorKind[]): ErrorCatalog<K> {
  return new Catalog<K>(kinds);
}

/** Builds a catalog from definitions on top of a base catalog; base kinds of the same name are replaced. */
export function buildCatalog<K extends string>(
  definitions: Readonly<Record<K, ErrorKindDefinition>>,
  base: ErrorCatalog | null,
): ErrorCatalog<K> {
  if (!isPlainObject(definitions)) {
    throw new CatalogDefinitionError(
      'defineErrorCatalog: expected an object of kinds such as { OrderNotFound: { status: 404 } }',
    );
  }
  const own = Object.entries(definitions).map(([name, definition]) => validateDefinition(name, definition));
  const ownNames = new Set(own.map((kind) => kind.kind));
  const inherited = (base?.kinds ?? []).filter((kind) => !ownNames.has(kind.kind));
  return new Catalog<K>([...inherited, ...own]);
}
