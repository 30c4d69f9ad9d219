import type { ErrorCatalog } from './define-catalog.js';
import type { MappedError } from './types.js';
/**
 * Maps any thrown value to the error a client should see. Never throws: every read of the thrown
 * value is guarded, since getters and Proxies can throw. `cause` is always the thrown value itself.
 * The rules, in order, are documented in docs/classification.md.
 */
export declare function classify(thrown: unknown, catalog?: ErrorCatalog): MappedError;
//# sourceMappingURL=classify.d.ts.map