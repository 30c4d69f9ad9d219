/**
 * explain: for a tagged message, a timeout and a crash, the integration response chosen is the one Java's
 * Pattern.matches chooses, and the status and body are the emulator's.
 */
import { describe, expect, it } from '@jest/globals';
import { integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { EXPLAIN_REQUEST_ID, explainMessage } from '../../src/lint/explain.js';
import { serverlessLintMethods } from '../../src/lint/serverless-config.js';
import type { LintMethod } from '../../src/lint/types.js';
import { respondNonProxy } from '../../src/testing/index.js';
import { routeUnderJava } from '../support/java-regex.js';

const REQUEST_ID = '8f3c2a1e-5b7d-4c9a-9e21-0a1b2c3d4e5f';
const TAGGED =
  '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"Order 42 does not exist"}';
const TIMEOUT = `RequestId: ${REQUEST_ID} Error: Task timed out after 3.00 seconds`;
const CRASH = `RequestId: ${REQUEST_ID} Error: Runtime exited with error: signal: killed`;
const MESSAGES = [TAGGED, TIMEOUT, CRASH, 'Task timed out after 3.00 seconds'];

const generated: LintMethod = {
  path: '/orders/{id}',
  httpMethod: 'GET',
  integration: integrationResponses(defaultCatalog),
};
const [serverlessDefaults] = serverlessLintMethods({
  functions: { f: { events: [{ http: { path: '/orders/{id}', method: 'get', integration: 'lambda' } }] } },
}) as [LintMethod];

function emulated(method: LintMethod, errorMessage: string) {
  return respondNonProxy({
    outcome: { kind: 'error', payload: { errorType: 'Error', errorMessage, trace: [] } },
    integration: method.integration,
    requestId: EXPLAIN_REQUEST_ID,
  });
}

describe.each([
  ['our generated responses', generated],
  ['the Serverless Framework v3 defaults', serverlessDefaults],
])('explain on %s', (_name, method) => {
  it('selects what Java selects, and shows what the emulator sends', async () => {
    const java = await routeUnderJava(method.integration, MESSAGES);
    const fallback = method.integration.integrationResponses.find(
      (response) => response.selectionPattern === undefined,
    );
    MESSAGES.forEach((message, index) => {
      const [explanation] = explainMessage([method], message);
      const statuses = explanation?.responses.map((response) => response.statusCode);
      const javaStatuses = java[index] ?? [];
      expect([message, statuses]).toEqual([
        message,
        javaStatuses.length > 0 ? javaStatuses : [fallback?.statusCode],
      ]);
      expect(explanation?.selection).toBe(javaStatuses.length === 0 ? 'default' : 'pattern');
      expect(explanation?.responses[0]?.client).toEqual(emulated(method, message));
    });
  });
});

describe('explain with two matching patterns', () => {
  it('shows every candidate when two patterns match, and says so', async () => {
    const message = 'Validation failed [400] after retry [500]';
    const [explanation] = explainMessage([serverlessDefaults], message);
    expect(explanation?.selection).toBe('ambiguous');
    const statuses = explanation?.responses.map((response) => response.statusCode);
    expect(statuses).toEqual((await routeUnderJava(serverlessDefaults.integration, [message]))[0]);
    expect(statuses).toEqual(['400', '500']);
  });
});
