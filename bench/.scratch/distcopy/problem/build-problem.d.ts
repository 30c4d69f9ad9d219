import type { MappedError } from '../catalog/types.js';
/** An RFC 9457 problem details object, plus the extensions this package adds. */
export interface ProblemDocument {
    type: string;
    title: string;
    status: number;
    detail: string;
    instance?: string;
    requestId?: string;
    retryAfter?: number;
    [extension: string]: unknown;
}
export interface BuildProblemOptions {
    /** Show the detail (and extensions) of 5xx errors too. Off by default: server errors can hold secrets. */
    exposeServerErrors: boolean;
    /** Upper bound for `detail`, in UTF-8 bytes. */
    maxDetailBytes: number;
    /** Lambda request id (`context.awsRequestId`), sent as the `requestId` extension. */
    requestId?: string | undefined;
    /** URI reference of this occurrence, usually the request path. */
    instance?: string | undefined;
}
/** Whether the client may see the mapped error's own detail and extensions. */
export declare function mayShowDetail(mapped: MappedError, exposeServerErrors: boolean): boolean;
/**
 * The problem object a client receives for a mapped error. The detail is the error's own text only when
 * it may be shown; otherwise it repeats the title, so nothing of a hidden error leaks.
 */
export declare function buildProblem(mapped: MappedError, options: BuildProblemOptions): ProblemDocument;
//# sourceMappingURL=build-problem.d.ts.map