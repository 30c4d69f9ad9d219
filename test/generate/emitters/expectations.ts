import type { IntegrationResponsesModel } from '../../../src/generate/index.js';

/** `method.response.header.X` → `X`, for comparing header maps by name. */
export function headerNames<V>(parameters: Readonly<Record<string, V>>): Record<string, V> {
  return Object.fromEntries(
    Object.entries(parameters).map(([key, value]) => [key.replace(/^method\.response\.header\./, ''), value]),
  );
}

/** Characters no YAML output may hold raw (YAML 1.1 parsers read some of them as line breaks). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are what the test looks for
export const RAW_UNSAFE_YAML = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

/** Statuses of the model, in order. */
export function statusCodes(model: IntegrationResponsesModel): string[] {
  return model.integrationResponses.map((response) => response.statusCode);
}
