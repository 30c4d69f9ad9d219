import { readFileSync } from 'node:fs';

/** Where the CLI reads and writes; process streams in production, strings in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** Stops a command that runs until stopped (serve); without it, serve runs as long as the process. */
  readonly signal?: AbortSignal;
}

/** The version of this package, as its package.json states it (`--version`, lint's SARIF tool version). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}
