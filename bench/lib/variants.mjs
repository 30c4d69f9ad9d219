// The variants under test. Each one wraps the same inner handler, so they differ only in how the
// error is mapped. `invoke` always resolves: the harness catches taggedErrorMessage's rethrow, as
// the Lambda runtime would.
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import { statusTitle } from '../../dist/index.js';
import { rotating } from './thrown-values.mjs';

export const FALLBACK_MESSAGE = 'Internal Server Error';
export const SUCCESS_BODY = '{"id":"1","status":"shipped"}';

/** Paths every error-mapping variant runs: success, then one per thrown-value kind. */
export const ERROR_PATHS = ['catalog404', 'httpErrors404', 'plainError', 'sdkThrottle'];
export const ALL_PATHS = ['success', ...ERROR_PATHS];

function okResponse() {
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: SUCCESS_BODY };
}

/** The business handler: answers, or throws the next value of the path's pool. */
export function innerHandler(path, pools) {
  if (path === 'success') return async () => okResponse();
  const next = rotating(pools[path]);
  return async () => {
    throw next();
  };
}

/** What a careful author writes by hand: status from `statusCode`, problem+json, no 5xx detail. */
function handWrittenProblem(error) {
  const code = error?.statusCode;
  const status = Number.isInteger(code) && code >= 400 && code <= 599 ? code : 500;
  const problem = { type: 'about:blank', title: statusTitle(status), status };
  if (status < 500) problem.detail = String(error.message);
  return {
    statusCode: status,
    headers: { 'Content-Type': 'application/problem+json' },
    body: JSON.stringify(problem),
  };
}

function returnRejection(error) {
  return { rejected: error };
}

/**
 * Variant factories, keyed by name. `ours` is the built runtime entry; a factory returns undefined
 * when the export it needs does not exist yet.
 */
export const VARIANTS = {
  baseline: {
    label: 'baseline (hand-written try/catch)',
    paths: ALL_PATHS,
    build: (inner) => async (event, context) => {
      try {
        return await inner(event, context);
      } catch (error) {
        return handWrittenProblem(error);
      }
    },
  },
  middy: {
    label: '@middy/core alone',
    paths: ['success'],
    build: (inner) => middy(inner),
  },
  httpErrorHandler: {
    label: '@middy/core + @middy/http-error-handler',
    paths: ALL_PATHS,
    build: (inner) =>
      middy(inner).use(httpErrorHandler({ logger: false, fallbackMessage: FALLBACK_MESSAGE })),
  },
  proxy: {
    label: '@middy/core + proxyErrorResponse',
    paths: ALL_PATHS,
    build: (inner, ours) =>
      typeof ours.proxyErrorResponse === 'function'
        ? middy(inner).use(ours.proxyErrorResponse({ logger: false }))
        : undefined,
  },
  tagged: {
    label: '@middy/core + taggedErrorMessage',
    paths: ALL_PATHS,
    build: (inner, ours) => {
      if (typeof ours.taggedErrorMessage !== 'function') return undefined;
      const handler = middy(inner).use(ours.taggedErrorMessage({ logger: false }));
      return (event, context) => handler(event, context).catch(returnRejection);
    },
  },
};

/** Every (variant, path) case that can run now, each with its own handler instance and pool cursor. */
export function buildCases(pools, ours) {
  const cases = [];
  const missing = [];
  for (const [variant, spec] of Object.entries(VARIANTS)) {
    for (const path of spec.paths) {
      const invoke = spec.build(innerHandler(path, pools), ours);
      if (invoke === undefined) {
        if (!missing.includes(variant)) missing.push(variant);
        continue;
      }
      cases.push({ id: `${variant}/${path}`, variant, path, invoke });
    }
  }
  return { cases, missing };
}
