/** What a client of a REST API receives when API Gateway itself fails the request (default gateway response). */
export const REST_INTERNAL_SERVER_ERROR_BODY = '{"message": "Internal server error"}';

export interface EmulatedResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

export function restInternalServerError(statusCode: 500 | 502): EmulatedResponse {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json' },
    body: REST_INTERNAL_SERVER_ERROR_BODY,
  };
}

/** Sets a header, replacing any earlier one whose name differs only in case (HTTP names are case-insensitive). */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  for (const existing of Object.keys(headers)) {
    if (existing.toLowerCase() === name.toLowerCase()) delete headers[existing];
  }
  headers[name] = value;
}
