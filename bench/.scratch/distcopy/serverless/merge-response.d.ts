import type { ServerlessResponse } from '../generate/emitters/serverless.js';
import type { LambdaHttpEvent } from './lambda-http-events.js';
import type { HttpResponseConfig } from './types.js';
/**
 * The event's `response` with the generated status codes merged into what the user declared.
 *
 * Kept from the user: the success (default, pattern `''`) entry with its template and headers, the
 * response-wide `headers`, and entries identical in pattern to the generated ones (their template and
 * headers win). The response-wide `template` moves into the success entry: the framework would otherwise
 * put it on every status, error responses included. Any other user pattern would overlap the generated
 * partition (its catch-all takes every untagged message), so it stops the build.
 */
export declare function mergeResponse(event: LambdaHttpEvent, generated: ServerlessResponse): HttpResponseConfig;
//# sourceMappingURL=merge-response.d.ts.map