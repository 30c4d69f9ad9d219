import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineErrorCatalog, type ErrorCatalog, type ErrorKindDefinition } from '../catalog/index.js';
import { oneLine, UsageError } from './usage-error.js';

/**
 * Recognises a catalog by its shape, not its class: the user's module may import its own copy of
 * lambda-error-map.
 */
export function isErrorCatalog(value: unknown): value is ErrorCatalog {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<Record<keyof ErrorCatalog, unknown>>;
  return (
    Array.isArray(candidate.kinds) &&
    Array.isArray(candidate.statuses) &&
    candidate.statuses.every((status) => Number.isInteger(status)) &&
    typeof candidate.kindForStatus === 'function'
  );
}

const EXPORT_HINT =
  'export one as "catalog" or as the default export, e.g. export const catalog = defineErrorCatalog({ OrderNotFound: { status: 404 } })';

async function loadJsonCatalog(path: string): Promise<ErrorCatalog> {
  let definitions: unknown;
  try {
    definitions = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read catalog ${path}: ${oneLine(error)}`);
  }
  try {
    return defineErrorCatalog(definitions as Record<string, ErrorKindDefinition>);
  } catch (error) {
    throw new UsageError(`invalid catalog ${path}: ${oneLine(error)}`);
  }
}

async function loadModuleCatalog(path: string): Promise<ErrorCatalog> {
  let module: Record<string, unknown>;
  try {
    module = await import(pathToFileURL(path).href);
  } catch (error) {
    throw new UsageError(`cannot load catalog module ${path}: ${oneLine(error)}`);
  }
  const fallback = module.default as Record<string, unknown> | undefined;
  const candidates = [module.catalog, module.default, fallback?.catalog];
  const catalog = candidates.find(isErrorCatalog);
  if (!catalog) throw new UsageError(`${path} exports no error catalog: ${EXPORT_HINT}`);
  return catalog;
}

/** Loads a catalog from a JSON file of kind definitions or from a JavaScript module exporting a catalog. */
export async function loadCatalog(path: string): Promise<ErrorCatalog> {
  if (!existsSync(path)) throw new UsageError(`catalog file not found: ${path}`);
  return extname(path).toLowerCase() === '.json' ? loadJsonCatalog(path) : loadModuleCatalog(path);
}
