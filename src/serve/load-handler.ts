import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { AnyHandler } from '../engine/invoke-handler.js';
import type { LambdaErrorPayload } from '../engine/lambda-error-payload.js';
import type { ServedFunction } from './served-api.js';

/** The Node.js runtime's extensions, in the order it tries them. */
const EXTENSIONS = ['.js', '.mjs', '.cjs'];

export type LoadedHandler =
  | { readonly ok: true; readonly handler: AnyHandler }
  | { readonly ok: false; readonly payload: LambdaErrorPayload };

/**
 * Loads the function's handler as the Node.js runtime does (ESM or CommonJS, `.js`, `.mjs`, `.cjs`); a module that
 * is missing, fails to load or does not export the handler gives the runtime's own error payload
 * (`Runtime.ImportModuleError`, `Runtime.HandlerNotFound`), which API Gateway then treats as the invocation's error.
 */
export async function loadHandler(served: ServedFunction): Promise<LoadedHandler> {
  const file = EXTENSIONS.map((extension) => served.modulePath + extension).find((path) => existsSync(path));
  const name = `${served.modulePath.split(/[\\/]/).pop()}.${served.exportName}`;
  if (file === undefined) {
    return failure('Runtime.ImportModuleError', `Error: Cannot find module '${served.modulePath}'`);
  }
  let module: Record<string, unknown>;
  try {
    module = await import(moduleUrl(file, served.reloadOnChange === true));
  } catch (error) {
    return failure('Runtime.ImportModuleError', `${(error as Error).name}: ${(error as Error).message}`);
  }
  const exported =
    module[served.exportName] ?? (module.default as Record<string, unknown> | undefined)?.[served.exportName];
  if (typeof exported !== 'function') {
    return failure('Runtime.HandlerNotFound', `${name} is undefined or not exported`);
  }
  return { ok: true, handler: exported as AnyHandler };
}

/** The modification time each file was last imported at, under `--watch`. */
const importedVersions = new Map<string, string>();

/**
 * The URL to import: under `--watch`, with the file's modification time as a query, so that a changed file is a new
 * module (a CommonJS one is also dropped from require's cache, which Node's import of it goes through).
 */
function moduleUrl(file: string, reloadOnChange: boolean): string {
  const url = pathToFileURL(file);
  if (!reloadOnChange) return url.href;
  const version = String(statSync(file).mtimeMs);
  if (importedVersions.get(file) !== version) {
    importedVersions.set(file, version);
    delete createRequire(import.meta.url).cache[file];
  }
  url.searchParams.set('version', version);
  return url.href;
}

function failure(errorType: string, errorMessage: string): LoadedHandler {
  return { ok: false, payload: { errorType, errorMessage, trace: [] } };
}
