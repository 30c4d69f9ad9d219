// `lambda-error-map/powertools`: an error handler for Powertools' HTTP router
// (`@aws-lambda-powertools/event-handler/http`). Built to import the neutral function from the root entry
// (scripts/build.mjs), so a function using both holds one copy of the runtime code.
import { readRequestId } from '../util/safe-read.js';
import { type ProblemResponseOptions, problemResponder } from '../web/problem-response.js';

/** What the handler reads of Powertools' `RequestContext`: the web request and the Lambda context. */
export interface PowertoolsRequestContext {
  req: Request;
  context?: unknown;
}

/** Fits `app.errorHandler(Error, handler)` (Powertools' `ErrorHandler<Error>`). */
export type PowertoolsErrorHandler = (error: Error, reqCtx: PowertoolsRequestContext) => Promise<Response>;

/**
 * An error handler for Powertools' HTTP router that answers every error with an RFC 9457 problem from the
 * catalog. Register it for `Error`: it then also handles the router's own `NotFoundError` (404) and
 * `MethodNotAllowedError` (405), whose `statusCode` it keeps.
 *
 *     app.errorHandler(Error, problemErrorHandler({ catalog }));
 */
export function problemErrorHandler(options: ProblemResponseOptions = {}): PowertoolsErrorHandler {
  const respond = problemResponder(options, 'problemErrorHandler');
  return async (error, reqCtx) =>
    respond(error, {
      method: reqCtx.req.method,
      url: reqCtx.req.url,
      requestId: readRequestId(reqCtx.context),
    });
}

export type { ProblemResponseOptions } from '../web/problem-response.js';
