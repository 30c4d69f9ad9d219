import type { ErrorCatalog } from '../catalog/index.js';
/**
 * Structural check: the catalog module is usually bundled on its own, so its catalog is not an instance of
 * this copy's classes.
 */
export declare function isErrorCatalog(value: unknown): value is ErrorCatalog;
/** Imports the catalog module at `catalogPath` (relative to `serviceDir`) and returns its catalog export. */
export declare function loadCatalog(serviceDir: string, catalogPath: string, exportName: string | undefined): Promise<ErrorCatalog>;
//# sourceMappingURL=load-catalog.d.ts.map