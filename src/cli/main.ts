#!/usr/bin/env node
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
// A catalog module that failed to load may leave timers or sockets behind: they must not keep the command alive.
// The timer starts once what was written has reached the pipe: a slow reader (`lint … | less`) gets it whole.
if (process.exitCode !== 0) {
  await Promise.all([process.stdout, process.stderr].map(flushed));
  setTimeout(() => process.exit(), 1000).unref();
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}
