import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import {
  emit,
  FORMAT_TARGET_OPTIONS,
  isOutputFormat,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TargetOptions,
} from '../generate/emitters/formats.js';
import { gatewayResponses } from '../generate/gateway-responses.js';
import { integrationResponses } from '../generate/integration-responses.js';
import type { IntegrationResponsesModel } from '../generate/model.js';
import { MissingPeerDependencyError, type OptionalPeer, requirePeers } from '../peers/require-peer.js';
import { cloudFormationSizeWarning } from '../templates/cloudformation-size.js';
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
  message: { type: 'string', short: 'm' },
  'message-file': { type: 'string' },
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
  const sizeWarning = CLOUDFORMATION_FORMATS.has(values.format)
    ? cloudFormationSizeWarning(values.out ?? 'the generated template', text)
    : undefined;
  if (sizeWarning !== undefined) io.stderr(`lambda-error-map: warning: ${sizeWarning}\n`);
}

/** The formats that write a whole CloudFormation template (the others write parts of one, or no template). */
const CLOUDFORMATION_FORMATS: ReadonlySet<OutputFormat> = new Set(['cloudformation', 'cloudformation-yaml']);

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

const COMMANDS = ['generate', 'apply', 'lint', 'explain'] as const;

/** Options that only generate and apply read. */
const CATALOG_OPTIONS = ['catalog', 'out', ...Object.keys(GENERATE_OPTIONS)] as const;

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) return print(io, USAGE);
  if (values.version) return print(io, `${packageVersion()}\n`);
  const [command, ...extra] = positionals;
  if (command === undefined)
    throw new UsageError('missing command: lambda-error-map generate --format <format>');
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  if (command === 'lint' || command === 'explain') {
    rejectOptions(command, values, [
      ...CATALOG_OPTIONS,
      ...(command === 'lint' ? ['message', 'message-file'] : []),
    ]);
    requirePeersOf(`lambda-error-map ${command} (reading templates, patterns as automata)`, [
      'yaml',
      'refa',
      'scslre',
    ]);
    const { explainCommand, lintCommand } = await import('./lint-commands.js');
    return command === 'lint' ? lintCommand(values, io) : explainCommand(values, io);
  }
  if (command === 'apply') {
    rejectOptions(command, values, [
      'format',
      'message',
      'message-file',
      ...Object.keys(GENERATE_OPTIONS).filter(
        (name) => name !== 'cors-origin' && name !== 'no-gateway-responses',
      ),
    ]);
    requirePeersOf('lambda-error-map apply (reading and writing templates)', ['yaml']);
    const { applyCommand } = await import('./apply-command.js');
    await applyCommand(values, io);
    return 0;
  }
  if (command !== 'generate')
    throw new UsageError(
      `unknown command ${JSON.stringify(command)}: the commands are ${COMMANDS.join(', ')}`,
    );
  rejectOptions(command, values, ['template', 'message', 'message-file']);
  await generate(values, io);
  return 0;
}

function print(io: CliIo, text: string): number {
  io.stdout(text);
  return 0;
}

/**
 * apply, lint and explain load their optional peers (yaml; refa and scslre for lint and explain) and their code
 * only when run, with one clear message naming every missing peer, so `generate` and `--help` work without them.
 */
function requirePeersOf(feature: string, peers: readonly OptionalPeer[]): void {
  try {
    requirePeers(peers, feature);
  } catch (error) {
    throw new UsageError(oneLine(error));
  }
}

/** Options of one command given to the other are mistakes, not something to ignore. */
function rejectOptions(command: string, values: object, names: readonly string[]): void {
  const given = names.find((name) => (values as Record<string, unknown>)[name] !== undefined);
  if (given !== undefined) throw new UsageError(`--${given} is not an option of ${command}`);
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
