/**
 * Loads the catalog of the build-time tools (the CLI and the Serverless plugin): a JSON file of kind
 * definitions, or a JavaScript module exporting a catalog. A module runs with the tool's standard output sent
 * to standard error (a module that prints while loading, as dotenv does, must not corrupt generated output),
 * with `process.exit()` refused, and with a time limit (a top-level await that never settles).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ErrorKindDefinition } from '../catalog/catalog-types.js';
import { defineErrorCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { isErrorCatalog } from '../options/is-error-catalog.js';
import { oneLineMessage } from '../util/describe-value.js';
import { CatalogLoadError } from './errors.js';

export interface LoadCatalogOptions {
  /** The export holding the catalog. Default: `catalog`, then the default export, then `default.catalog`. */
  readonly exportName?: string | undefined;
  /** How long a module may take to load. Default: LAMBDA_ERROR_MAP_CATALOG_TIMEOUT_MS, else 30 000 ms. */
  readonly timeoutMs?: number;
}

export const DEFAULT_LOAD_TIMEOUT_MS = 30_000;

/** The time limit the environment sets (a positive whole number of milliseconds), else the default. */
export function loadTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.LAMBDA_ERROR_MAP_CATALOG_TIMEOUT_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : DEFAULT_LOAD_TIMEOUT_MS;
}

const EXPORT_HINT =
  'export it as "catalog" or as the default export, e.g. export const catalog = defineErrorCatalog({ OrderNotFound: { status: 404 } })';

/** Loads the catalog at `path` (absolute): `.json` → kind definitions on top of the default catalog; else a module. */
export async function loadCatalogFile(path: string, options: LoadCatalogOptions = {}): Promise<ErrorCatalog> {
  if (!existsSync(path)) throw new CatalogLoadError('not-found', `catalog file not found: ${path}`);
  return extname(path).toLowerCase() === '.json' ? loadJsonCatalog(path) : loadModuleCatalog(path, options);
}

async function loadJsonCatalog(path: string): Promise<ErrorCatalog> {
  let definitions: unknown;
  try {
    definitions = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CatalogLoadError('unreadable', `cannot read catalog ${path}: ${oneLineMessage(error)}`);
  }
  try {
    return defineErrorCatalog(definitions as Record<string, ErrorKindDefinition>);
  } catch (error) {
    throw new CatalogLoadError('invalid-definitions', `invalid catalog ${path}: ${oneLineMessage(error)}`);
  }
}

async function loadModuleCatalog(path: string, options: LoadCatalogOptions): Promise<ErrorCatalog> {
  const module = await importGuarded(path, options.timeoutMs ?? loadTimeoutMs());
  return pickCatalog(module, path, options.exportName);
}

const TYPESCRIPT_HINT = `Node ${process.version} cannot import TypeScript: compile the catalog and pass the .js file, or run under a TypeScript loader, e.g. NODE_OPTIONS=--import=tsx`;

/** Node without type stripping (Node 20, or stripping turned off) refuses `.ts` with its own terse error. */
function isUnimportableTypeScript(error: unknown, path: string): boolean {
  return (
    (error as { code?: unknown } | null)?.code === 'ERR_UNKNOWN_FILE_EXTENSION' &&
    ['.ts', '.mts', '.cts'].includes(extname(path).toLowerCase())
  );
}

/** Thrown by the stand-in for process.exit while a catalog module loads. */
class ExitCalled extends Error {
  constructor(readonly code: unknown) {
    super('process.exit() called');
  }
}

async function importGuarded(path: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const { stdout } = process;
  const write = stdout.write;
  const exit = process.exit;
  let exitCode: unknown;
  let timer: NodeJS.Timeout | undefined;
  stdout.write = process.stderr.write.bind(process.stderr) as typeof stdout.write;
  process.exit = ((code?: unknown) => {
    exitCode = code ?? process.exitCode ?? 0;
    throw new ExitCalled(exitCode);
  }) as typeof process.exit;
  let onBeforeExit: (() => void) | undefined;
  const stalled = new Promise<'stalled' | 'timed-out'>((resolve) => {
    // A top-level await that never settles, with nothing left to run: the event loop empties.
    onBeforeExit = () => resolve('stalled');
    process.once('beforeExit', onBeforeExit);
    // One that waits on something that never ends (a timer, a socket): only time tells.
    timer = setTimeout(() => resolve('timed-out'), timeoutMs);
    timer.unref();
  });
  try {
    const loaded = await Promise.race([import(pathToFileURL(path).href), stalled]);
    if (loaded === 'stalled' || loaded === 'timed-out') {
      const why =
        loaded === 'stalled'
          ? 'never finished loading: a top-level await never settles'
          : `did not finish loading within ${timeoutMs / 1000} s (a top-level await that never settles?)`;
      throw new CatalogLoadError(
        'timed-out',
        `catalog module ${path} ${why}; a catalog module must only define and export the catalog`,
      );
    }
    return loaded as Record<string, unknown>;
  } catch (error) {
    if (error instanceof CatalogLoadError) throw error;
    if (error instanceof ExitCalled || exitCode !== undefined) {
      throw new CatalogLoadError(
        'exited',
        `catalog module ${path} called process.exit(${String(exitCode)}) while loading; a catalog module must only define and export the catalog`,
      );
    }
    const why = isUnimportableTypeScript(error, path) ? TYPESCRIPT_HINT : oneLineMessage(error);
    throw new CatalogLoadError('load-failed', `cannot load catalog module ${path}: ${why}`);
  } finally {
    clearTimeout(timer);
    if (onBeforeExit) process.removeListener('beforeExit', onBeforeExit);
    stdout.write = write;
    process.exit = exit;
  }
}

/** The order exports are looked for in: the export named by the user, else `catalog`, the default export, `default.catalog`. */
function pickCatalog(
  module: Record<string, unknown>,
  path: string,
  exportName: string | undefined,
): ErrorCatalog {
  const fallback = module.default as Record<string, unknown> | undefined;
  const candidates =
    exportName === undefined ? [module.catalog, module.default, fallback?.catalog] : [module[exportName]];
  const catalog = candidates.find(isErrorCatalog);
  if (catalog) return catalog;
  const exported = Object.keys(module);
  const wanted =
    exportName === undefined
      ? 'an export named "catalog" or the default export'
      : `an export named ${JSON.stringify(exportName)}`;
  throw new CatalogLoadError(
    'no-catalog',
    `${path} has no error catalog in ${wanted} (its exports: ${exported.length > 0 ? exported.join(', ') : 'none'}): ${EXPORT_HINT}`,
  );
}
