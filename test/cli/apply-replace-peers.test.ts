// `apply --replace` as a user with yaml but without refa and scslre runs it: the routing report reads patterns
// as automata, so --replace needs them; apply alone does not.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire as realCreateRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { CliRun } from '../support/run-cli.js';

const ABSENT = new Set(['refa', 'scslre']);

jest.unstable_mockModule('node:module', () => ({
  createRequire: (from: string) => {
    const real = realCreateRequire(from);
    return Object.assign((name: string) => {
      if (ABSENT.has(name))
        throw Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND' });
      return real(name);
    }, real);
  },
}));

let runCliIn: (cwd: string, ...argv: string[]) => Promise<CliRun>;
beforeAll(async () => {
  ({ runCliIn } = await import('../support/run-cli.js'));
});

describe('lambda-error-map apply without refa and scslre', () => {
  it('--replace stops with one line naming the packages, before reading anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lem-replace-peers-'));
    copyFileSync(new URL('../apply/fixtures/legacy-patterns.json', import.meta.url), join(dir, 't.json'));
    const before = readFileSync(join(dir, 't.json'), 'utf8');
    const run = await runCliIn(dir, 'apply', '--template', 't.json', '--replace');
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'lambda-error-map: lambda-error-map apply --replace (its routing report reads patterns as automata) needs the packages "refa" and "scslre", optional peer dependencies of lambda-error-map that are not installed: run `npm install --save-dev refa scslre` (lambda-error-map --help)\n',
    });
    expect(readFileSync(join(dir, 't.json'), 'utf8')).toBe(before);
  });

  it('without --replace needs neither', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lem-replace-peers-'));
    copyFileSync(
      new URL('../existing-api/fixtures/orders-openapi.json', import.meta.url),
      join(dir, 't.json'),
    );
    const run = await runCliIn(dir, 'apply', '--template', 't.json');
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
