declare const EMPTY: Readonly<Record<string, never>>;
/** The headers of `error.headers` that are safe to send: valid names, string values without CR/LF/NUL. */
export declare function safeHeaders(source: unknown): Readonly<Record<string, string>>;
/**
 * A shallow copy of `error.extensions` without the members RFC 9457 reserves. Values are kept as
 * given; the writers serialise them defensively.
 */
export declare function safeExtensions(source: unknown): Readonly<Record<string, unknown>>;
export { EMPTY as EMPTY_RECORD };
//# sourceMappingURL=safe-fields.d.ts.map