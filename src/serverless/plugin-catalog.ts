import { resolve } from 'node:path';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { CatalogLoadError, type CatalogLoadFailure, LambdaErrorMapPluginError } from '../surface/errors.js';
import { loadCatalogFile } from '../surface/load-catalog-file.js';

const FIX =
  'point custom.lambdaErrorMap.catalog at a JavaScript module (compile TypeScript first) that exports the catalog made with defineErrorCatalog, or at a JSON file of kind definitions';

const CODES: Readonly<Record<CatalogLoadFailure, string>> = {
  'not-found': 'LAMBDA_ERROR_MAP_CATALOG_NOT_FOUND',
  unreadable: 'LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED',
  'load-failed': 'LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED',
  exited: 'LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED',
  'timed-out': 'LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED',
  'invalid-definitions': 'LAMBDA_ERROR_MAP_INVALID_CATALOG',
  'no-catalog': 'LAMBDA_ERROR_MAP_INVALID_CATALOG',
};

/** The shared loader, `catalogPath` resolved against the service directory, failures as plugin errors. */
export async function loadCatalog(
  serviceDir: string,
  catalogPath: string,
  exportName: string | undefined,
): Promise<ErrorCatalog> {
  // An absolute catalogPath resolves to itself.
  const file = resolve(serviceDir, catalogPath);
  try {
    return await loadCatalogFile(file, { exportName });
  } catch (error) {
    if (!(error instanceof CatalogLoadError)) throw error;
    const where =
      error.failure === 'not-found' ? ` (resolved from ${JSON.stringify(catalogPath)} in ${serviceDir})` : '';
    const fix =
      error.failure === 'no-catalog' ? 'or name its export with custom.lambdaErrorMap.catalogExport' : FIX;
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap.catalog: ${error.message}${where}; ${fix}`,
      CODES[error.failure],
    );
  }
}
