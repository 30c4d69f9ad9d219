import { readServerlessApi } from '../../src/existing-api/serverless-config.js';
import {
  type IntegrationResponseModel,
  type IntegrationResponsesModel,
  integrationResponses,
} from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import type { Finding, LintMethod } from '../../src/lint/lint-types.js';
import { lintMethodOf } from '../../src/lint/load-input.js';
import { javaMatchMatrix } from '../support/java-regex.js';

/** The non-proxy methods of a parsed serverless.yml, as lint reads them. */
export function serverlessLintMethods(service: { functions?: unknown }): LintMethod[] {
  return readServerlessApi(service).methods.map(lintMethodOf);
}

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

// The messages and methods explain is checked on, with and without Java (explain.test.ts, explain.java.test.ts).
const REQUEST_ID = '8f3c2a1e-5b7d-4c9a-9e21-0a1b2c3d4e5f';
export const TAGGED =
  '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"Order 42 does not exist"}';
export const TIMEOUT = `RequestId: ${REQUEST_ID} Error: Task timed out after 3.00 seconds`;
export const CRASH = `RequestId: ${REQUEST_ID} Error: Runtime exited with error: signal: killed`;
export const MESSAGES = [TAGGED, TIMEOUT, CRASH, 'Task timed out after 3.00 seconds'];
export const generated: LintMethod = {
  path: '/orders/{id}',
  httpMethod: 'GET',
  integration: integrationResponses(defaultCatalog),
};
export const [serverlessDefaults] = serverlessLintMethods({
  functions: { f: { events: [{ http: { path: '/orders/{id}', method: 'get', integration: 'lambda' } }] } },
}) as [LintMethod];
