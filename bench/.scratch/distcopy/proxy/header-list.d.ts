/** One response header with every value it has, under the spelling it was first given. */
export interface HeaderEntry {
    name: string;
    values: string[];
}
/** Response headers keyed by lower-case name, in insertion order. */
export type HeaderList = Map<string, HeaderEntry>;
/** CR and LF would split the header (response splitting); NUL and the other controls but TAB are refused too. */
export declare function hasControlCharacter(value: string): boolean;
/** A header value as a string if it is a safe one, else undefined. Proxy responses allow booleans and numbers. */
export declare function safeHeaderValue(value: unknown): string | undefined;
export declare function isSafeHeaderName(name: string): boolean;
/** Adds a value; names compare case-insensitively. Unsafe names and values are dropped silently. */
export declare function addHeader(list: HeaderList, name: string, value: unknown): void;
/** Sets a header only if no header of that name (in any case) is there yet. */
export declare function addHeaderIfAbsent(list: HeaderList, name: string, value: unknown): void;
/**
 * The headers already on `request.response` (set by the handler or by another middleware, e.g. CORS),
 * from both `headers` and `multiValueHeaders`. A name present in both keeps the multi-value values,
 * as API Gateway does.
 */
export declare function headersOfResponse(response: unknown): HeaderList;
/** The cookies already on a v2 / Function URL response, if it had a `cookies` array. */
export declare function cookiesOfResponse(response: unknown): string[] | undefined;
//# sourceMappingURL=header-list.d.ts.map