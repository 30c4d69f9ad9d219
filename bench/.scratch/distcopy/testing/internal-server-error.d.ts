/** What a client of a REST API receives when API Gateway itself fails the request (default gateway response). */
export declare const REST_INTERNAL_SERVER_ERROR_BODY = "{\"message\": \"Internal server error\"}";
export interface EmulatedResponse {
    readonly statusCode: number;
    readonly headers: Record<string, string>;
    readonly body: string;
}
export declare function restInternalServerError(statusCode: 500 | 502): EmulatedResponse;
/** Sets a header, replacing any earlier one whose name differs only in case (HTTP names are case-insensitive). */
export declare function setHeader(headers: Record<string, string>, name: string, value: string): void;
//# sourceMappingURL=internal-server-error.d.ts.map