/**
 * `$util.escapeJavaScript`: Apache Commons Lang StringEscapeUtils.escapeJavaScript, which API Gateway uses.
 * Unlike JSON it escapes `'` as `\'` and `/` as `\/`, and writes every non-ASCII char as an uppercase `\uXXXX`.
 */
export declare function escapeJavaScript(text: string): string;
/** `$util.urlEncode`: java.net.URLEncoder with UTF-8 (space → `+`; only `. - * _` and alphanumerics kept). */
export declare function urlEncode(text: string): string;
/** `$util.urlDecode`: java.net.URLDecoder with UTF-8. */
export declare function urlDecode(text: string): string;
/** The `$util` object of a mapping template. */
export declare class VtlUtil {
    escapeJavaScript(text: unknown): string;
    parseJson(text: unknown): unknown;
    urlEncode(text: unknown): string;
    urlDecode(text: unknown): string;
    base64Encode(text: unknown): string;
    base64Decode(text: unknown): string;
}
//# sourceMappingURL=vtl-util.d.ts.map