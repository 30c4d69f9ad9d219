import { CatalogError } from './catalog-error.js';
import { CatalogDefinitionError, isPlainObject, validateDefinition } from './validate-definition.js';
class Catalog {
    kinds;
    statuses;
    #byName = new Map();
    #byStatus = new Map();
    #byAwsException = new Map();
    constructor(kinds) {
        for (const kind of kinds) {
            this.#byName.set(kind.kind, kind);
            if (!this.#byStatus.has(kind.status))
                this.#byStatus.set(kind.status, kind);
            for (const exception of kind.awsExceptions) {
                const claimed = this.#byAwsException.get(exception);
                if (claimed && claimed.kind !== kind.kind) {
                    throw new CatalogDefinitionError(`defineErrorCatalog: kind ${JSON.stringify(kind.kind)}: AWS exception ${JSON.stringify(exception)} is already mapped to kind ${JSON.stringify(claimed.kind)}; map it to one kind only`);
                }
                this.#byAwsException.set(exception, kind);
            }
        }
        this.kinds = Object.freeze([...kinds]);
        this.statuses = Object.freeze([...this.#byStatus.keys()].sort((a, b) => a - b));
        Object.freeze(this);
    }
    kind(name) {
        return this.#byName.get(name);
    }
    kindForStatus(status) {
        return this.#byStatus.get(status);
    }
    kindForAwsException(exceptionName) {
        return this.#byAwsException.get(exceptionName);
    }
    error(kind, detail, options) {
        const definition = this.#byName.get(kind);
        if (!definition) {
            throw new TypeError(`catalog.error: unknown kind ${JSON.stringify(kind)}; define it in defineErrorCatalog first`);
        }
        return new CatalogError(definition, detail, options);
    }
}
/** Builds a catalog from definitions on top of a base catalog; base kinds of the same name are replaced. */
export function buildCatalog(definitions, base) {
    if (!isPlainObject(definitions)) {
        throw new CatalogDefinitionError('defineErrorCatalog: expected an object of kinds such as { OrderNotFound: { status: 404 } }');
    }
    const own = Object.entries(definitions).map(([name, definition]) => validateDefinition(name, definition));
    const ownNames = new Set(own.map((kind) => kind.kind));
    const inherited = (base?.kinds ?? []).filter((kind) => !ownNames.has(kind.kind));
    return new Catalog([...inherited, ...own]);
}
//# sourceMappingURL=define-catalog.js.map