import type { ErrorReply } from './error-reply.js';
/** HTTP API payload 2.0 and Function URL response. No `multiValueHeaders`: that key does not exist here. */
export interface HttpApiV2ErrorResponse {
    statusCode: number;
    headers: Record<string, string>;
    cookies?: string[];
    body: string;
    isBase64Encoded: false;
}
/**
 * Duplicate headers are comma-joined, as HTTP API does itself. Set-Cookie cannot be joined that way,
 * so its values go to `cookies`, which appears only when the response has cookies at all.
 */
export declare function writeHttpApiV2(reply: ErrorReply): HttpApiV2ErrorResponse;
//# sourceMappingURL=write-http-api-v2.d.ts.map