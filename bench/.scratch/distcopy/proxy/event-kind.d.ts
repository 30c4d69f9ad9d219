/** The proxy event kinds, each with its own response shape. */
export type ProxyEventKind = 'rest-v1' | 'http-api-v1' | 'http-api-v2' | 'function-url' | 'alb' | 'alb-multi-value';
/** What a response writer needs from the event: its kind, the method and the path. */
export interface ProxyRequestInfo {
    kind: ProxyEventKind;
    /** Upper-case HTTP method, when the event carries one. */
    method: string | undefined;
    /** The request path, when the event carries one. */
    path: string | undefined;
}
/**
 * Detects the event kind the way DESIGN.md lists it: `requestContext.elb` → ALB (multi-value mode when
 * the event has `multiValueHeaders`); `version: "2.0"` → HTTP API 2.0, or a Function URL when the domain
 * contains `.lambda-url.`; `version: "1.0"` → HTTP API payload 1.0; anything else (REST v1, and events
 * of no known kind such as a direct invoke) → the REST v1 shape, the one every proxy kind accepts.
 */
export declare function detectEventKind(event: unknown): ProxyEventKind;
/** Kind, method and path of an event; never throws, whatever the event holds. */
export declare function readRequestInfo(event: unknown): ProxyRequestInfo;
//# sourceMappingURL=event-kind.d.ts.map