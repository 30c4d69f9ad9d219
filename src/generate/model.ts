/**
 * The neutral model of a non-proxy Lambda integration's responses, from which every emitter writes its
 * target. Field meanings follow API Gateway's IntegrationResponse / MethodResponse.
 */
export interface IntegrationResponseModel {
  /** HTTP status as API Gateway writes it: a string such as "404". */
  readonly statusCode: string;
  /** Java regex matched in full against the Lambda error's errorMessage; undefined = the default response. */
  readonly selectionPattern: string | undefined;
  /** Content type → VTL template. */
  readonly responseTemplates: Readonly<Record<string, string>>;
  /** `method.response.header.X` → static value (`'text'`) or mapping expression. */
  readonly responseParameters: Readonly<Record<string, string>>;
}

export interface MethodResponseModel {
  readonly statusCode: string;
  /** `method.response.header.X` → required? */
  readonly responseParameters: Readonly<Record<string, boolean>>;
}

export interface IntegrationResponsesModel {
  readonly integrationResponses: readonly IntegrationResponseModel[];
  readonly methodResponses: readonly MethodResponseModel[];
  /** The REST API's Gateway Responses, emitted beside the integration responses when present. */
  readonly gatewayResponses?: readonly GatewayResponseModel[];
  /**
   * The problem bodies the error responses carry, one per catalog kind and per fixed (untagged) body, for
   * documentation: the OpenAPI output's examples. Absent from a model built by hand.
   */
  readonly problemExamples?: readonly ProblemExampleModel[];
}

/** One body a client can receive at a status, with example values where it varies per request. */
export interface ProblemExampleModel {
  /** Unique name: `Problem.<kind>`, `Problem.catch-all`, `Problem.timeout`, `Problem.gateway-<TYPE>`. */
  readonly name: string;
  /** HTTP status as a string, as in the method responses. */
  readonly statusCode: string;
  /** When a client receives it, in one line. */
  readonly summary: string;
  /** The problem+json body. */
  readonly value: Readonly<Record<string, unknown>>;
}

/**
 * One REST API Gateway Response (what API Gateway sends when it refuses a request itself). Field meanings
 * follow API Gateway's GatewayResponse.
 */
export interface GatewayResponseModel {
  /** `THROTTLED`, `DEFAULT_4XX`, ... */
  readonly responseType: string;
  /** HTTP status as a string; undefined keeps the status API Gateway chose (DEFAULT_4XX, DEFAULT_5XX). */
  readonly statusCode: string | undefined;
  /** `gatewayresponse.header.X` → static value (`'text'`) or `method.request.header.Y`. */
  readonly responseParameters: Readonly<Record<string, string>>;
  /** Content type → template (simple `$context` substitution, not VTL). */
  readonly responseTemplates: Readonly<Record<string, string>>;
}
