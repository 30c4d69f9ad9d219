import { CatalogError, type CatalogErrorOptions } from './catalog-error.js';
import type { ErrorKind, ErrorKindDefinition } from './types.js';
/** The single source of truth the middlewares and the generator read. Immutable once defined. */
export interface ErrorCatalog<K extends string = string> {
    /** Every kind, in definition order (base kinds first). */
    readonly kinds: readonly ErrorKind[];
    /** Distinct statuses of the catalog, ascending. */
    readonly statuses: readonly number[];
    /** The kind of that name, if the catalog has it. */
    kind(name: string): ErrorKind | undefined;
    /** The canonical kind for a status: the first one defined with it (the standard kind where there is one). */
    kindForStatus(status: number): ErrorKind | undefined;
    /** The kind an AWS SDK exception name was mapped to with `awsExceptions`. */
    kindForAwsException(exceptionName: string): ErrorKind | undefined;
    /** Builds an error of a kind: `throw catalog.error('NotFound', 'order 42 does not exist')`. */
    error(kind: K, detail?: string, options?: CatalogErrorOptions): CatalogError;
}
export interface DefineErrorCatalogOptions {
    /** The catalog this one extends. Defaults to `defaultCatalog`; `null` starts empty. */
    base?: ErrorCatalog | null;
}
/** Builds a catalog from definitions on top of a base catalog; base kinds of the same name are replaced. */
export declare function buildCatalog<K extends string>(definitions: Readonly<Record<K, ErrorKindDefinition>>, base: ErrorCatalog | null): ErrorCatalog<K>;
//# sourceMappingURL=define-catalog.d.ts.map