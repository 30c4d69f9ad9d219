import type { ErrorReply } from './error-reply.js';
/** ALB response with single-value headers (the target group's default). */
export interface AlbErrorResponse {
    statusCode: number;
    statusDescription: string;
    headers: Record<string, string>;
    body: string;
    isBase64Encoded: false;
}
/** ALB response when the target group has multi-value headers on (the event then had `multiValueHeaders`). */
export interface AlbMultiValueErrorResponse {
    statusCode: number;
    statusDescription: string;
    multiValueHeaders: Record<string, string[]>;
    body: string;
    isBase64Encoded: false;
}
/** ALB's status line text, e.g. "404 Not Found". */
export declare function statusDescription(status: number): string;
/**
 * Single-value mode: duplicates are comma-joined, except Set-Cookie, which cannot be, so the last one
 * wins (as ALB would keep only one).
 */
export declare function writeAlb(reply: ErrorReply): AlbErrorResponse;
export declare function writeAlbMultiValue(reply: ErrorReply): AlbMultiValueErrorResponse;
//# sourceMappingURL=write-alb.d.ts.map