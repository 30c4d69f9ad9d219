/**
 * API Gateway evaluates selection patterns with java.util.regex, full-string match. Our tooling evaluates
 * them in JavaScript. Only the syntax both read the same way is allowed; this module checks that and
 * gives the JavaScript full match.
 */
/** Returns why a pattern is outside the Java∩JavaScript subset, or undefined when it is portable. */
export declare function portabilityProblem(pattern: string): string | undefined;
/** Throws a clear error when a pattern is outside the Java∩JavaScript subset. */
export declare function assertPortablePattern(pattern: string): void;
/** Full-string match, as java.util.regex.Pattern.matches does it. */
export declare function fullMatch(pattern: string, message: string): boolean;
//# sourceMappingURL=pattern-syntax.d.ts.map