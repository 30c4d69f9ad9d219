import type { MappedError } from '../catalog/catalog-types.js';
import { ignoreRejection } from '../logging/error-logger.js';

/** What the `onErrorMapped` hook receives for each error turned into a response. */
export interface ErrorMappedEvent {
  /** The catalog kind, e.g. `NotFound` (the name a metric or annotation should carry). */
  kind: string;
  status: number;
  /** `context.awsRequestId` (or the adapter's request id), when known. */
  requestId: string | undefined;
  /** The value that was thrown, untouched. Never sent to the client. */
  error: unknown;
}

/** The `onErrorMapped` option: metrics per kind, tracer annotations. May be async; its result is not awaited. */
export type ErrorMappedHook = (event: ErrorMappedEvent) => void | Promise<void>;

/** Calls the hook; what it throws or rejects is ignored, so it can never break the error response. */
export function reportMappedError(
  hook: ErrorMappedHook,
  mapped: MappedError,
  requestId: string | undefined,
): void {
  try {
    ignoreRejection(hook({ kind: mapped.kind, status: mapped.status, requestId, error: mapped.cause }));
  } catch {
    // A failing metrics hook must not turn a well-formed error response into a crash.
  }
}
