import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { AnyHandler } from '../testing/invoke-handler.js';
import type { LambdaErrorPayload } from '../testing/lambda-error-payload.js';
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
    module = await import(pathToFileURL(file).href);
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

function failure(errorType: string, errorMessage: string): LoadedHandler {
  return { ok: false, payload: { errorType, errorMessage, trace: [] } };
}
