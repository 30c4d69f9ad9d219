import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCatalog, type ErrorCatalog } from '../catalog/index.js';
import { emit, isOutputFormat, OUTPUT_FORMATS } from '../generate/emitters/index.js';
import { integrationResponses } from '../generate/integration-responses.js';
import { explainCommand, lintCommand } from './lint-commands.js';
import { loadCatalog } from './load-catalog.js';
import { USAGE } from './usage.js';
import { oneLine, UsageError } from './usage-error.js';
import { writeFileAtomically } from './write-output.js';

/** Where the CLI reads and writes; process streams in production, strings in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
}

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  catalog: { type: 'string', short: 'c' },
  out: { type: 'string', short: 'o' },
  template: { type: 'string', short: 't' },
  message: { type: 'string', short: 'm' },
  'message-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}

interface ParsedArguments {
  readonly values: {
    format?: string;
    catalog?: string;
    out?: string;
    template?: string;
    message?: string;
    'message-file'?: string;
    help?: boolean;
    version?: boolean;
  };
  readonly positionals: readonly string[];
}

function parse(argv: readonly string[]): ParsedArguments {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(oneLine(error));
  }
}

async function generate(
  values: { format?: string; catalog?: string; out?: string },
  io: CliIo,
): Promise<void> {
  const formats = Object.keys(OUTPUT_FORMATS).join(', ');
  if (values.format === undefined) throw new UsageError(`missing --format: choose one of ${formats}`);
  if (!isOutputFormat(values.format)) {
    throw new UsageError(`unknown format ${JSON.stringify(values.format)}: choose one of ${formats}`);
  }
  const catalog: ErrorCatalog =
    values.catalog === undefined ? defaultCatalog : await loadCatalog(resolve(io.cwd, values.catalog));
  let text: string;
  try {
    text = emit(values.format, integrationResponses(catalog));
  } catch (error) {
    throw new UsageError(`cannot generate from this catalog: ${oneLine(error)}`);
  }
  if (values.out === undefined) io.stdout(text);
  else await writeFileAtomically(resolve(io.cwd, values.out), text);
}

const COMMANDS = ['generate', 'lint', 'explain'] as const;

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) return print(io, USAGE);
  if (values.version) return print(io, `${packageVersion()}\n`);
  const [command, ...extra] = positionals;
  if (command === undefined)
    throw new UsageError('missing command: lambda-error-map generate --format <format>');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  if (command === 'lint') return lintCommand(values, io);
  if (command === 'explain') return explainCommand(values, io);
  if (command !== 'generate')
    throw new UsageError(
      `unknown command ${JSON.stringify(command)}: the commands are ${COMMANDS.join(', ')}`,
    );
  await generate(values, io);
  return 0;
}

function print(io: CliIo, text: string): number {
  io.stdout(text);
  return 0;
}

/**
 * Runs `lambda-error-map <argv>`; resolves to the exit code: 0 done (lint: clean), 1 lint findings, 2 bad input
 * reported on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const hint = error instanceof UsageError ? ' (lambda-error-map --help)' : '';
    io.stderr(`lambda-error-map: ${oneLine(error)}${hint}\n`);
    return 2;
  }
}
