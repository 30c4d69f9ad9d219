import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OUTPUT_FORMATS } from '../../src/generate/index.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lambda-error-map-help-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

const COMMANDS = ['generate', 'apply', 'lint', 'explain'] as const;

/** Every option of every command but --help and --version, and whether it takes a value. */
const ALL_OPTIONS: Readonly<Record<string, 'value' | 'flag'>> = {
  format: 'value',
  catalog: 'value',
  out: 'value',
  template: 'value',
  message: 'value',
  'message-file': 'value',
  'success-status': 'value',
  'success-template': 'value',
  'timeout-status': 'value',
  'catch-all-status': 'value',
  'cors-origin': 'value',
  'no-gateway-responses': 'flag',
  'http-method': 'value',
  path: 'value',
  function: 'value',
};

/** The long options a help text lists in its Options section. */
function optionsListed(help: string): string[] {
  const section = help.slice(help.indexOf('\nOptions:\n'));
  return [...section.matchAll(/^ {2}(?:-\w, | {4})--([\w-]+)/gm)].map((match) => match[1] as string);
}

describe('lambda-error-map COMMAND --help', () => {
  it.each(COMMANDS)('%s --help prints that command’s help alone, on stdout, exit 0', async (command) => {
    const run = await cli(command, '--help');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^Usage: lambda-error-map ${command} `));
    for (const other of COMMANDS.filter((name) => name !== command)) {
      expect(run.stdout).not.toContain(`lambda-error-map ${other}`);
    }
    expect(optionsListed(run.stdout)).toContain('help');
  });

  it.each(COMMANDS)(
    '%s --help lists exactly the options %s accepts (each listed one is taken, each other one refused)',
    async (command) => {
      const listed = optionsListed((await cli(command, '--help')).stdout);
      for (const [name, kind] of Object.entries(ALL_OPTIONS)) {
        const run = await cli(command, `--${name}`, ...(kind === 'value' ? ['x'] : []));
        const refused = run.stderr.includes(`--${name} is not an option of ${command}`);
        expect({ name, refused }).toEqual({ name, refused: !listed.includes(name) });
      }
    },
  );

  it('generate --help names every format and the formats each target flag applies to', async () => {
    const help = (await cli('generate', '--help')).stdout;
    for (const format of Object.keys(OUTPUT_FORMATS)) expect(help).toContain(format);
    expect(help).toMatch(
      /--http-method[\s\S]*cloudformation, cloudformation-yaml, openapi, terraform, aws-cli/,
    );
    expect(optionsListed(help)).toEqual(
      expect.arrayContaining([
        'format',
        'catalog',
        'out',
        'success-status',
        'http-method',
        'path',
        'function',
      ]),
    );
  });

  it('explain --help and lint --help show their report formats, not the generator’s', async () => {
    for (const command of ['lint', 'explain']) {
      const help = (await cli(command, '--help')).stdout;
      expect(help).toContain('text (default) | json');
      expect(help).not.toContain('cloudformation-yaml');
    }
  });

  it('lint --help offers sarif, explain --help does not', async () => {
    expect((await cli('lint', '--help')).stdout).toMatch(
      /--format FORMAT +text \(default\) \| json \| sarif/,
    );
    expect((await cli('explain', '--help')).stdout).not.toContain('sarif');
  });

  it('every help line fits a 120-column terminal', async () => {
    for (const argv of [['--help'], ...COMMANDS.map((command) => [command, '--help'])]) {
      const { stdout } = await cli(...argv);
      for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
    }
  });
});

describe('lambda-error-map help [COMMAND]', () => {
  it('help prints the overview that --help prints: every command, and how to see its options', async () => {
    const help = await cli('help');
    expect(help).toEqual(await cli('--help'));
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`lambda-error-map ${command} `);
    expect(help.stdout).toContain('lambda-error-map help COMMAND');
    expect(help.stdout).toContain('-v, --version');
  });

  it.each(COMMANDS)('help %s prints what %s --help prints', async (command) => {
    expect(await cli('help', command)).toEqual(await cli(command, '--help'));
  });

  it.each([
    ['help with an unknown command', ['help', 'emit']],
    ['--help after an unknown command', ['emit', '--help']],
    ['an unknown command', ['emit', '--format', 'openapi']],
  ])('%s: one line naming the known commands, exit 2', async (_, argv) => {
    const run = await cli(...argv);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'lambda-error-map: unknown command "emit": the commands are generate, apply, lint, explain, serve and help (lambda-error-map --help)\n',
    });
  });

  it('no command: one line naming the commands, exit 2', async () => {
    const run = await cli();
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'lambda-error-map: missing command: choose one of generate, apply, lint, explain, serve and help (lambda-error-map --help)\n',
    );
  });

  it('help takes one command at most', async () => {
    const run = await cli('help', 'lint', 'apply');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^lambda-error-map: unexpected argument "apply"/);
  });
});
