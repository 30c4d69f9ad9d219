import { resolve } from 'node:path';
import { serve } from '../serve/server.js';
import { checkOptions, fromFlags, namedByFlag } from '../surface/declared-options.js';
import { UsageError } from '../surface/errors.js';
import { oneLineMessage as oneLine } from '../util/describe-value.js';
import type { CliIo } from './cli-io.js';
import { type CommandValues, SERVE_OPTIONS } from './cli-options.js';

/**
 * `lambda-error-map serve`: starts the server and prints its URL, then one access-log line per request (the
 * execution log goes to stderr). With `io.signal` it resolves once the signal
 * aborts and the server is closed; without it, it resolves at once and the server keeps the process running.
 */
export async function serveCommand(values: CommandValues<'serve'>, io: CliIo): Promise<number> {
  if (values.template === undefined)
    throw new UsageError(
      'missing --template: the template, serverless.yml or .serverless directory defining the API',
    );
  const { port } = checkOptions(SERVE_OPTIONS, fromFlags(SERVE_OPTIONS, values), namedByFlag(SERVE_OPTIONS));
  let running: Awaited<ReturnType<typeof serve>>;
  try {
    running = await serve({
      template: resolve(io.cwd, values.template),
      port,
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(values.api === undefined ? {} : { api: values.api }),
      ...(values['code-root'] === undefined ? {} : { codeRoot: resolve(io.cwd, values['code-root']) }),
      ...(values.watch === true ? { watch: true } : {}),
      log: (line) => io.stderr(`${line}\n`),
      accessLog: (line) => io.stdout(`${line}\n`),
    });
  } catch (error) {
    throw new UsageError(`cannot serve ${values.template}: ${oneLine(error)}`);
  }
  io.stdout(`${running.url}\n`);
  const { signal } = io;
  if (signal !== undefined) {
    if (!signal.aborted) await new Promise((done) => signal.addEventListener('abort', done, { once: true }));
    await running.close();
  }
  return 0;
}
