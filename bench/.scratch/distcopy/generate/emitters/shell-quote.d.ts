/** One POSIX shell word holding exactly `value`: single-quoted, each `'` written `'\''`. */
export declare function shellQuote(value: string): string;
//# sourceMappingURL=shell-quote.d.ts.map