/**
 * The command line, declared once: each command, each option, which commands take it and what it means there.
 * The generator's options and where-to flags come from their declarations (GENERATE_OPTIONS); the parser
 * (PARSE_ARGS_OPTIONS), the check that refuses another command's option, each command's help and the types of
 * the values parsed (CliValues) are all derived from CLI_OPTIONS.
 */
import { OUTPUT_FORMATS } from '../generate/emitters/formats.js';
import { helpLine, integerRule, type OptionDeclarations } from '../surface/declared-options.js';
import { GENERATE_OPTIONS } from './generate-options.js';

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

function sameFor<C extends Command>(commands: readonly C[], text: string): Record<C, string> {
  return Object.fromEntries(commands.map((command) => [command, text])) as Record<C, string>;
}

/** An option that takes a value, shown in help as `value`. */
function valueOption<Help extends CliOption['help']>(value: string, help: Help, short?: string) {
  return { type: 'string', value, help, ...(short === undefined ? {} : { short }) } as const;
}

type FlagsOf<Declarations, C extends Command> = {
  readonly [Key in keyof Declarations as Declarations[Key] extends {
    readonly flag: infer Flag extends string;
  }
    ? Flag
    : never]: {
    readonly type: 'string';
    readonly value: string;
    readonly help: { readonly [K in C]: string };
  };
};

/** The flag of each declared option, for `command`, its help line derived from the declaration. */
function declaredFlags<Declarations extends OptionDeclarations, C extends Command>(
  declarations: Declarations,
  command: C,
): FlagsOf<Declarations, C> {
  const entries = Object.values(declarations).flatMap((declaration) =>
    declaration.flag === undefined
      ? []
      : [[declaration.flag, valueOption(declaration.rule.placeholder, { [command]: helpLine(declaration) })]],
  );
  return Object.fromEntries(entries);
}

/** The options of `serve` that have a value to check. */
export const SERVE_OPTIONS = {
  port: {
    rule: integerRule(0, 65_535),
    doc: 'Port to listen on (0 picks a free one)',
    default: 3000,
    flag: 'port',
  },
} as const satisfies OptionDeclarations;

const DECLARED_FLAGS = declaredFlags(GENERATE_OPTIONS, 'generate');

const REPORT_FORMAT = 'text (default) | json';
const LINT_FORMAT = 'text (default) | json | sarif (SARIF 2.1.0, for code scanning)';
const CATALOG =
  'JSON file of kind definitions, or JavaScript module exporting a catalog as "catalog" or default ' +
  '(TypeScript: compile it first, or run under a TypeScript loader: NODE_OPTIONS=--import=tsx). ' +
  'Default: the built-in catalog.';
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
  port: { ...declaredFlags(SERVE_OPTIONS, 'serve').port, short: 'p' },
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
  ...DECLARED_FLAGS,
  'cors-origin': {
    ...DECLARED_FLAGS['cors-origin'],
    help: { ...DECLARED_FLAGS['cors-origin'].help, apply: CORS_ORIGINS },
  },
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
  help: { type: 'boolean', short: 'h', help: sameFor(COMMANDS, 'Show this help.') },
  version: { type: 'boolean', short: 'v', help: {} },
} as const satisfies Record<string, CliOption>;

export type CliOptionName = keyof typeof CLI_OPTIONS;

type ValueType<Name extends CliOptionName> = (typeof CLI_OPTIONS)[Name]['type'] extends 'boolean'
  ? boolean
  : string;

/** The values `parseArgs` gives for the options, by name. */
export type CliValues = { readonly [Name in CliOptionName]?: ValueType<Name> };

/** The values of the options `command` takes. */
export type CommandValues<C extends Command> = {
  readonly [Name in CliOptionName as C extends keyof (typeof CLI_OPTIONS)[Name]['help']
    ? Name
    : never]?: ValueType<Name>;
};

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
