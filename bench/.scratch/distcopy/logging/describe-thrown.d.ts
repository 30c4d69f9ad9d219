/** A thrown value as plain data for a log line: never holds references back to the original. */
export interface ThrownDescription {
    name: string;
    message: string;
    stack?: string;
    /** The cause chain, one level per entry in depth, cut at `MAX_CAUSE_DEPTH` or at the first repeat. */
    cause?: ThrownDescription;
    /** Set when the chain went back to a value already described. */
    circular?: true;
}
export declare const MAX_CAUSE_DEPTH = 8;
/** `String(value)` that survives symbols, null prototypes and hostile `toString`s. */
export declare function textOf(value: unknown): string;
/**
 * Describes any thrown value and its `cause` chain for logging. Never throws, whatever the value
 * (throwing getters, Proxies, cycles, symbols), and never descends deeper than `MAX_CAUSE_DEPTH`.
 */
export declare function describeThrown(thrown: unknown): ThrownDescription;
//# sourceMappingURL=describe-thrown.d.ts.map