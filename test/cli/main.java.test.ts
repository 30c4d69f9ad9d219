/** The built command's CloudFormation output, routed under Java's java.util.regex (the java lane). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { defaultCatalog } from '../../src/index.js';
import { expectedStatus, fullCorpus } from '../generate/corpus.js';
import { javaMatchMatrix } from '../support/java-regex.js';

// `npm test` builds dist before Jest runs; a bare `jest` run without a build has no CLI to spawn.
const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const describeBuilt = existsSync(main) ? describe : describe.skip;

function spawnCli(...args: string[]) {
  return spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
}

describeBuilt('the built lambda-error-map command', () => {
  it('prints CloudFormation whose selection patterns partition every message under Java', async () => {
    const template = JSON.parse(spawnCli('generate', '--format', 'cloudformation').stdout) as {
      Resources: Record<
        string,
        { Type: string; Properties: { Integration?: { IntegrationResponses?: unknown } } }
      >;
    };
    const method = Object.values(template.Resources).find(
      (resource) => resource.Type === 'AWS::ApiGateway::Method',
    );
    const responses = method?.Properties.Integration?.IntegrationResponses as {
      StatusCode: string;
      SelectionPattern?: string;
    }[];
    const selective = responses.filter((response) => response.SelectionPattern !== undefined);
    expect(selective.map((response) => Number(response.StatusCode))).toEqual(defaultCatalog.statuses);

    const corpus = fullCorpus(defaultCatalog.statuses, 5_000, 20261121);
    const matrix = await javaMatchMatrix(
      selective.map((response) => response.SelectionPattern as string),
      corpus,
    );
    const rules = { taggedStatuses: defaultCatalog.statuses, timeoutStatus: 504, catchAllStatus: 500 };
    const misrouted = corpus.flatMap((message, m) => {
      const routed = selective.filter((_, p) => matrix[m]?.[p]).map((response) => response.StatusCode);
      const expected = expectedStatus(message, rules);
      return routed.join(',') === (expected === undefined ? '' : String(expected))
        ? []
        : [`${JSON.stringify(message.slice(0, 60))} → [${routed.join(',')}], expected ${expected ?? 'none'}`];
    });
    expect(corpus).toContain('');
    expect(misrouted.slice(0, 5)).toEqual([]);
  });
});
