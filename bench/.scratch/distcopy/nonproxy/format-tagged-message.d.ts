import type { ErrorCatalog } from '../catalog/define-catalog.js';
import type { MappedError } from '../catalog/types.js';
export declare const DEFAULT_MAX_MESSAGE_BYTES = 8192;
export interface FormatTaggedMessageOptions {
    /** Decides which statuses may be tagged: the ones its generated selection patterns route. */
    catalog?: ErrorCatalog;
    /** Show the detail (and extensions) of 5xx errors. Default false. */
    exposeServerErrors?: boolean;
    /** Upper bound of `detail` in UTF-8 bytes, before the whole message is capped. Default 4096. */
    maxDetailBytes?: number;
    /** Upper bound of the whole message in UTF-8 bytes. Default 8192. */
    maxMessageBytes?: number;
    /** Lambda request id, sent as `requestId`. */
    requestId?: string | undefined;
}
export interface TaggedMessage {
    /** The kind the message is tagged with: the error's `name`, which Lambda reports as `errorType`. */
    readonly kind: string;
    /** The status in the tag: one the catalog has, so a generated selection pattern routes it. */
    readonly status: number;
    /** `[<status>] <single-line RFC 9457 JSON>`. */
    readonly message: string;
}
/**
 * The error a non-proxy integration can route: the mapped error itself when the catalog has its status,
 * else the class default (4xx → 400, 5xx → 500), since the generated patterns route catalog statuses only.
 */
export declare function routableError(mapped: MappedError, catalog: ErrorCatalog): MappedError;
/**
 * The errorMessage of a non-proxy error: `[<status>] ` then the RFC 9457 problem as one line of JSON
 * (`type`, `title`, `status`, `detail`, `requestId`, `retryAfter`, and extensions when exposed).
 * A hidden detail is replaced by the title. Pure: no logging, no I/O.
 */
export declare function formatTaggedMessage(mapped: MappedError, options?: FormatTaggedMessageOptions): TaggedMessage;
//# sourceMappingURL=format-tagged-message.d.ts.map