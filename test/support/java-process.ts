/**
 * Runs the small Java programs the tests use as oracles (java.util.regex, Apache Velocity): each is compiled
 * once per machine into os.tmpdir(), cached by the hash of its source and classpath, then run one process per batch.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface JavaProgram {
  /** Path of the single .java source file. */
  readonly source: string;
  readonly className: string;
  /** Extra classpath needed to compile and run it. */
  readonly classpath?: string;
}

/** Set by the unit lane's setup file (node-only-lane.ts): that lane must pass on a machine without a JDK. */
const NODE_ONLY_LANE = 'LAMBDA_ERROR_MAP_NODE_ONLY_LANE';

/** The directory holding the program's compiled class, compiling it if this machine has not yet. */
export async function compileJavaOnce(program: JavaProgram): Promise<string> {
  if (process.env[NODE_ONLY_LANE]) {
    throw new Error(
      `${program.className} needs a JDK, but this suite runs in the unit lane, which must pass with Node alone: ` +
        'name its file *.java.test.ts so that it runs in `npm run test:java`',
    );
  }
  const hash = createHash('sha256')
    .update(readFileSync(program.source))
    .update(program.classpath ?? '')
    .digest('hex')
    .slice(0, 16);
  const target = join(tmpdir(), `lambda-error-map-${program.className}-${hash}`);
  const compiledClass = join(target, `${program.className}.class`);
  if (existsSync(compiledClass)) return target;
  const staging = mkdtempSync(join(tmpdir(), 'lambda-error-map-javac-'));
  const classpath = program.classpath ? ['-cp', program.classpath] : [];
  await runProcess('javac', ['-nowarn', ...classpath, '-d', staging, program.source], '');
  try {
    // Atomic publish: parallel test workers may compile at the same time; the first rename wins.
    renameSync(staging, target);
  } catch {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(compiledClass))
      throw new Error(`could not install the compiled ${program.className} into ${target}`);
  }
  return target;
}

/** Runs a command with `input` on stdin; resolves with stdout, rejects with stderr on a non-zero exit. */
export function runProcess(
  command: string,
  args: readonly string[],
  input: string,
  encoding: BufferEncoding = 'utf8',
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) =>
      reject(new Error(`could not start ${command} (is a JDK on PATH?): ${error.message}`)),
    );
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString(encoding));
      else reject(new Error(`${command} exited with ${code}: ${Buffer.concat(err).toString('utf8')}`));
    });
    child.stdin.on('error', () => {
      // The close handler reports the failure with the process' stderr, which says more than EPIPE.
    });
    child.stdin.end(input);
  });
}
