/**
 * explain: for a tagged message, a timeout and a crash, the integration response chosen is the one Java's
 * Pattern.matches chooses, and the status and body are the emulator's.
 */
import { describe, expect, it } from '@jest/globals';
import { EXPLAIN_REQUEST_ID, explainMessage } from '../../src/lint/explain.js';
import type { LintMethod } from '../../src/lint/lint-types.js';
import { respondNonProxy } from '../../src/testing/index.js';
import { routeUnderJava } from '../support/java-regex.js';
import { generated, MESSAGES, serverlessDefaults } from './support.js';

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
