/**
 * `lint --format sarif` against the official SARIF 2.1.0 schema (as @microsoft/jest-sarif ships it), with a
 * rule per kind of finding, and each result located on its method's line; and the versioned JSON report.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FINDING_KINDS } from '../../src/lint/finding-kinds.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';
import { serverlessDefaultsStack } from '../support/serverless-stack.js';

type Verdict = { pass: boolean; message: () => string };
// The package's matcher, called directly: its types reference @types/jest, which this repository does not use.
const { buildMatcher } = createRequire(import.meta.url)('@microsoft/jest-sarif/lib/build-matcher.js') as {
  buildMatcher: () => (received: unknown) => Verdict;
};
const validateSarifLog = buildMatcher();

function schemaErrors(log: unknown): string {
  const verdict = validateSarifLog(log);
  return verdict.pass ? '' : verdict.message();
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } };
    logicalLocations: { fullyQualifiedName: string }[];
  }[];
  properties: { counterexample?: string; evidence: string };
}

interface SarifNotification {
  descriptor: { id: string };
  level: string;
  message: { text: string };
  locations: { logicalLocations: { fullyQualifiedName: string }[] }[];
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string } }[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
    results: SarifResult[];
  }[];
}

// Two functions on the Serverless Framework's default statusCodes; the events on known lines.
const SERVICE = `service: orders
provider:
  name: aws
  runtime: nodejs20.x
functions:
  getOrder:
    handler: handler.getOrder
    events:
      - http:
          path: orders/{id}
          method: get
          integration: lambda
  listOrders:
    handler: handler.listOrders
    events:
      - http: GET proxied
      - http:
          path: orders
          method: get
          integration: lambda
`;

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

async function sarifOf(file: string): Promise<{ run: CliRun; log: SarifLog }> {
  const run = await cli('lint', '--template', file, '--format', 'sarif');
  return { run, log: JSON.parse(run.stdout) as SarifLog };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lint-sarif-'));
  await writeFile(join(dir, 'serverless.yml'), SERVICE);
  await writeFile(
    join(dir, 'cloudformation-template-update-stack.json'),
    JSON.stringify(serverlessDefaultsStack(), null, 2),
  );
  await writeFile(join(dir, 'broken.yml'), 'service: [unclosed');
  await writeFile(
    join(dir, 'async.yml'),
    `${SERVICE}  queueOrder:
    handler: handler.queueOrder
    events:
      - http:
          path: orders
          method: post
          integration: lambda
          async: true
`,
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lint --format sarif', () => {
  it('writes a valid SARIF 2.1.0 log for a serverless.yml, each result on its http event line (exit 1)', async () => {
    const { run, log } = await sarifOf('serverless.yml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(schemaErrors(log)).toBe('');
    const [only] = log.runs;
    const rules = only?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(Object.keys(FINDING_KINDS));
    expect(rules.every((rule) => rule.help.text.length > 20)).toBe(true);
    const results = only?.results ?? [];
    expect(results.length).toBeGreaterThan(10);
    for (const result of results) {
      expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.locations[0]?.physicalLocation.artifactLocation.uri).toBe('serverless.yml');
    }
    const lineOf = (method: string) =>
      new Set(
        results
          .filter((result) => result.locations[0]?.logicalLocations[0]?.fullyQualifiedName === method)
          .map((result) => result.locations[0]?.physicalLocation.region?.startLine),
      );
    expect(lineOf('GET /orders/{id}')).toEqual(new Set([SERVICE.split('\n').indexOf('      - http:') + 1]));
    expect(lineOf('GET /orders')).toEqual(new Set([17]));
    expect(SERVICE.split('\n')[16]).toBe('      - http:');
    const overlap = results.find((result) => result.ruleId === 'overlap');
    expect(overlap?.properties).toMatchObject({ counterexample: expect.any(String), evidence: 'proven' });
    expect(overlap?.message.text).toContain(
      `Counterexample errorMessage: ${JSON.stringify(overlap?.properties.counterexample)}`,
    );
  });

  it('locates the methods of a CloudFormation JSON template on their lines', async () => {
    const { run, log } = await sarifOf('cloudformation-template-update-stack.json');
    expect(run.code).toBe(1);
    expect(schemaErrors(log)).toBe('');
    const text = JSON.stringify(serverlessDefaultsStack(), null, 2).split('\n');
    for (const result of log.runs[0]?.results ?? []) {
      const line = result.locations[0]?.physicalLocation.region?.startLine as number;
      // The method's Properties object opens on the line before its first property.
      expect(text[line - 1]).toMatch(/"Properties": \{$/);
    }
  });

  it('writes a valid log without results for a clean template (exit 0)', async () => {
    expect((await cli('generate', '--format', 'cloudformation', '--out', 'generated.json')).code).toBe(0);
    const { run, log } = await sarifOf('generated.json');
    expect(run.code).toBe(0);
    expect(schemaErrors(log)).toBe('');
    expect(log.runs[0]?.results).toEqual([]);
  });

  it('names each method not checked in a note of the run, and only those', async () => {
    const { run, log } = await sarifOf('async.yml');
    expect(run.code).toBe(1);
    expect(schemaErrors(log)).toBe('');
    const [invocation] = log.runs[0]?.invocations ?? [];
    expect(invocation?.executionSuccessful).toBe(true);
    expect(invocation?.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        descriptor: expect.objectContaining({ id: 'not-checked' }),
        level: 'note',
        message: {
          text: expect.stringMatching(
            /^functions\.queueOrder \(POST \/orders\): not checked: asynchronous \(async: true\)/,
          ),
        },
        locations: [
          expect.objectContaining({ logicalLocations: [{ fullyQualifiedName: expect.any(String) }] }),
        ],
      }),
    ]);
    const plain = await sarifOf('serverless.yml');
    expect(plain.log.runs[0]?.invocations[0]?.toolExecutionNotifications).toEqual([]);
  });

  it('exits 2 on bad input, writing nothing on stdout', async () => {
    const run = await cli('lint', '--template', 'broken.yml', '--format', 'sarif');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^lambda-error-map: broken\.yml is not valid YAML or JSON/);
  });
});

describe('lint --format json', () => {
  it('is versioned and carries each method and finding line', async () => {
    const run = await cli('lint', '--template', 'serverless.yml', '--format', 'json');
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ version: 1, clean: false });
    expect(report.methods.map((method: { line: number }) => method.line)).toEqual([9, 17]);
    expect(report.findings[0]).toMatchObject({ method: 'GET /orders/{id}', line: 9 });
  });
});
