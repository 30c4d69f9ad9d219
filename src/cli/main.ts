#!/usr/bin/env node
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
// A catalog module that failed to load may leave timers or sockets behind: they must not keep the command alive.
if (process.exitCode !== 0) setTimeout(() => process.exit(), 1000).unref();
