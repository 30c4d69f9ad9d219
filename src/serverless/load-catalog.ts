import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorCatalog } from '../catalog/index.js';
import { LambdaErrorMapPluginError, messageOf } from './plugin-error.js';

const FIX =
  'point custom.lambdaErrorMap.catalog at a JavaScript module (compile TypeScript first) that exports the catalog made with defineErrorCatalog';

/**
 * Structural check: the catalog module is usually bundled on its own, so its catalog is not an instance of
 * this copy's classes.
 */
export function isErrorCatalog(value: unknown): value is ErrorCatalog {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ErrorCatalog>;
  return (
    Array.isArray(candidate.kinds) &&
    Array.isArray(candidate.statuses) &&
    candidate.statuses.every((status) => Number.isInteger(status)) &&
    typeof candidate.kindForStatus === 'function'
  );
}

/** Imports the catalog module at `catalogPath` (relative to `serviceDir`) and returns its catalog export. */
export async function loadCatalog(
  serviceDir: string,
  catalogPath: string,
  exportName: string | undefined,
): Promise<ErrorCatalog> {
  // An absolute catalogPath resolves to itself.
  const file = resolve(serviceDir, catalogPath);
  if (!existsSync(file)) {
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap.catalog: ${file} does not exist (resolved from ${JSON.stringify(catalogPath)} in ${serviceDir}); ${FIX}`,
      'LAMBDA_ERROR_MAP_CATALOG_NOT_FOUND',
    );
  }
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    throw new LambdaErrorMapPluginError(
      `custom.lambdaErrorMap.catalog: could not load ${file}: ${messageOf(error)}; ${FIX}`,
      'LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED',
    );
  }
  return pickCatalog(module, file, exportName);
}

function pickCatalog(
  module: Record<string, unknown>,
  file: string,
  exportName: string | undefined,
): ErrorCatalog {
  const candidates = exportName === undefined ? ['default', 'catalog'] : [exportName];
  for (const name of candidates) {
    if (isErrorCatalog(module[name])) return module[name];
  }
  const exported = Object.keys(module);
  const wanted =
    exportName === undefined
      ? 'a default export or an export named "catalog"'
      : `an export named ${JSON.stringify(exportName)}`;
  throw new LambdaErrorMapPluginError(
    `custom.lambdaErrorMap.catalog: ${file} has no error catalog in ${wanted} (its exports: ${exported.length > 0 ? exported.join(', ') : 'none'}); export the value returned by defineErrorCatalog, or name its export with custom.lambdaErrorMap.catalogExport`,
    'LAMBDA_ERROR_MAP_INVALID_CATALOG',
  );
}
