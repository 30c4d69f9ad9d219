import { type AnyObject } from './safe-read.js';
/** Whether the error says a dependency timed out or could not be reached (→ 504). */
export declare function isTimeoutOrNetworkError(error: AnyObject, name: string | undefined): boolean;
//# sourceMappingURL=timeout.d.ts.map