// The variants under test. Each one wraps the same inner handler, so they differ only in how the
// error is mapped. `invoke` always resolves: the harness catches taggedErrorMessage's rethrow, as
// the Lambda runtime would.
import { STATUS_CODES } from 'node:http';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import { BUILDERS, rotating } from './thrown-values.mjs';

export const FALLBACK_MESSAGE = 'Internal Server Error';
export const SUCCESS_BODY = '{"id":"1","status":"shipped"}';

/** Paths every error-mapping variant runs: success, then one per thrown-value kind. */
export const ERROR_PATHS = ['catalog404', 'httpErrors404', 'plainError', 'sdkThrottle'];
export const ALL_PATHS = ['success', ...ERROR_PATHS];
/** "Build + map": the handler constructs the error on every call, as real handlers do. */
export const BUILD_PATHS = ['buildCatalog404', 'buildHttpErrors404'];
/** What the rethrow floor throws: the tagged message of the catalog 404, built once. */
export const PREBUILT_TAGGED_MESSAGE =
  '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"order 42 does not exist","requestId":"bench-request-id"}';

function okResponse() {
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: SUCCESS_BODY };
}

/** The business handler: answers, or throws the next value of the path's pool. */
export function innerHandler(path, pools) {
  if (path === 'success') return async () => okResponse();
  if (BUILDERS[path]) {
    const build = BUILDERS[path];
    return async () => {
      throw build();
    };
  }
  const next = rotating(pools[path]);
  return async () => {
    throw next();
  };
}

/** What a careful author writes by hand: status from `statusCode`, problem+json, no 5xx detail. */
function handWrittenProblem(error) {
  const code = error?.statusCode;
  const status = Number.isInteger(code) && code >= 400 && code <= 599 ? code : 500;
  const problem = { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status };
  if (status < 500) problem.detail = String(error.message);
  return {
    statusCode: status,
    headers: { 'Content-Type': 'application/problem+json' },
    body: JSON.stringify(problem),
  };
}

/**
 * The same by hand, writing the members proxyErrorResponse writes besides: the request path as `instance` and the
 * Lambda request id, in the order JSON.stringify keeps. The floor of writing the same body.
 */
function handWrittenProblemSameBody(error, event, context) {
  const code = error?.statusCode;
  const status = Number.isInteger(code) && code >= 400 && code <= 599 ? code : 500;
  const problem = {
    type: 'about:blank',
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail: status < 500 ? String(error.message) : (STATUS_CODES[status] ?? 'Error'),
    instance: event.path,
    requestId: context.awsRequestId,
  };
  return {
    statusCode: status,
    headers: { 'Content-Type': 'application/problem+json' },
    body: JSON.stringify(problem),
  };
}

function returnRejection(error) {
  return { rejected: error };
}

/** A middy handler whose rejection is returned, as the Lambda runtime would catch it. */
function rejectionReturning(inner, middleware) {
  const handler = middy(inner).use(middleware);
  return (event, context) => handler(event, context).catch(returnRejection);
}

/** The fair floor of the tagged path: an onError that only throws an error built once, beforehand. */
function rethrowPrebuilt() {
  const prebuilt = new Error(PREBUILT_TAGGED_MESSAGE);
  prebuilt.name = 'NotFound';
  return {
    onError: () => {
      throw prebuilt;
    },
  };
}

/**
 * The floor of any onError that throws a fresh error: no mapping, but the error built per call as
 * taggedErrorMessage builds its own (no stack trace captured, `cause`, the http-errors fields, the
 * `originalError` middy would add). What the tagged path pays on top of this is its mapping.
 */
function throwFreshError() {
  return {
    onError: (request) => {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      let error;
      try {
        error = new Error(PREBUILT_TAGGED_MESSAGE, { cause: request.error });
      } finally {
        Error.stackTraceLimit = limit;
      }
      error.name = 'NotFound';
      error.status = 404;
      error.statusCode = 404;
      error.expose = true;
      error.originalError = request.error;
      throw error;
    },
  };
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
  handWritten: {
    label: '@middy/core + a hand-written problem+json onError (floor of writing the body in middy)',
    paths: ['catalog404'],
    build: (inner) =>
      middy(inner).use({
        onError: (request) => {
          request.response = handWrittenProblem(request.error);
        },
      }),
  },
  handWrittenSameBody: {
    label:
      '@middy/core + a hand-written onError writing the same members (instance, requestId) as proxyErrorResponse',
    paths: ['catalog404'],
    build: (inner) =>
      middy(inner).use({
        onError: (request) => {
          request.response = handWrittenProblemSameBody(request.error, request.event, request.context);
        },
      }),
  },
  middy: {
    label: '@middy/core alone',
    paths: ['success'],
    build: (inner) => middy(inner),
  },
  httpErrorHandler: {
    label: '@middy/core + @middy/http-error-handler',
    paths: [...ALL_PATHS, 'buildHttpErrors404'],
    build: (inner) =>
      middy(inner).use(httpErrorHandler({ logger: false, fallbackMessage: FALLBACK_MESSAGE })),
  },
  proxy: {
    label: '@middy/core + proxyErrorResponse',
    paths: [...ALL_PATHS, 'buildCatalog404'],
    build: (inner, ours) =>
      typeof ours.proxyErrorResponse === 'function'
        ? middy(inner).use(ours.proxyErrorResponse({ logger: false }))
        : undefined,
  },
  tagged: {
    label: '@middy/core + taggedErrorMessage',
    paths: [...ALL_PATHS, 'buildCatalog404'],
    build: (inner, ours) => {
      if (typeof ours.taggedErrorMessage !== 'function') return undefined;
      return rejectionReturning(inner, ours.taggedErrorMessage({ logger: false }));
    },
  },
  rethrow: {
    label: '@middy/core + an onError rethrowing a prebuilt error (floor of the tagged path)',
    paths: ['catalog404'],
    build: (inner) => rejectionReturning(inner, rethrowPrebuilt()),
  },
  freshError: {
    label: '@middy/core + an onError throwing a fresh error, unmapped (floor of any fresh error)',
    paths: ['catalog404'],
    build: (inner) => rejectionReturning(inner, throwFreshError()),
  },
  // The pair with each library's default logger (theirs console.error, ours console.info for a 4xx; the bench
  // discards what reaches stderr and stdout).
  proxyDefaultLogger: {
    label: '@middy/core + proxyErrorResponse, default logger',
    paths: ['catalog404'],
    build: (inner, ours) => middy(inner).use(ours.proxyErrorResponse()),
  },
  // The same two middlewares from the BENCH_BASE build (bench/lib/base.mjs), when one is given.
  proxyBase: {
    label: '@middy/core + proxyErrorResponse of the BENCH_BASE build',
    paths: ['success', 'catalog404'],
    entry: 'base',
    build: (inner, lib) => middy(inner).use(lib.proxyErrorResponse({ logger: false })),
  },
  taggedBase: {
    label: '@middy/core + taggedErrorMessage of the BENCH_BASE build',
    paths: ['success', 'catalog404'],
    entry: 'base',
    build: (inner, lib) => rejectionReturning(inner, lib.taggedErrorMessage({ logger: false })),
  },
  httpErrorHandlerDefaultLogger: {
    label: '@middy/core + @middy/http-error-handler, default logger',
    paths: ['httpErrors404'],
    build: (inner) => middy(inner).use(httpErrorHandler({ fallbackMessage: FALLBACK_MESSAGE })),
  },
};

/**
 * Every (variant, path) case that can run now, each with its own handler instance and pool cursor. The base
 * variants run only with a `base` build ({ lib, pools }: its entry, and pools whose catalog errors it built).
 */
export function buildCases(pools, ours, base) {
  const cases = [];
  const missing = [];
  for (const [variant, spec] of Object.entries(VARIANTS)) {
    if (spec.entry === 'base' && base === undefined) continue;
    const [lib, libPools] = spec.entry === 'base' ? [base.lib, base.pools] : [ours, pools];
    for (const path of spec.paths) {
      const invoke = spec.build(innerHandler(path, libPools), lib);
      if (invoke === undefined) {
        if (!missing.includes(variant)) missing.push(variant);
        continue;
      }
      cases.push({ id: `${variant}/${path}`, variant, path, invoke });
    }
  }
  return { cases, missing };
}
