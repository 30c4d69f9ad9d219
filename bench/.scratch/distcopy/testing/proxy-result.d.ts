/** Which proxy integration the result goes back through. `alb-multi`: an ALB target group with multi-value headers on. */
export type ProxyEventKind = 'rest' | 'http-v1' | 'http-v2' | 'function-url' | 'alb' | 'alb-multi';
/** What the client receives. `headers` joins repeated values with ", "; `multiValueHeaders` keeps every line. */
export interface ProxyClientResponse {
    readonly statusCode: number;
    readonly headers: Record<string, string>;
    readonly multiValueHeaders: Record<string, string[]>;
    /** The body as text; a base64 result (isBase64Encoded) is decoded, then read as UTF-8. */
    readonly body: string;
}
/**
 * What API Gateway, a Function URL or an ALB sends the client for a handler's proxy result, including the
 * error they answer with when the result is malformed (REST 502, HTTP API 500, Function URL 502, ALB 502).
 */
export declare function proxyResult(result: unknown, eventKind: ProxyEventKind): ProxyClientResponse;
//# sourceMappingURL=proxy-result.d.ts.map