import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { CatalogLoadError, UsageError } from '../surface/errors.js';
import { loadCatalogFile } from '../surface/load-catalog-file.js';

/** The shared loader, its failures reported as usage errors (one line, exit 2). */
export async function loadCatalog(path: string): Promise<ErrorCatalog> {
  try {
    return await loadCatalogFile(path);
  } catch (error) {
    if (error instanceof CatalogLoadError) throw new UsageError(error.message);
    throw error;
  }
}
