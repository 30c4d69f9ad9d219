import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { CRASH_SECRET, EXAMPLE_CASES } from '../../examples/orders.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run demo', () => {
  let demo: SpawnSyncReturns<string>;

  beforeAll(() => {
    demo = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'examples/demo.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
  });

  it('prints every case through every integration, and never the crash secret', () => {
    expect(demo.status).toBe(0);
    for (const exampleCase of EXAMPLE_CASES) expect(demo.stdout).toContain(`● case "${exampleCase}"`);
    const crash = demo.stdout.slice(demo.stdout.indexOf('● case "crash"'));
    // The first line names what the handler threw; no client answer below it may repeat the secret.
    const answers = crash.split('\n').slice(1).join('\n');
    expect(crash.split('\n')[0]).toContain(CRASH_SECRET);
    expect(answers).not.toContain('hunter2');
    expect(answers.match(/^ {2}\S.* {2}500 {2}Content-Type: application\/problem\+json/gm)).toHaveLength(7);
    expect(demo.stdout).toMatch(
      /non-proxy \(integration: lambda\) +404 {2}Content-Type: application\/problem\+json/,
    );
  });

  it('closes with a command that works as printed in a clone: the example catalog as CloudFormation', () => {
    const lines = demo.stdout.trimEnd().split('\n');
    expect(lines.at(-2)).toMatch(/^See them as CloudFormation/);
    const [command, ...args] = (lines.at(-1) ?? '').trim().split(' ');

    const run = spawnSync(command ?? '', args, { cwd: root, encoding: 'utf8' });

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('AWS::ApiGateway::Method');
    // The example catalog's own kinds: OrderNotFound (404), OutOfStock (409), StoreBusy (503).
    for (const status of ['404', '409', '503'])
      expect(run.stdout).toMatch(new RegExp(`StatusCode: "?${status}`));
  });
});
