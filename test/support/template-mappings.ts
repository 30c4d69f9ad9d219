import { resolveFindInMap } from '../../src/existing-api/find-in-map.js';

/**
 * CloudFormation `IntegrationResponses` items with their `Fn::FindInMap` templates replaced by the texts the
 * template's `mappings` hold, as CloudFormation reads them. A reference that names nothing fails the test.
 */
export function withTemplatesRead<T extends { ResponseTemplates?: unknown }>(
  responses: readonly T[],
  mappings: unknown,
): T[] {
  return responses.map((response) => {
    const templates = response.ResponseTemplates;
    if (templates === null || typeof templates !== 'object') return response;
    const read = Object.entries(templates).map(([type, value]) => {
      const found = resolveFindInMap(value, mappings);
      if ('problem' in found) throw new Error(found.problem);
      return [type, found.value];
    });
    return { ...response, ResponseTemplates: Object.fromEntries(read) };
  });
}
