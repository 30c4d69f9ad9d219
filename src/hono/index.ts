// `lambda-error-map/hono`: an `onError` handler for hono. Built to import the neutral function from the root
// entry (scripts/build.mjs), so a function using both holds one copy of the runtime code.

import { isSafeHeaderName, isSafeHeaderValue } from '../util/header-rules.js';
import { isObjectLike, readObject, readProperty, readRequestId } from '../util/safe-read.js';
import { type ProblemResponseOptions, problemResponder } from '../web/problem-response.js';

/** What the handler reads of hono's `Context`: the raw request, and `env.lambdaContext` under `hono/aws-lambda`. */
export interface HonoContextLike {
  req: { raw: Request };
  env?: unknown;
}

/** Fits `app.onError(handler)` (hono's `ErrorHandler`). */
export type HonoErrorHandler = (error: Error, c: HonoContextLike) => Response;

/** The response an `HTTPException` was made with (`new HTTPException(401, { res })`), if any. */
function exceptionResponse(error: unknown): Response | undefined {
  if (!isObjectLike(error) || typeof readProperty(error, 'getResponse') !== 'function') return undefined;
  const res = readProperty(error, 'res');
  return res instanceof Response ? res : undefined;
}

/**
 * Headers of an `HTTPException`'s own response (e.g. `WWW-Authenticate` from hono's auth middlewares) are
 * kept on a 4xx answer, as the headers of any exposed error are, by the same rules (no body headers, ASCII
 * values); a 5xx hides them with its detail.
 */
function addExceptionHeaders(response: Response, error: unknown): Response {
  const own = response.status < 500 ? exceptionResponse(error) : undefined;
  if (own === undefined) return response;
  // Names the problem response has already; a name given several times (Set-Cookie) keeps every value.
  const present = new Set<string>();
  response.headers.forEach((_, name) => {
    present.add(name);
  });
  own.headers.forEach((value, name) => {
    if (present.has(name) || !isSafeHeaderName(name) || !isSafeHeaderValue(value)) return;
    response.headers.append(name, value);
  });
  return response;
}

/**
 * An `onError` for hono that answers every error with an RFC 9457 problem from the catalog. hono's
 * `HTTPException` keeps its status; its message is shown for 4xx and hidden for 5xx, like any error with a
 * status (throw a catalog error, or set `exposeServerErrors`, to show more).
 *
 *     app.onError(problemOnError({ catalog }));
 */
export function problemOnError(options: ProblemResponseOptions = {}): HonoErrorHandler {
  const respond = problemResponder(options, 'problemOnError');
  return (error, c) => {
    const env = readObject(c, 'env');
    const lambdaContext = env === undefined ? undefined : readProperty(env, 'lambdaContext');
    const response = respond(error, {
      method: c.req.raw.method,
      url: c.req.raw.url,
      requestId: readRequestId(lambdaContext),
    });
    return addExceptionHeaders(response, error);
  };
}

export type { ProblemResponseOptions } from '../web/problem-response.js';
