import { runCli } from '../../src/cli/run-cli.js';

/** What one `lambda-error-map` run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with `cwd` as its working directory, capturing both streams. */
export async function runCliIn(cwd: string, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
  });
  return { code, stdout, stderr };
}

/**
 * `stderr` without the one-line template-size warnings (CloudFormation's 51,200-byte inline limit, 1 MB), for tests
 * of other things on templates that the Gateway Responses and problem schemas take past the inline limit.
 */
export function stderrWithoutSizeWarnings(stderr: string): string {
  return stderr.replace(/^lambda-error-map: warning: .* is [\d,]+ bytes, (over|near)[^\n]*\n/gm, '');
}
