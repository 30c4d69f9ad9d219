import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { emit, integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';

// `npm test` builds dist before Jest runs; a bare `jest` run without a build has no CLI to spawn.
const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const describeBuilt = existsSync(main) ? describe : describe.skip;

function spawnCli(...args: string[]) {
  return spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
}

describeBuilt('the built lambda-error-map command', () => {
  it('starts with a node shebang', () => {
    const [firstLine] = readFileSync(main, 'utf8').split('\n');
    expect(firstLine).toBe('#!/usr/bin/env node');
  });

  it('generate --format cloudformation prints the template and exits 0', () => {
    const result = spawnCli('generate', '--format', 'cloudformation');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(emit('cloudformation', integrationResponses(defaultCatalog)));
  });

  it('exits 2 with one line on stderr for an unknown format', () => {
    const result = spawnCli('generate', '--format', 'pulumi');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^lambda-error-map: unknown format "pulumi"[^\n]*\n$/);
  });
});
