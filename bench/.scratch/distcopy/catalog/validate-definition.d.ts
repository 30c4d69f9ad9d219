import type { ErrorKind } from './types.js';
/** Thrown when a catalog definition is invalid; the message names the entry and the fix. */
export declare class CatalogDefinitionError extends Error {
    constructor(message: string);
}
declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/** Validates one catalog entry and fills in its defaults. Throws `CatalogDefinitionError` naming the entry. */
export declare function validateDefinition(kind: string, definition: unknown): ErrorKind;
export { isPlainObject };
//# sourceMappingURL=validate-definition.d.ts.map