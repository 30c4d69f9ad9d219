import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { decodeTemplate } from '../existing-api/read-template.js';
import { explainMessage } from '../lint/explain.js';
import {
  formatExplainText,
  formatLintGroup,
  SummaryCounter,
  skippedLines,
  writeLintJson,
} from '../lint/format-report.js';
import { writeLintSarif } from '../lint/format-sarif.js';
import { lintGroups, lintMethods } from '../lint/lint.js';
import { type LintInput, readDeployedLintInput } from '../lint/load-input.js';
import { configuredByPlugin } from '../serverless/configured-service.js';
import { TemplateError, UsageError } from '../surface/errors.js';
import { oneLineMessage as oneLine } from '../util/describe-value.js';
import { type CliIo, packageVersion } from './cli-io.js';
import type { CommandValues } from './cli-options.js';

const REPORT_FORMATS = ['text', 'json'] as const;
const LINT_FORMATS = [...REPORT_FORMATS, 'sarif'] as const;

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
    throw new TemplateError((error as Error).message);
  }
}

async function loadMethods(io: CliIo, template: string | undefined): Promise<LintInput> {
  if (template === undefined) {
    throw new UsageError(
      'missing --template: the serverless.yml, CloudFormation/SAM template or OpenAPI document to read',
    );
  }
  // A TemplateError names the file and the problem: runCli prints it on one line and exits 2.
  const input = await readDeployedLintInput(
    await readTemplate(io, template),
    template,
    dirname(resolve(io.cwd, template)),
    configuredByPlugin,
  );
  for (const note of input.notes ?? []) io.stderr(`lambda-error-map: note: ${note}\n`);
  return input;
}

function reportFormat<Format extends string>(
  command: string,
  format: string | undefined,
  formats: readonly Format[],
): Format {
  const chosen = format ?? 'text';
  if ((formats as readonly string[]).includes(chosen)) return chosen as Format;
  throw new UsageError(
    `unknown ${command} --format ${JSON.stringify(chosen)}: choose ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}`,
  );
}

/** `lint`: 0 when clean, 1 with findings (report on stdout), 2 on bad input. */
export async function lintCommand(values: CommandValues<'lint'>, io: CliIo): Promise<number> {
  const format = reportFormat('lint', values.format, LINT_FORMATS);
  const input = await loadMethods(io, values.template);
  const file = values.template as string;
  if (format === 'text') return streamLintText(input, file, io);
  const report = lintMethods(input.methods, input.skipped);
  if (format === 'json') writeLintJson(report, io.stdout);
  else writeLintSarif(report, { file, toolVersion: packageVersion() }, io.stdout);
  return report.findings.length === 0 ? 0 : 1;
}

/**
 * The text report written group by group as each configuration is analysed, then a line per method left
 * alone, then the summary line.
 */
function streamLintText({ methods, skipped }: LintInput, file: string, io: CliIo): number {
  const counter = new SummaryCounter();
  let findings = 0;
  for (const group of lintGroups(methods)) {
    counter.add(group);
    findings += group.findings.length;
    io.stdout(formatLintGroup(group, { file }));
  }
  counter.addSkipped(skipped.length);
  for (const line of skippedLines(skipped, 'not checked')) io.stdout(`${line}\n`);
  io.stdout(`${counter.line({ file })}\n`);
  return findings === 0 ? 0 : 1;
}

/** `explain`: what each method's client receives for one errorMessage. */
export async function explainCommand(values: CommandValues<'explain'>, io: CliIo): Promise<number> {
  const format = reportFormat('explain', values.format, REPORT_FORMATS);
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
