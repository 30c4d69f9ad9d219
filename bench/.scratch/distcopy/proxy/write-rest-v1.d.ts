import type { ErrorReply } from './error-reply.js';
/** REST API and HTTP API payload 1.0 response: only these keys, or API Gateway answers 502. */
export interface RestV1ErrorResponse {
    statusCode: number;
    headers: Record<string, string>;
    multiValueHeaders?: Record<string, string[]>;
    body: string;
    isBase64Encoded: false;
}
/**
 * Single-valued headers go to `headers`, headers with several values (e.g. two Set-Cookie) to
 * `multiValueHeaders` only: API Gateway merges the two maps, and a name in both would be sent twice.
 */
export declare function writeRestV1(reply: ErrorReply): RestV1ErrorResponse;
//# sourceMappingURL=write-rest-v1.d.ts.map