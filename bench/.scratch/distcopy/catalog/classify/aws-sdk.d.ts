import type { ErrorCatalog } from '../define-catalog.js';
import type { MappedError } from '../types.js';
import { type AnyObject } from './safe-read.js';
/** Exposed in place of AWS's own message, which can name tables, keys and items. */
export declare const CONFLICT_DETAIL = "The request conflicts with the current state of the resource.";
/** Retry-After for a throttled dependency when the catalog's 503 kind names none. */
export declare const DEFAULT_THROTTLE_RETRY_AFTER_SECONDS = 1;
/** An AWS SDK v3 service exception: a `$metadata` object and a `$fault` of 'client' or 'server'. */
export interface AwsServiceException {
    readonly name: string;
    readonly fault: 'client' | 'server';
    readonly throttling: boolean;
}
export declare function asAwsServiceException(thrown: AnyObject): AwsServiceException | undefined;
/**
 * Maps a service exception. AWS messages are never exposed: they describe our infrastructure, not
 * the caller's request. The catalog's `awsExceptions` mapping wins over every built-in rule.
 */
export declare function classifyAwsException(exception: AwsServiceException, thrown: AnyObject, catalog: ErrorCatalog, isTimeout: boolean): MappedError;
//# sourceMappingURL=aws-sdk.d.ts.map