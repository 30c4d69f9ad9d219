import type { MiddlewareObj } from '@middy/core';
import { type CommonOptions } from '../options/index.js';
/** Below this even a bare problem may not fit; above it the message nears Lambda's 6 MB response limit. */
export declare const MIN_MESSAGE_BYTES = 256;
export declare const MAX_MESSAGE_BYTES_LIMIT: number;
export interface TaggedErrorMessageOptions extends CommonOptions {
    /** Upper bound of the whole errorMessage in UTF-8 bytes (default 8192); the detail is shortened to fit. */
    maxMessageBytes?: number;
}
/**
 * Middy middleware for Lambda custom (non-proxy) integrations. On error it classifies the thrown value,
 * logs the original, and throws a new Error named after the kind whose message is
 * `[<status>] <single-line problem JSON>`, which the generated selection patterns route to that status.
 * The original stays reachable as `cause`. Register it first (`.use(taggedErrorMessage())`) so that it
 * runs after every other onError middleware.
 */
export declare function taggedErrorMessage(options?: TaggedErrorMessageOptions): MiddlewareObj;
//# sourceMappingURL=tagged-error-message.d.ts.map