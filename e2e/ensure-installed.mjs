// Installs the Serverless Framework for the end-to-end tests into e2e/node_modules, from e2e's own lockfile,
// unless that install is already current. Safe to run from parallel test workers: one installs, the others wait.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const e2e = dirname(fileURLToPath(import.meta.url));
const lockfile = join(e2e, 'package-lock.json');
const installed = join(e2e, 'node_modules', '.package-lock.json');
const lockDir = join(e2e, '.install-lock');
const STALE_LOCK_MS = 10 * 60 * 1000;

function isCurrent() {
  return (
    existsSync(join(e2e, 'node_modules', 'serverless', 'package.json')) &&
    existsSync(join(e2e, 'node_modules', 'serverless-offline', 'package.json')) &&
    existsSync(installed) &&
    statSync(installed).mtimeMs >= statSync(lockfile).mtimeMs
  );
}

function tryLock() {
  try {
    mkdirSync(lockDir);
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    if (Date.now() - statSync(lockDir).mtimeMs > STALE_LOCK_MS)
      rmSync(lockDir, { recursive: true, force: true });
    return false;
  }
}

async function main() {
  while (!isCurrent()) {
    if (!tryLock()) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    try {
      if (isCurrent()) break;
      const started = performance.now();
      console.log('e2e: installing serverless@3 and serverless-offline into e2e/node_modules (npm ci)…');
      const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
        cwd: e2e,
        stdio: 'inherit',
        env: { ...process.env, SLS_TELEMETRY_DISABLED: '1', SLS_NOTIFICATIONS_MODE: 'off' },
      });
      if (result.status !== 0) {
        throw new Error(
          `npm ci in ${e2e} failed (exit ${result.status ?? result.signal}); run it by hand to see why`,
        );
      }
      console.log(`e2e: installed in ${Math.round((performance.now() - started) / 1000)} s`);
      return;
    } finally {
      rmSync(lockDir, { recursive: true, force: true });
    }
  }
}

await main();
