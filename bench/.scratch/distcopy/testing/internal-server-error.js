/** What a client of a REST API receives when API Gateway itself fails the request (default gateway response). */
export const REST_INTERNAL_SERVER_ERROR_BODY = '{"message": "Internal server error"}';
export function restInternalServerError(statusCode) {
    return {
        statusCode,
        headers: { 'Content-Type': 'application/json' },
        body: REST_INTERNAL_SERVER_ERROR_BODY,
    };
}
/** Sets a header, replacing any earlier one whose name differs only in case (HTTP names are case-insensitive). */
export function setHeader(headers, name, value) {
    for (const existing of Object.keys(headers)) {
        if (existing.toLowerCase() === name.toLowerCase())
            delete headers[existing];
    }
    headers[name] = value;
}
//# sourceMappingURL=internal-server-error.js.map