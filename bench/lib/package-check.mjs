// What an install of the published package brings: `npm pack`, then `npm install <tarball>` into an empty
// project (offline: the tarball needs nothing from the registry), then `npm ls` without dev, optional and
// peer dependencies. Issue 13 asks that neither yaml nor velocityjs is installed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUILD_TIME_PACKAGES = ['yaml', 'velocityjs'];

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Installs the packed tarball into a fresh project; returns what `npm ls` lists and which packages were installed. */
export function checkPackedInstall() {
  const work = mkdtempSync(join(tmpdir(), 'lambda-error-map-ls-'));
  try {
    const [packed] = JSON.parse(
      npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT),
    );
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], app);
    const omit = ['--omit=dev', '--omit=optional', '--omit=peer', '--all'];
    const tree = npm(['ls', ...omit], app);
    const installed = npm(['ls', ...omit, '--parseable'], app)
      .trim()
      .split('\n')
      .map((path) => relative(join(app, 'node_modules'), path))
      .filter((path) => path !== '' && !path.startsWith('..'));
    return {
      command: `npm ls ${omit.join(' ')}`,
      tarballBytes: packed.size,
      unpackedBytes: packed.unpackedSize,
      installed,
      buildTimePackagesInstalled: BUILD_TIME_PACKAGES.filter((name) =>
        installed.some((path) => path.split('/').includes(name)),
      ),
      // npm prints optional peers that are absent as "UNMET OPTIONAL DEPENDENCY": listed, not installed.
      tree: tree.trimEnd().split('\n'),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
