/**
 * Runs the real Serverless Framework (installed in e2e/, its own lockfile) on the example service
 * (examples/serverless), copied outside the repository and installed from the packed tarball as a user would
 * (test/support/example-copy.ts). Everything stays on this machine: fake credentials, no telemetry, 127.0.0.1.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyExample, type ExampleCopy, runIn } from '../../support/example-copy.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SERVERLESS = join(ROOT, 'e2e', 'node_modules', 'serverless', 'bin', 'serverless.js');
const PLUGIN_BUILD = join(ROOT, 'dist', 'serverless', 'index.js');

/** Environment of every framework run: no AWS account, no dashboard, no network calls home. */
export function frameworkEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE',
    AWS_SECRET_ACCESS_KEY: 'fake-secret-for-local-packaging',
    AWS_REGION: 'us-east-1',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    SLS_DEPRECATION_DISABLE: '*',
    FORCE_COLOR: '0',
  };
  for (const name of [
    'AWS_PROFILE',
    'AWS_SESSION_TOKEN',
    'SERVERLESS_ACCESS_KEY',
    'SERVERLESS_PLATFORM_STAGE',
  ]) {
    delete env[name];
  }
  return env;
}

export interface RunResult {
  readonly code: number | null;
  readonly output: string;
  readonly milliseconds: number;
}

/** Runs a command to completion, collecting stdout and stderr together. */
export function runCommand(command: string, args: readonly string[], cwd = ROOT): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: frameworkEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        output: Buffer.concat(chunks).toString('utf8'),
        milliseconds: performance.now() - started,
      }),
    );
  });
}

async function mustSucceed(what: string, command: string, args: readonly string[]): Promise<RunResult> {
  const result = await runCommand(command, args);
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.output}`);
  return result;
}

/**
 * Installs the framework into e2e/ when it is missing or stale (npm ci, about a minute), then copies the
 * example service out of the repository, installs it from the packed tarball and builds its handlers with
 * its own build script. `withOffline` adds serverless-offline to the copy (installed and listed as a plugin):
 * the example does not require it; `add` installs more packages the example does not declare.
 */
export async function prepareExampleService(
  options: { withOffline?: boolean; add?: readonly string[] } = {},
): Promise<ExampleCopy> {
  await mustSucceed('installing the Serverless Framework into e2e/', process.execPath, [
    join(ROOT, 'e2e', 'ensure-installed.mjs'),
  ]);
  if (!existsSync(PLUGIN_BUILD)) {
    throw new Error(
      `serverless.yml loads the plugin as "lambda-error-map/serverless", packed from ${PLUGIN_BUILD}, which is missing: run npm run build first`,
    );
  }
  const add = [...(options.withOffline ? ['serverless-offline'] : []), ...(options.add ?? [])];
  const copy = copyExample('serverless', { add });
  try {
    runIn(copy.dir, process.execPath, ['build.mjs']);
    if (options.withOffline) addPlugin(join(copy.dir, 'serverless.yml'), 'serverless-offline');
  } catch (error) {
    copy.remove();
    throw error;
  }
  return copy;
}

function addPlugin(file: string, plugin: string): void {
  const text = readFileSync(file, 'utf8');
  const listed = '  - lambda-error-map/serverless\n';
  if (!text.includes(listed)) throw new Error(`${file} no longer lists ${listed.trim()} under plugins`);
  writeFileSync(file, text.replace(listed, `${listed}  - ${plugin}\n`));
}

/** `serverless <args>` with the framework from e2e/, in the service directory (the example's copy). */
export function serverless(args: readonly string[], serviceDir: string): Promise<RunResult> {
  return runCommand(process.execPath, [SERVERLESS, ...args], serviceDir);
}

/** Ports the OS reports free, all held at once so that they differ, then released for the caller to use. */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no TCP port was assigned');
      return address.port;
    });
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

export interface OfflineServer {
  readonly baseUrl: string;
  readonly pid: number;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `serverless offline` on 127.0.0.1 in its own process group and resolves once it answers HTTP.
 * `stop()` ends the whole group (the framework and any worker it spawned), by process group id.
 */
export async function startOffline(
  serviceDir: string,
  readyPath: string,
  timeoutMs: number,
): Promise<OfflineServer> {
  const [httpPort, lambdaPort] = await freePorts(2);
  const child = spawn(
    process.execPath,
    [
      SERVERLESS,
      'offline',
      '--host',
      '127.0.0.1',
      '--httpPort',
      String(httpPort),
      '--lambdaPort',
      String(lambdaPort),
    ],
    { cwd: serviceDir, env: frameworkEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const chunks: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
  const output = () => Buffer.concat(chunks).toString('utf8');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.pid === undefined) throw new Error(`could not start serverless offline:\n${output()}`);
  const group = child.pid;
  // Should the test process end without afterAll (an interrupted run), the server must not outlive it.
  const killOnExit = () => killGroup(group, 'SIGKILL');
  process.once('exit', killOnExit);
  const server: OfflineServer = {
    baseUrl: `http://127.0.0.1:${httpPort}`,
    pid: group,
    output,
    stop: async () => {
      await stopGroup(child, exited);
      process.removeListener('exit', killOnExit);
    },
  };
  try {
    await waitUntilAnswering(`${server.baseUrl}${readyPath}`, child, timeoutMs, output);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `serverless offline exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`,
      );
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`serverless offline did not answer ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** Signals every process of the group led by `pid` (spawned with `detached: true`). */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.pid === undefined) return;
  const group = child.pid;
  const signalGroup = (signal: NodeJS.Signals) => killGroup(group, signal);
  if (child.exitCode !== null || child.signalCode !== null) {
    // The leader is gone; anything it left in its group goes too.
    signalGroup('SIGKILL');
    return;
  }
  signalGroup('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([
    exited.then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), 5000);
    }),
  ]);
  clearTimeout(timer);
  if (!stopped) {
    signalGroup('SIGKILL');
    await exited;
  }
}
