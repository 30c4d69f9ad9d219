import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { catalog } from '../../examples/serverless/catalog.js';
import { CRASH_SECRET, EXAMPLE_CASES } from '../../examples/serverless/orders.js';
import { emit, gatewayResponses, integrationResponses } from '../../src/generate/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

let demoOutput: { status: number | null; stdout: string } | undefined;

/** `npm run demo`'s output, run once for all tests of this file. */
function runDemo(): { status: number | null; stdout: string } {
  demoOutput ??= spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'examples/demo.ts'], {
    cwd: root,
    encoding: 'utf8',
  });
  return demoOutput;
}

describe('npm run demo', () => {
  it('prints every case through every integration, and never the crash secret', () => {
    const run = runDemo();
    expect(run.status).toBe(0);
    for (const exampleCase of EXAMPLE_CASES) expect(run.stdout).toContain(`● case "${exampleCase}"`);
    const crash = run.stdout.slice(run.stdout.indexOf('● case "crash"'));
    // The first line names what the handler threw; no client answer below it may repeat the secret.
    const answers = crash.split('\n').slice(1).join('\n');
    expect(crash.split('\n')[0]).toContain(CRASH_SECRET);
    expect(answers).not.toContain('hunter2');
    expect(answers.match(/^ {2}\S.* {2}500 {2}Content-Type: application\/problem\+json/gm)).toHaveLength(7);
    expect(run.stdout).toMatch(
      /non-proxy \(integration: lambda\) +404 {2}Content-Type: application\/problem\+json/,
    );
    // API Gateway's own errors, in the same shape, beside the Lambda's.
    for (const [type, status] of [
      ['THROTTLED', 429],
      ['MISSING_AUTHENTICATION_TOKEN', 403],
      ['WAF_FILTERED', 403],
      ['INTEGRATION_TIMEOUT', 504],
      ['REQUEST_TOO_LARGE', 413],
    ] as const) {
      const line = run.stdout.split('\n').findIndex((text) => text.startsWith(`  ${type} `));
      const [head, body] = run.stdout.split('\n').slice(line, line + 2);
      expect(head).toMatch(new RegExp(` ${status} {2}Content-Type: application/problem\\+json`));
      expect(JSON.parse(body ?? '')).toMatchObject({
        status,
        requestId: 'demo-request-0002',
        gatewayResponseType: type,
      });
    }
    expect(run.stdout).toMatch(
      /THROTTLED +429 {2}Content-Type: application\/problem\+json {2}Retry-After: 1/,
    );
  });

  it('ends with a command that prints the demo catalog as CloudFormation, working as printed in the clone', () => {
    const hint = /^See them as CloudFormation: (.+)$/m.exec(runDemo().stdout)?.[1];
    expect(hint).toBeDefined();
    const run = spawnSync('sh', ['-c', hint ?? 'false'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('AWS::ApiGateway::Method');
    expect(run.stdout).toContain('AWS::ApiGateway::GatewayResponse');
    expect(run.stdout).toBe(
      emit('cloudformation-yaml', {
        ...integrationResponses(catalog),
        gatewayResponses: gatewayResponses(catalog),
      }),
    );
  });
});
