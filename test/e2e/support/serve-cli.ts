/**
 * `lambda-error-map serve` through its real command line (the built bin, `node dist/cli/main.js`), in a child
 * process on 127.0.0.1 port 0; resolves once it printed its URL. `stop()` ends that child by its pid.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ServeProcess {
  readonly url: string;
  /** Every line printed so far: the URL, then one access-log line per request. */
  stdout(): string;
  /**
   * What was printed once `done` holds of it (or after `timeoutMs`): an access-log line is written after the
   * response is sent, and reaches this process by another pipe than the response.
   */
  stdoutOnce(done: (out: string) => boolean, timeoutMs?: number): Promise<string>;
  /** The execution log. */
  stderr(): string;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 60_000;

export async function startServe(bin: string, cwd: string, args: readonly string[]): Promise<ServeProcess> {
  const child = spawn(process.execPath, [bin, 'serve', ...args, '--port', '0', '--host', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  try {
    const url = await firstLine(
      child,
      () => out,
      () => err,
    );
    const stdoutOnce = async (done: (text: string) => boolean, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!done(out) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      return out;
    };
    return { url, stdout: () => out, stdoutOnce, stderr: () => err, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function firstLine(child: ChildProcess, out: () => string, err: () => string): Promise<string> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const line = out().split('\n')[0] ?? '';
    if (out().includes('\n')) {
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(line))
        throw new Error(`serve printed ${JSON.stringify(line)} first`);
      return line;
    }
    if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}: ${err()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`serve printed no URL within ${STARTUP_TIMEOUT_MS} ms: ${err()}`);
}
