import { types } from 'node:util';

/** The error document the Lambda Node.js runtime posts for a failed invocation (what API Gateway receives). */
export interface LambdaErrorPayload {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly trace: readonly string[];
}

/**
 * Which runtime interface client to follow:
 * - `classic`: aws-lambda-nodejs-runtime-interface-client v3 (`src/Errors.js`, `src/CallbackContext.js`),
 *   the managed nodejs18.x/20.x/22.x runtimes;
 * - `v4`: the TypeScript rewrite (`src/utils/error.ts`, `formatError`).
 */
export type RuntimeFlavour = 'classic' | 'v4';

const RETRIEVAL_FAILURE =
  'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack';

/**
 * Builds `{errorType, errorMessage, trace}` for a value a handler threw or rejected with, exactly as the runtime
 * does. Source: aws-lambda-nodejs-runtime-interface-client `src/Errors.js` `toRapidResponse` (classic) and
 * `src/utils/error.ts` `formatError` (v4). In the classic runtime an async handler that rejects with null or
 * undefined goes through `context.fail`, which replaces it with the string 'handled' (`src/CallbackContext.js`).
 */
export function lambdaErrorPayload(thrown: unknown, runtime: RuntimeFlavour = 'classic'): LambdaErrorPayload {
  return runtime === 'v4' ? formatErrorV4(thrown) : toRapidResponseClassic(thrown);
}

function toRapidResponseClassic(thrown: unknown): LambdaErrorPayload {
  const error = thrown === null || thrown === undefined ? 'handled' : thrown;
  try {
    if (types.isNativeError(error) || isErrorLike(error)) {
      const { name, message, stack } = error as Error;
      return { errorType: name, errorMessage: message, trace: (stack as string).split('\n') };
    }
    return { errorType: typeof error, errorMessage: (error as { toString(): string }).toString(), trace: [] };
  } catch {
    return { errorType: 'handled', errorMessage: RETRIEVAL_FAILURE, trace: [] };
  }
}

/** `_isError` of src/Errors.js: a duck-typed error needs non-empty string name, message and stack. */
function isErrorLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { name, message, stack } = value as Record<string, unknown>;
  return (
    typeof name === 'string' &&
    name !== '' &&
    typeof message === 'string' &&
    message !== '' &&
    typeof stack === 'string' &&
    stack !== ''
  );
}

function formatErrorV4(thrown: unknown): LambdaErrorPayload {
  const escapeDel = (text: string): string => text.replaceAll('\x7F', '%7F');
  try {
    if (thrown instanceof Error) {
      return {
        errorType: escapeDel(thrown.name),
        errorMessage: escapeDel(thrown.message),
        trace: thrown.stack ? escapeDel(thrown.stack).split('\n') : [],
      };
    }
    return { errorType: typeof thrown, errorMessage: String(thrown), trace: [] };
  } catch {
    return { errorType: 'handled', errorMessage: RETRIEVAL_FAILURE, trace: [] };
  }
}
