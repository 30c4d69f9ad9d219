import type { IntegrationResponseModel } from '../generate/model.js';
import { assertPortablePattern, fullMatch } from '../generate/pattern-syntax.js';

/** Thrown when a configuration would behave unpredictably on API Gateway (its pattern order is undefined). */
export class AmbiguousSelectionError extends Error {
  override readonly name = 'AmbiguousSelectionError';
}

/**
 * Picks the integration response API Gateway would use for an invocation whose errorMessage is `errorMessage`
 * (the empty string for a success): every selection pattern is matched in full against it; no match → the
 * default response (no pattern); undefined when there is no default either.
 */
export function selectIntegrationResponse(
  responses: readonly IntegrationResponseModel[],
  errorMessage: string,
): IntegrationResponseModel | undefined {
  assertWellFormed(responses);
  const matches = responses.filter(
    (response) =>
      response.selectionPattern !== undefined && fullMatch(response.selectionPattern, errorMessage),
  );
  if (matches.length > 1) {
    const statuses = matches.map((response) => response.statusCode).join(' and ');
    throw new AmbiguousSelectionError(
      `selection patterns are ambiguous: errorMessage ${JSON.stringify(errorMessage)} matches the patterns of statuses ` +
        `${statuses} (${matches.map((response) => JSON.stringify(response.selectionPattern)).join(', ')}); ` +
        'API Gateway tries patterns in an undefined order, so make them mutually exclusive',
    );
  }
  return matches[0] ?? responses.find((response) => response.selectionPattern === undefined);
}

function assertWellFormed(responses: readonly IntegrationResponseModel[]): void {
  const seen = new Set<string>();
  let defaults = 0;
  for (const response of responses) {
    if (seen.has(response.statusCode)) {
      throw new Error(
        `two integration responses have status ${response.statusCode}: API Gateway keeps one per status; ` +
          'merge their patterns with (?:a|b)',
      );
    }
    seen.add(response.statusCode);
    if (response.selectionPattern === undefined) defaults++;
    else assertPortablePattern(response.selectionPattern);
  }
  if (defaults > 1) {
    throw new Error(
      'more than one integration response has no selection pattern: only one can be the default',
    );
  }
}
