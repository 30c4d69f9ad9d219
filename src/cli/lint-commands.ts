import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { explainMessage } from '../lint/explain.js';
import { formatExplainText, formatLintJson, formatLintText } from '../lint/format-report.js';
import { lintMethods } from '../lint/lint.js';
import { type LintInput, LintInputError, readLintInput } from '../lint/load-input.js';
import { decodeTemplate } from '../templates/read-template.js';
import type { CliIo } from './run-cli.js';
import { oneLine, UsageError } from './usage-error.js';

export interface LintValues {
  readonly template?: string;
  readonly format?: string;
  readonly message?: string;
  readonly 'message-file'?: string;
}

const REPORT_FORMATS = ['text', 'json'] as const;

async function readBytes(io: CliIo, path: string, what: string): Promise<Buffer> {
  const absolute = resolve(io.cwd, path);
  if (!existsSync(absolute)) throw new UsageError(`${what} not found: ${path}`);
  try {
    return await readFile(absolute);
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${oneLine(error)}`);
  }
}

async function readTemplate(io: CliIo, path: string): Promise<string> {
  const bytes = await readBytes(io, path, 'template');
  try {
    return decodeTemplate(bytes, path);
  } catch (error) {
    throw new LintInputError((error as Error).message);
  }
}

async function loadMethods(io: CliIo, template: string | undefined): Promise<LintInput> {
  if (template === undefined) {
    throw new UsageError(
      'missing --template: the serverless.yml, CloudFormation/SAM template or OpenAPI document to read',
    );
  }
  // A LintInputError names the file and the problem: runCli prints it on one line and exits 2.
  return readLintInput(await readTemplate(io, template), template);
}

function reportFormat(command: string, format: string | undefined): (typeof REPORT_FORMATS)[number] {
  const chosen = format ?? 'text';
  if (chosen === 'text' || chosen === 'json') return chosen;
  throw new UsageError(
    `unknown ${command} --format ${JSON.stringify(chosen)}: choose ${REPORT_FORMATS.join(' or ')}`,
  );
}

/** `lint`: 0 when clean, 1 with findings (report on stdout), 2 on bad input. */
export async function lintCommand(values: LintValues, io: CliIo): Promise<number> {
  const format = reportFormat('lint', values.format);
  const { methods, skipped } = await loadMethods(io, values.template);
  const report = lintMethods(methods, skipped);
  io.stdout(format === 'json' ? formatLintJson(report) : formatLintText(report));
  return report.findings.length === 0 ? 0 : 1;
}

/** `explain`: what each method's client receives for one errorMessage. */
export async function explainCommand(values: LintValues, io: CliIo): Promise<number> {
  const format = reportFormat('explain', values.format);
  if ((values.message === undefined) === (values['message-file'] === undefined)) {
    throw new UsageError('explain needs exactly one of --message TEXT or --message-file FILE');
  }
  const { methods, skipped } = await loadMethods(io, values.template);
  const message =
    // An editor ends the file with a line break that is not part of the message.
    values.message ??
    (await readBytes(io, values['message-file'] as string, 'message file'))
      .toString('utf8')
      .replace(/\r?\n$/, '');
  const explanations = explainMessage(methods, message);
  io.stdout(
    format === 'json'
      ? `${JSON.stringify({ errorMessage: message, methods: explanations, skipped }, null, 2)}\n`
      : formatExplainText(message, explanations, skipped),
  );
  return 0;
}
