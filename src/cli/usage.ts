import { CLI_OPTIONS, type CliOption, type CliOptionName, COMMANDS, type Command } from './cli-options.js';

interface CommandHelp {
  /** What follows `lambda-error-map COMMAND` in the usage line: the options it cannot run without. */
  readonly synopsis: string;
  readonly summary: string;
  readonly description: string;
  readonly exitCodes: string;
}

const BAD_INPUT = '2 bad input (one line on stderr says what and how to fix it)';

const COMMAND_HELP: Readonly<Record<Command, CommandHelp>> = {
  generate: {
    synopsis: '--format FORMAT [options]',
    summary: 'Write what a non-proxy Lambda integration needs for an error catalog.',
    description:
      'Writes the integration responses of a Lambda custom (non-proxy) integration for an error catalog: ' +
      'selection patterns, method responses and response mapping templates; and the REST API’s Gateway ' +
      'Responses, so errors API Gateway raises itself (429, 403, 504...) have the same problem+json shape.',
    exitCodes: `0 done, ${BAD_INPUT}.`,
  },
  apply: {
    synopsis: '--template FILE [options]',
    summary: 'Fill the non-proxy Lambda methods of a CloudFormation/SAM template or OpenAPI document.',
    description:
      'Fills every non-proxy Lambda method of a CloudFormation/SAM template (JSON or YAML) or OpenAPI ' +
      'document with the catalog’s integration responses, method responses and mapping templates, and ' +
      'adds the Gateway Responses to every REST API it defines, in place unless --out is given;' +
      ' proxy methods, your own Gateway Responses and everything else stay as written. ' +
      'For a serverless.yml, use the plugin instead (plugins: [lambda-error-map/serverless]).',
    exitCodes: `0 done, ${BAD_INPUT}.`,
  },
  lint: {
    synopsis: '--template FILE [options]',
    summary: 'Check the selection patterns of non-proxy Lambda methods configured by hand.',
    description:
      'Checks the non-proxy Lambda methods of a serverless.yml, CloudFormation/SAM template (or the ' +
      '.serverless CloudFormation output) or OpenAPI document: patterns two messages share, patterns ' +
      'matching successes, errors no pattern routes (timeouts, crashes), `.` and line breaks, forgeable ' +
      'tags, syntax Java and JavaScript read differently, super-linear patterns, templates echoing the raw ' +
      'error. Each finding comes with a counterexample message.',
    exitCodes: `0 no finding, 1 findings, ${BAD_INPUT}.`,
  },
  explain: {
    synopsis: '--template FILE (--message TEXT | --message-file FILE) [options]',
    summary: 'Show what a client receives on each method for one errorMessage.',
    description:
      'Shows which integration response an errorMessage selects on each non-proxy Lambda method, and the ' +
      'status and body the client receives.',
    exitCodes: `0 done, ${BAD_INPUT}.`,
  },
  serve: {
    synopsis: '--template FILE [options]',
    summary: 'Serve an API locally, answering as API Gateway does.',
    description:
      'Serves the REST API and HTTP API routes of a CloudFormation/SAM template, of a serverless.yml (as the ' +
      'lambda-error-map plugin configures it) or of the .serverless output of serverless package, on a local ' +
      'HTTP server, and runs their Node.js handlers in this process with each function’s environment variables: ' +
      'proxy and non-proxy (Lambda custom) methods, with request and response mapping templates, selection ' +
      'patterns matched in full, HTTP API payload 2.0 results, the functions’ Timeout and API Gateway’s own ' +
      'errors (Gateway Responses). Prints its URL once it listens; stop it with Ctrl-C.',
    exitCodes: `${BAD_INPUT}; otherwise it runs until stopped.`,
  },
};

const WIDTH = 116;

/** `text` broken into lines of at most `width` characters, each after `indent`. */
function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

function optionLabel(name: string, option: CliOption): string {
  const short = option.short === undefined ? '    ' : `-${option.short}, `;
  return `  ${short}--${name}${option.value === undefined ? '' : ` ${option.value}`}`;
}

/** Two columns, the descriptions aligned and wrapped under themselves. */
function optionTable(rows: readonly (readonly [label: string, text: string])[]): string[] {
  const column = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.flatMap(([label, text]) => {
    const [first = '', ...rest] = wrap(text, ' '.repeat(column));
    return [label.padEnd(column) + first.trimStart(), ...rest];
  });
}

/** `lambda-error-map COMMAND --help`: the command's options as CLI_OPTIONS declares them. */
export function commandUsage(command: Command): string {
  const help = COMMAND_HELP[command];
  const options = Object.entries(CLI_OPTIONS) as [CliOptionName, CliOption][];
  const rows = options.flatMap(([name, option]) => {
    const text = option.help[command];
    return text === undefined ? [] : [[optionLabel(name, option), text] as const];
  });
  return [
    `Usage: lambda-error-map ${command} ${help.synopsis}`,
    '',
    ...wrap(help.description, ''),
    '',
    'Options:',
    ...optionTable(rows),
    '',
    ...wrap(`Exit codes: ${help.exitCodes}`, ''),
    '',
  ].join('\n');
}

/** `lambda-error-map --help` and `lambda-error-map help`: every command, and how to see its options. */
export function overviewUsage(): string {
  return [
    'Usage: lambda-error-map COMMAND [options]',
    '',
    ...COMMANDS.flatMap((command) => [
      `  lambda-error-map ${command} ${COMMAND_HELP[command].synopsis}`,
      ...wrap(COMMAND_HELP[command].summary, '      '),
    ]),
    '',
    'lambda-error-map help COMMAND (or lambda-error-map COMMAND --help) shows the options of a command.',
    '',
    'Options:',
    ...optionTable([
      [optionLabel('help', CLI_OPTIONS.help), 'Show this help.'],
      [optionLabel('version', CLI_OPTIONS.version), 'Show the version.'],
    ]),
    '',
    ...wrap(`Exit codes: 0 done (lint: no finding), 1 lint findings, ${BAD_INPUT}.`, ''),
    '',
  ].join('\n');
}
