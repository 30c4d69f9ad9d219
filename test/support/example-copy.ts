/**
 * An example directory (examples/<name>) copied outside the repository and installed as a user would, without
 * the network: the packed tarball of the current build unpacked as node_modules/lambda-error-map, and each
 * package the example's package.json declares linked from this repository's node_modules (or e2e/'s, for the
 * Serverless Framework). Nothing else is reachable from the copy, so an undeclared dependency fails there.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packTarball } from '../../scripts/pack-tarball.js';

export const REPOSITORY = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKAGE_NAME = 'lambda-error-map';
const INSTALLED_IN = [join(REPOSITORY, 'node_modules'), join(REPOSITORY, 'e2e', 'node_modules')];
const NOT_COPIED = new Set(['node_modules', '.build', 'cdk.out', '.serverless']);

export interface ExampleCopy {
  readonly dir: string;
  /** The packages linked into node_modules besides lambda-error-map: what package.json declares. */
  readonly linked: readonly string[];
  remove(): void;
}

export interface CopyOptions {
  /** Declared packages to leave out of the install, as if package.json did not list them. */
  readonly withhold?: readonly string[];
  /** Packages to link although package.json does not list them (a tool the test adds, e.g. serverless-offline). */
  readonly add?: readonly string[];
}

let tarball: string | undefined;

/** The tarball `npm pack` makes of the current build, packed once per test process. */
function packedPackage(): string {
  if (tarball && existsSync(tarball)) return tarball;
  if (!existsSync(join(REPOSITORY, 'dist', 'index.js'))) {
    throw new Error(
      'the examples install the packed package, built from dist/, which is missing: run npm run build',
    );
  }
  tarball = packTarball(REPOSITORY, mkdtempSync(join(tmpdir(), 'lem-tarball-'))).path;
  return tarball;
}

function declaredPackages(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
}

function installUnpacked(dir: string): void {
  const staging = mkdtempSync(join(dir, '.unpack-'));
  const untar = spawnSync('tar', ['-xzf', packedPackage(), '-C', staging], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`tar could not unpack the tarball:\n${untar.stderr}`);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  renameSync(join(staging, 'package'), join(dir, 'node_modules', PACKAGE_NAME));
  rmSync(staging, { recursive: true, force: true });
}

function link(dir: string, name: string, example: string): void {
  const source = INSTALLED_IN.map((root) => join(root, name)).find((candidate) => existsSync(candidate));
  if (!source) {
    throw new Error(
      `examples/${example}/package.json declares ${name}, which is installed neither in node_modules nor in e2e/node_modules`,
    );
  }
  const target = join(dir, 'node_modules', name);
  mkdirSync(dirname(target), { recursive: true });
  symlinkSync(source, target, 'dir');
}

/** Copies examples/<example> into a new temporary directory and installs what it declares. */
export function copyExample(example: string, options: CopyOptions = {}): ExampleCopy {
  const dir = mkdtempSync(join(tmpdir(), `lem-example-${example}-`));
  if (!relative(REPOSITORY, dir).startsWith('..')) {
    throw new Error(`the temporary directory ${dir} is inside the repository: set TMPDIR elsewhere`);
  }
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    cpSync(join(REPOSITORY, 'examples', example), dir, {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(source.split('/').pop() ?? ''),
    });
    installUnpacked(dir);
    const withheld = new Set(options.withhold);
    const linked = [...declaredPackages(dir), ...(options.add ?? [])].filter(
      (name) => name !== PACKAGE_NAME && !withheld.has(name),
    );
    for (const name of linked) link(dir, name, example);
    return { dir, linked, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Runs a command in the copy; throws with its output when it fails. */
export function runIn(
  dir: string,
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): string {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(
      `${[command, ...args].join(' ')} failed in ${dir} (exit ${result.status ?? result.signal}):\n${output}`,
    );
  }
  return output;
}
