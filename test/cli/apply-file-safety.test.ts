/**
 * `apply` on the file a user points it at: it edits that file and nothing else, keeps what the file system
 * says about it (symlink, mode, owner and group), refuses what it cannot read or write faithfully in one line
 * (exit 2), and leaves every file as it was when it refuses.
 */
import {
  chmod,
  chown,
  lstat,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { LAMBDA_URI, nonProxyMethodYaml } from '../support/aliased-template.js';
import { type CliRun, runCliIn } from '../support/run-cli.js';

let dir: string;

function cli(...argv: string[]): Promise<CliRun> {
  return runCliIn(dir, ...argv);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'apply-file-safety-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const yamlTemplate = `Resources:\n${nonProxyMethodYaml('GetOrder', 'GET')}`;

const jsonTemplate = `${JSON.stringify(
  {
    Resources: {
      GetOrder: {
        Type: 'AWS::ApiGateway::Method',
        Properties: { HttpMethod: 'GET', Integration: { Type: 'AWS', Uri: LAMBDA_URI } },
      },
    },
  },
  null,
  2,
)}\n`;

/** The directory's entries: a refusal leaves no temporary file behind. */
async function entries(): Promise<string[]> {
  return (await readdir(dir)).sort();
}

function expectRefusal(run: CliRun, pattern: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('apply refuses a YAML alias bomb as lint does', () => {
  // 862 bytes that expand to billions of nodes: the issue's case, nine levels of ten aliases.
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const previous = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  const bomb = `Resources:\n  GetOrder:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      Integration:\n        Type: AWS\n        Uri: ${LAMBDA_URI}\nMetadata:\n${levels.map((line) => `  ${line}`).join('\n')}\n`;

  it.each(['apply', 'lint'])('%s: one line, exit 2, the file as it was', async (command) => {
    await writeFile(join(dir, 'bomb.yaml'), bomb);
    const run = await cli(command, '--template', 'bomb.yaml');
    expectRefusal(run, /bomb\.yaml: its YAML aliases expand beyond 1000 /);
    expect(await readFile(join(dir, 'bomb.yaml'), 'utf8')).toBe(bomb);
  });
});

describe('apply on a symlinked template', () => {
  it('edits the target and leaves the link a link', async () => {
    await writeFile(join(dir, 'real.yaml'), yamlTemplate);
    await symlink('real.yaml', join(dir, 'template.yaml'));
    const run = await cli('apply', '--template', 'template.yaml');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await lstat(join(dir, 'template.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'template.yaml'))).toBe('real.yaml');
    expect(await readFile(join(dir, 'real.yaml'), 'utf8')).toContain('SelectionPattern');
    expect(await entries()).toEqual(['real.yaml', 'template.yaml']);
  });
});

describe('apply keeps the file mode, owner and group', () => {
  it.each([
    ['0600', 0o600],
    ['0640', 0o640],
    ['0664', 0o664],
  ])('a %s file keeps its mode', async (_, mode) => {
    const path = join(dir, 'template.yaml');
    await writeFile(path, yamlTemplate);
    await chmod(path, mode);
    const before = await stat(path);
    expect((await cli('apply', '--template', 'template.yaml')).code).toBe(0);
    const after = await stat(path);
    expect(await readFile(path, 'utf8')).toContain('SelectionPattern');
    expect(after.mode & 0o7777).toBe(mode);
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
  });
});

describe('apply keeps the owner and group', () => {
  // Only root may give a file away; these tests run as root (see CONTRIBUTING), elsewhere there is nothing to try.
  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  asRoot('of a file root edits for another user (nobody:nogroup)', async () => {
    const path = join(dir, 'template.yaml');
    await writeFile(path, yamlTemplate);
    await chown(path, 65534, 65534);
    expect((await cli('apply', '--template', 'template.yaml')).code).toBe(0);
    const after = await stat(path);
    expect(await readFile(path, 'utf8')).toContain('SelectionPattern');
    expect([after.uid, after.gid]).toEqual([65534, 65534]);
  });
});

describe('apply refuses a file it may not write', () => {
  it('a read-only template (mode 0444), even when run as root', async () => {
    const path = join(dir, 'template.yaml');
    await writeFile(path, yamlTemplate);
    await chmod(path, 0o444);
    expectRefusal(
      await cli('apply', '--template', 'template.yaml'),
      /template\.yaml is read-only \(mode 0444\)/,
    );
    expect(await readFile(path, 'utf8')).toBe(yamlTemplate);
    expect(await entries()).toEqual(['template.yaml']);
  });

  it('a read-only --out file', async () => {
    await writeFile(join(dir, 'template.yaml'), yamlTemplate);
    await writeFile(join(dir, 'out.yaml'), 'old\n');
    await chmod(join(dir, 'out.yaml'), 0o400);
    expectRefusal(
      await cli('apply', '--template', 'template.yaml', '--out', 'out.yaml'),
      /out\.yaml is read-only \(mode 0400\)/,
    );
    expect(await readFile(join(dir, 'out.yaml'), 'utf8')).toBe('old\n');
  });
});

describe('apply reads UTF-8 only', () => {
  it('refuses Latin-1 bytes instead of turning them into U+FFFD', async () => {
    const latin1 = Buffer.from(`# Bestellung für Kunden\n${yamlTemplate}`, 'latin1');
    await writeFile(join(dir, 'template.yaml'), latin1);
    expectRefusal(
      await cli('apply', '--template', 'template.yaml'),
      /template\.yaml is not UTF-8: line 1 has bytes that are not; save it as UTF-8/,
    );
    expect(await readFile(join(dir, 'template.yaml'))).toEqual(latin1);
  });

  it('lint refuses them too', async () => {
    await writeFile(join(dir, 'template.yaml'), Buffer.from(`${yamlTemplate}# café\n`, 'latin1'));
    expectRefusal(await cli('lint', '--template', 'template.yaml'), /template\.yaml is not UTF-8: line 9/);
  });
});

describe('apply keeps a byte order mark', () => {
  it.each([
    ['template.json', jsonTemplate],
    ['template.yaml', yamlTemplate],
  ])('%s with a BOM is filled and written back with it', async (name, text) => {
    await writeFile(join(dir, name), `\ufeff${text}`);
    const run = await cli('apply', '--template', name);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const written = await readFile(join(dir, name), 'utf8');
    expect(written.startsWith('\ufeff')).toBe(true);
    expect(written.slice(1).startsWith('\ufeff')).toBe(false);
    expect(written).toContain('SelectionPattern');
    if (name.endsWith('.json')) expect(() => JSON.parse(written.slice(1))).not.toThrow();
  });
});

describe('apply on a .json template with a duplicate key', () => {
  it('reports it as JSON, naming the key and its line', async () => {
    const duplicate = jsonTemplate.replace(
      '"HttpMethod": "GET",',
      '"HttpMethod": "GET",\n        "HttpMethod": "PUT",',
    );
    await writeFile(join(dir, 'template.json'), duplicate);
    expectRefusal(
      await cli('apply', '--template', 'template.json'),
      /template\.json is not valid JSON: the key "HttpMethod" appears twice in one object \(line 7\)/,
    );
    expect(await readFile(join(dir, 'template.json'), 'utf8')).toBe(duplicate);
  });
});
