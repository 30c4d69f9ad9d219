/**
 * Cuts `text` to at most `maxBytes` UTF-8 bytes, ending with "…" when it was cut. Works on code points,
 * so a surrogate pair is never split (a lone surrogate counts as the 3 bytes of U+FFFD it encodes to).
 */
export declare function truncateUtf8(text: string, maxBytes: number): string;
/** UTF-8 length of a string, counting lone surrogates as U+FFFD (3 bytes), as encoders do. */
export declare function utf8Length(text: string): number;
//# sourceMappingURL=truncate-utf8.d.ts.map