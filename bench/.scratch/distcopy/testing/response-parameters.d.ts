import type { MethodResponseModel } from '../generate/model.js';
/**
 * Resolves an integration response's `ResponseParameters` into response headers. Supported sources: static
 * literals (`'text'`), `integration.response.body` and `integration.response.body.<path>` (a JSON string met on
 * the way, such as a pure-JSON errorMessage, is parsed as API Gateway does). Headers of the Lambda invoke
 * response (`integration.response.header.*`) and other sources are refused: they are not emulated.
 */
export declare function resolveResponseParameters(parameters: Readonly<Record<string, string>>, methodResponse: MethodResponseModel, body: string): Record<string, string>;
//# sourceMappingURL=response-parameters.d.ts.map