/**
 * lint and explain on templates, checked with java.util.regex: the Serverless Framework v3 defaults as
 * `serverless package` writes them (.serverless CloudFormation output), and what `generate` writes.
 */
import { describe, expect, it } from '@jest/globals';
import { emit } from '../../src/generate/emitters/formats.js';
import { integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { explainMessage } from '../../src/lint/explain.js';
import { lintMethods } from '../../src/lint/lint.js';
import type { LintMethod } from '../../src/lint/lint-types.js';
import { lintMethodsFromText } from '../../src/lint/load-input.js';
import { routeUnderJava } from '../support/java-regex.js';
import { serverlessDefaultsStack } from '../support/serverless-stack.js';
import { byCode, javaMatches, patternsOf } from './support.js';

const REQUEST_ID = '8f3c2a1e-5b7d-4c9a-9e21-0a1b2c3d4e5f';
const TAGGED =
  '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"Order 42 does not exist"}';
const TIMEOUT = `RequestId: ${REQUEST_ID} Error: Task timed out after 3.00 seconds`;
const CRASH = 'Runtime exited with error: signal: killed';

const [stackMethod] = lintMethodsFromText(
  JSON.stringify(serverlessDefaultsStack()),
  'cloudformation-template-update-stack.json',
) as [LintMethod];
const [generatedMethod] = lintMethodsFromText(
  emit('cloudformation-yaml', integrationResponses(defaultCatalog), {}),
  'generated.yaml',
) as [LintMethod];

describe('lint on the .serverless CloudFormation output of the Serverless Framework v3 defaults', () => {
  const { findings } = lintMethods([stackMethod]);

  it('reports an overlap whose counterexample Java full-matches with both patterns', async () => {
    const overlaps = byCode(findings, 'overlap');
    expect(overlaps.length).toBeGreaterThan(0);
    const java = await javaMatches(
      patternsOf(stackMethod),
      overlaps.map((finding) => finding.counterexample as string),
    );
    overlaps.forEach((finding, index) => {
      expect(java[index]).toEqual(expect.arrayContaining([...finding.patterns]));
    });
  });

  it('reports `Runtime exited with error: signal: killed` as matched by no pattern, as Java says', async () => {
    const [unmatched] = byCode(findings, 'unmatched');
    expect(unmatched?.examples?.map((example) => example.message)).toContain(CRASH);
    expect(await javaMatches(patternsOf(stackMethod), [CRASH])).toEqual([[]]);
  });
});

describe.each([
  ['the .serverless output of the Serverless defaults', stackMethod],
  ['generate --format cloudformation-yaml', generatedMethod],
])('explain on %s', (_name, method) => {
  it('a tagged message, a timeout and a crash select what Java selects', async () => {
    const messages = [TAGGED, TIMEOUT, CRASH];
    const java = await routeUnderJava(method.integration, messages);
    const fallback = method.integration.integrationResponses.find(
      (response) => response.selectionPattern === undefined,
    );
    messages.forEach((message, index) => {
      const [explanation] = explainMessage([method], message);
      const javaStatuses = java[index] ?? [];
      expect([message, explanation?.responses.map((response) => response.statusCode)]).toEqual([
        message,
        javaStatuses.length > 0 ? javaStatuses : [fallback?.statusCode],
      ]);
    });
  });
});
