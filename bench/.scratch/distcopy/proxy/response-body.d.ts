import { type ProblemDocument } from '../problem/index.js';
/** How the error body is written: RFC 9457 (default), the same members as plain JSON, or plain text. */
export type ProxyResponseFormat = 'problem+json' | 'json' | 'text';
export declare const PROXY_RESPONSE_FORMATS: readonly ProxyResponseFormat[];
export declare function contentTypeOf(format: ProxyResponseFormat): string;
export declare function renderBody(problem: ProblemDocument, format: ProxyResponseFormat): string;
//# sourceMappingURL=response-body.d.ts.map