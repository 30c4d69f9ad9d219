import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCatalog, type ErrorCatalog } from '../catalog/index.js';
import {
  emit,
  FORMAT_TARGET_OPTIONS,
  isOutputFormat,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TargetOptions,
} from '../generate/emitters/index.js';
import { gatewayResponses } from '../generate/gateway-responses.js';
import { integrationResponses } from '../generate/integration-responses.js';
import type { IntegrationResponsesModel } from '../generate/model.js';
import { MissingPeerDependencyError, requirePeer } from '../peers/require-peer.js';
import {
  GENERATE_OPTIONS,
  type GenerateFlags,
  generatorError,
  generatorOptions,
  targetOptions,
} from './generate-options.js';
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
  ...GENERATE_OPTIONS,
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(manifest.version);
}

interface ParsedArguments {
  readonly values: GenerateFlags & {
    format?: string;
    catalog?: string;
    out?: string;
    template?: string;
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
  values: GenerateFlags & { format?: string; catalog?: string; out?: string },
  io: CliIo,
): Promise<void> {
  const formats = Object.keys(OUTPUT_FORMATS).join(', ');
  if (values.format === undefined) throw new UsageError(`missing --format: choose one of ${formats}`);
  if (!isOutputFormat(values.format)) {
    throw new UsageError(`unknown format ${JSON.stringify(values.format)}: choose one of ${formats}`);
  }
  const generator = generatorOptions(values);
  const target = targetOptions(values);
  rejectUnwrittenTargetOptions(values.format, target);
  const catalog: ErrorCatalog =
    values.catalog === undefined ? defaultCatalog : await loadCatalog(resolve(io.cwd, values.catalog));
  let model: IntegrationResponsesModel;
  try {
    model = integrationResponses(catalog, generator);
  } catch (error) {
    throw generatorError(error);
  }
  if (!values['no-gateway-responses']) {
    const corsOrigin = generator.corsOrigin;
    model = {
      ...model,
      gatewayResponses: gatewayResponses(catalog, corsOrigin === undefined ? {} : { corsOrigin }),
    };
  }
  let text: string;
  try {
    text = emit(values.format, model, target);
  } catch (error) {
    if (error instanceof MissingPeerDependencyError) throw new UsageError(oneLine(error));
    throw new UsageError(`cannot generate ${values.format}: ${oneLine(error)}`);
  }
  if (values.out === undefined) io.stdout(text);
  else await writeFileAtomically(resolve(io.cwd, values.out), text);
}

const FLAG_OF_TARGET_OPTION: Readonly<Record<keyof TargetOptions, string>> = {
  httpMethod: '--http-method',
  path: '--path',
  function: '--function',
};

/** A flag the chosen format has no place for would be silently lost. */
function rejectUnwrittenTargetOptions(format: OutputFormat, target: TargetOptions): void {
  for (const option of Object.keys(target) as (keyof TargetOptions)[]) {
    if (FORMAT_TARGET_OPTIONS[format].includes(option)) continue;
    const formats = (Object.keys(FORMAT_TARGET_OPTIONS) as OutputFormat[]).filter((name) =>
      FORMAT_TARGET_OPTIONS[name].includes(option),
    );
    throw new UsageError(
      `--format ${format} has no ${FLAG_OF_TARGET_OPTION[option]}: it writes responses only; ${FLAG_OF_TARGET_OPTION[option]} applies to ${formats.join(', ')}`,
    );
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<void> {
  const { values, positionals } = parse(argv);
  if (values.help) return io.stdout(USAGE);
  if (values.version) return io.stdout(`${packageVersion()}\n`);
  const [command, ...extra] = positionals;
  if (command === undefined)
    throw new UsageError('missing command: lambda-error-map generate --format <format>');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  if (command === 'apply') {
    rejectOptions(command, values, [
      'format',
      ...Object.keys(GENERATE_OPTIONS).filter(
        (name) => name !== 'cors-origin' && name !== 'no-gateway-responses',
      ),
    ]);
    // apply reads and writes YAML: load it (and the yaml peer) only for this command, with a clear message when
    // the peer is missing, so `generate` and `--help` work without it.
    try {
      requirePeer('yaml', 'lambda-error-map apply (reading and writing templates)');
    } catch (error) {
      throw new UsageError(oneLine(error));
    }
    const { applyCommand } = await import('./apply-command.js');
    return applyCommand(values, io);
  }
  if (command !== 'generate')
    throw new UsageError(`unknown command ${JSON.stringify(command)}: the commands are generate and apply`);
  rejectOptions(command, values, ['template']);
  await generate(values, io);
}

/** Options of one command given to the other are mistakes, not something to ignore. */
function rejectOptions(command: string, values: object, names: readonly string[]): void {
  const given = names.find((name) => (values as Record<string, unknown>)[name] !== undefined);
  if (given !== undefined) throw new UsageError(`--${given} is not an option of ${command}`);
}

/** Runs `lambda-error-map <argv>`; resolves to the exit code (0 done, 2 bad input reported on stderr). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    const hint = error instanceof UsageError ? ' (lambda-error-map --help)' : '';
    io.stderr(`lambda-error-map: ${oneLine(error)}${hint}\n`);
    return 2;
  }
}
