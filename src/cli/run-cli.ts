import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCatalog } from '../catalog/default-catalog.js';
import type { ErrorCatalog } from '../catalog/define-catalog.js';
import { cloudFormationSizeWarning } from '../existing-api/cloudformation-size.js';
import {
  emit,
  FORMAT_TARGET_OPTIONS,
  formatsWriting,
  isOutputFormat,
  OUTPUT_FORMATS,
  type OutputFormat,
  type TargetOptions,
} from '../generate/emitters/formats.js';
import { gatewayResponses } from '../generate/gateway-responses.js';
import { integrationResponsesNamed } from '../generate/integration-responses.js';
import { MissingPeerDependencyError, OptionError, UsageError } from '../surface/errors.js';
import { type OptionalPeer, requirePeers } from '../surface/require-peer.js';
import { oneLineMessage as oneLine } from '../util/describe-value.js';
import { loadCatalog } from './cli-catalog.js';
import { type CliIo, packageVersion } from './cli-io.js';
import {
  type CliValues,
  COMMANDS,
  type Command,
  type CommandValues,
  isCommand,
  optionNotOf,
  PARSE_ARGS_OPTIONS,
} from './cli-options.js';
import { FLAG_NAMES, generatorOptions, targetOptions } from './generate-options.js';
import { commandUsage, overviewUsage } from './usage.js';
import { writeFileAtomically } from './write-output.js';

interface ParsedArguments {
  readonly values: CliValues;
  readonly positionals: readonly string[];
}

function parse(argv: readonly string[]): ParsedArguments {
  try {
    return parseArgs({ args: [...argv], options: PARSE_ARGS_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(oneLine(error));
  }
}

async function generate(values: CommandValues<'generate'>, io: CliIo): Promise<void> {
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
  let model = integrationResponsesNamed(catalog, generator, FLAG_NAMES);
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

/** A flag the chosen format has no place for would be silently lost. */
function rejectUnwrittenTargetOptions(format: OutputFormat, target: TargetOptions): void {
  for (const option of Object.keys(target) as (keyof TargetOptions)[]) {
    if (FORMAT_TARGET_OPTIONS[format].includes(option)) continue;
    const flag = FLAG_NAMES(option);
    throw new UsageError(
      `--format ${format} has no ${flag}: it writes responses only; ${flag} applies to ${formatsWriting(option).join(', ')}`,
    );
  }
}

/** Every command the user can type, `help` included. */
const COMMAND_NAMES = `${COMMANDS.join(', ')} and help`;

/** The command named, checked: an unknown one is refused naming the known ones. */
function knownCommand(name: string): Command {
  if (isCommand(name)) return name;
  throw new UsageError(`unknown command ${JSON.stringify(name)}: the commands are ${COMMAND_NAMES}`);
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv);
  const [name, ...extra] = positionals;
  if (name === 'help') {
    if (extra.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(extra[1])}`);
    return print(io, extra[0] === undefined ? overviewUsage() : commandUsage(knownCommand(extra[0])));
  }
  if (values.version) return print(io, `${packageVersion()}\n`);
  if (name === undefined) {
    if (values.help) return print(io, overviewUsage());
    throw new UsageError(`missing command: choose one of ${COMMAND_NAMES}`);
  }
  const command = knownCommand(name);
  if (values.help) return print(io, commandUsage(command));
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  const notOfCommand = optionNotOf(command, values);
  if (notOfCommand !== undefined) throw new UsageError(`--${notOfCommand} is not an option of ${command}`);
  if (command === 'lint' || command === 'explain') {
    requirePeersOf(`lambda-error-map ${command} (reading templates, patterns as automata)`, [
      'yaml',
      'refa',
      'scslre',
    ]);
    const { explainCommand, lintCommand } = await import('./lint-commands.js');
    return command === 'lint' ? lintCommand(values, io) : explainCommand(values, io);
  }
  if (command === 'serve') {
    requirePeersOf('lambda-error-map serve (reading templates, rendering mapping templates)', [
      'yaml',
      'velocityjs',
    ]);
    const { serveCommand } = await import('./serve-command.js');
    return serveCommand(values, io);
  }
  if (command === 'apply') {
    if (values.replace === true) {
      requirePeersOf('lambda-error-map apply --replace (its routing report reads patterns as automata)', [
        'yaml',
        'refa',
        'scslre',
      ]);
    } else requirePeersOf('lambda-error-map apply (reading and writing templates)', ['yaml']);
    const { applyCommand } = await import('./apply-command.js');
    await applyCommand(values, io);
    return 0;
  }
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

/**
 * Runs `lambda-error-map <argv>`; resolves to the exit code: 0 done (lint: clean), 1 lint findings, 2 bad input
 * reported on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    const hint =
      error instanceof UsageError || error instanceof OptionError ? ' (lambda-error-map --help)' : '';
    io.stderr(`lambda-error-map: ${oneLine(error)}${hint}\n`);
    return 2;
  }
}
