import type { IntegrationResponseModel, IntegrationResponsesModel } from '../../src/generate/index.js';
import type { Finding, LintMethod } from '../../src/lint/types.js';
import { javaMatchMatrix } from '../support/java-regex.js';

/** A method from [status, pattern (undefined: the default), templates] rows; a method response per status. */
export function methodOf(
  rows: readonly (readonly [string, string | undefined, Record<string, string>?])[],
  path = '/orders/{id}',
): LintMethod {
  const integrationResponses: IntegrationResponseModel[] = rows.map(
    ([statusCode, selectionPattern, templates]) => ({
      statusCode,
      selectionPattern,
      responseTemplates: templates ?? {},
      responseParameters: {},
    }),
  );
  return { path, httpMethod: 'GET', integration: modelOf(integrationResponses) };
}

export function modelOf(
  integrationResponses: readonly IntegrationResponseModel[],
): IntegrationResponsesModel {
  return {
    integrationResponses,
    methodResponses: integrationResponses.map((response) => ({
      statusCode: response.statusCode,
      responseParameters: {},
    })),
  };
}

export function patternsOf(method: LintMethod): string[] {
  return method.integration.integrationResponses.flatMap((response) =>
    response.selectionPattern === undefined ? [] : [response.selectionPattern],
  );
}

export function byCode(findings: readonly Finding[], code: Finding['code']): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

/** For each message, the patterns (of `patterns`) java.util.regex full-matches. */
export async function javaMatches(
  patterns: readonly string[],
  messages: readonly string[],
): Promise<string[][]> {
  const matrix = await javaMatchMatrix(patterns, messages);
  return matrix.map((row) => patterns.filter((_, index) => row[index]));
}
