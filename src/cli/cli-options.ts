/**
 * The one declaration of the command line: each command, each option, which commands take it and what it
 * means there. The parser, the check that refuses another command's option, and each command's help are all
 * derived from it.
 */
import { formatsWriting, OUTPUT_FORMATS, type TargetOptions } from '../generate/emitters/formats.js';
import { HTTP_METHODS } from './generate-options.js';

export const COMMANDS = ['generate', 'apply', 'lint', 'explain', 'serve'] as const;
export type Command = (typeof COMMANDS)[number];

export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

export interface CliOption {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** How help shows the option's value, e.g. `FILE`. */
  readonly value?: string;
  /** The commands that take the option, each with what it means there. */
  readonly help: Partial<Readonly<Record<Command, string>>>;
}

function sameFor(commands: readonly Command[], text: string): Partial<Record<Command, string>> {
  return Object.fromEntries(commands.map((command) => [command, text]));
}

/** An option that takes a value, shown in help as `value`. */
function valueOption(value: string, help: CliOption['help'], short?: string) {
  return { type: 'string', value, help, ...(short === undefined ? {} : { short }) } as const;
}

/** An option of `generate` alone. */
function generateOption(value: string, text: string) {
  return valueOption(value, { generate: text });
}

function targetFormats(option: keyof TargetOptions): string {
  return formatsWriting(option).join(', ');
}

const REPORT_FORMAT = 'text (default) | json';
const LINT_FORMAT = 'text (default) | json | sarif (SARIF 2.1.0, for code scanning)';
const CATALOG =
  'JSON file of kind definitions, or JavaScript module exporting a catalog as "catalog" or default ' +
  '(TypeScript: compile it first, or run under a TypeScript loader: NODE_OPTIONS=--import=tsx). ' +
  'Default: the built-in catalog.';
const CORS_ORIGIN =
  'Access-Control-Allow-Origin on every response: one origin (https://app.example.com) or *.';
const CORS_ORIGINS =
  'Access-Control-Allow-Origin: one origin (https://app.example.com), *, or several separated by commas ' +
  '(several only where no non-proxy method is filled; Gateway Responses then send no CORS header).';
const NO_GATEWAY_RESPONSES = 'Leave the Gateway Responses out.';
const LINT_TEMPLATE =
  'The serverless.yml, CloudFormation/SAM template (or .serverless/*.json output) or OpenAPI document to read.';

export const CLI_OPTIONS = {
  format: valueOption(
    'FORMAT',
    { generate: Object.keys(OUTPUT_FORMATS).join(' | '), lint: LINT_FORMAT, explain: REPORT_FORMAT },
    'f',
  ),
  template: valueOption(
    'FILE',
    {
      apply: 'The CloudFormation/SAM template or OpenAPI document to fill (JSON or YAML).',
      lint: LINT_TEMPLATE,
      explain: LINT_TEMPLATE,
      serve:
        'The CloudFormation/SAM template (JSON or YAML), serverless.yml, or .serverless output (a directory ' +
        'stands for the serverless.yml or .serverless/cloudformation-template-update-stack.json in it).',
    },
    't',
  ),
  port: valueOption('N', { serve: 'Port to listen on; 0 picks a free one. Default 3000.' }, 'p'),
  host: valueOption('HOST', { serve: 'Address to listen on. Default 127.0.0.1 (this machine only).' }),
  api: valueOption('LOGICAL_ID', { serve: 'The REST API to serve, when the template defines several.' }),
  watch: {
    type: 'boolean',
    help: {
      serve:
        'Re-import a handler file when it changes (files it imports are not re-imported: bundle the handler, or restart).',
    },
  },
  'code-root': valueOption('DIR', {
    serve:
      'Directory the Handler of AWS::Lambda::Function resources is relative to. Default: the template’s ' +
      'directory, the service directory for .serverless output (SAM functions use their CodeUri).',
  }),
  message: valueOption('TEXT', { explain: 'The errorMessage to explain.' }, 'm'),
  'message-file': valueOption('FILE', {
    explain: 'File holding the errorMessage (one final line break is dropped).',
  }),
  catalog: valueOption('FILE', sameFor(['generate', 'apply'], CATALOG), 'c'),
  out: valueOption(
    'FILE',
    {
      generate:
        'File to write (written whole, or not at all; folders are created). Default: standard output.',
      apply:
        'File to write the filled template to (written whole, or not at all). Default: the template itself.',
    },
    'o',
  ),
  'success-status': generateOption('N', 'Status of successful invocations, 200-399. Default 200.'),
  'success-template': generateOption(
    'VTL',
    'VTL template of the success response. Default: the result unchanged.',
  ),
  'timeout-status': generateOption('N', 'Status of Lambda timeouts, 400-599. Default 504.'),
  'catch-all-status': generateOption(
    'N',
    'Status of untagged errors (crashes, unwrapped handlers), 400-599. Default 500.',
  ),
  'cors-origin': valueOption('ORIGIN', { generate: CORS_ORIGIN, apply: CORS_ORIGINS }),
  'no-gateway-responses': { type: 'boolean', help: sameFor(['generate', 'apply'], NO_GATEWAY_RESPONSES) },
  replace: {
    type: 'boolean',
    help: {
      apply:
        "Replace hand-written error responses (selection patterns that would overlap the catalog's) with the catalog's, " +
        'keeping the success response and request templates; prints, per method, the status of representative ' +
        'messages before and after. Without it such a method stops apply.',
    },
  },
  'http-method': generateOption(
    'METHOD',
    `${HTTP_METHODS.join(' | ')} (${targetFormats('httpMethod')}). Default POST.`,
  ),
  path: generateOption(
    'PATH',
    `Path of the operation (${targetFormats('path')}), e.g. /orders/{id}. Default /example.`,
  ),
  function: generateOption(
    'FUNCTION',
    `The function: its ARN, its invocation URI, or (cloudformation) its logical id (${targetFormats('function')}).`,
  ),
  help: { type: 'boolean', short: 'h', help: sameFor(COMMANDS, 'Show this help.') },
  version: { type: 'boolean', short: 'v', help: {} },
} as const satisfies Record<string, CliOption>;

export type CliOptionName = keyof typeof CLI_OPTIONS;

/** The options in the shape `node:util` parseArgs takes. */
export const PARSE_ARGS_OPTIONS = Object.fromEntries(
  Object.entries(CLI_OPTIONS).map(([name, option]) => [
    name,
    { type: option.type, ...('short' in option ? { short: option.short } : {}) },
  ]),
) as { readonly [Name in CliOptionName]: { type: (typeof CLI_OPTIONS)[Name]['type']; short?: string } };

/** The option of those given that `command` does not take, if any. */
export function optionNotOf(command: Command, given: object): CliOptionName | undefined {
  return (Object.keys(CLI_OPTIONS) as CliOptionName[]).find(
    (name) =>
      name !== 'version' &&
      (given as Record<string, unknown>)[name] !== undefined &&
      !(command in CLI_OPTIONS[name].help),
  );
}
