import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { applyToTemplateText } from '../apply/apply-template.js';
import { defaultCatalog } from '../catalog/default-catalog.js';
import { cloudFormationSizeWarning } from '../existing-api/cloudformation-size.js';
import { decodeTemplate } from '../existing-api/read-template.js';
import { TemplateError, UsageError } from '../surface/errors.js';
import { oneLineMessage as oneLine } from '../util/describe-value.js';
import { loadCatalog } from './cli-catalog.js';
import type { CliIo } from './cli-io.js';
import type { CommandValues } from './cli-options.js';
import { FLAG_NAMES, generatorOptions } from './generate-options.js';
import { writeFileAtomically } from './write-output.js';

/**
 * `lambda-error-map apply --template FILE`: fills the template's non-proxy Lambda methods from the catalog
 * and writes it to --out, or over itself (atomically). Any problem leaves every file as it was.
 */
export async function applyCommand(values: CommandValues<'apply'>, io: CliIo): Promise<void> {
  if (values.template === undefined) {
    throw new UsageError(
      'missing --template: name the CloudFormation/SAM template or OpenAPI document to fill',
    );
  }
  const templatePath = resolve(io.cwd, values.template);
  const catalog =
    values.catalog === undefined ? defaultCatalog : await loadCatalog(resolve(io.cwd, values.catalog));
  let bytes: Buffer;
  try {
    bytes = await readFile(templatePath);
  } catch (error) {
    throw new UsageError(`cannot read template ${values.template}: ${oneLine(error)}`);
  }
  let result: ReturnType<typeof applyToTemplateText>;
  let text: string;
  try {
    text = decodeTemplate(bytes, values.template);
    result = applyToTemplateText(text, values.template, catalog, {
      ...generatorOptions({ 'cors-origin': values['cors-origin'] }),
      gatewayResponses: values['no-gateway-responses'] !== true,
      replace: values.replace === true,
      nameOf: FLAG_NAMES,
    });
  } catch (error) {
    if (error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  }
  const outPath = values.out === undefined ? templatePath : resolve(io.cwd, values.out);
  if (outPath !== templatePath || result.text !== text) await writeFileAtomically(outPath, result.text);
  const sizeWarning =
    result.kind === 'cloudformation'
      ? cloudFormationSizeWarning(values.out ?? values.template, result.text)
      : undefined;
  if (sizeWarning !== undefined) io.stderr(`lambda-error-map: warning: ${sizeWarning}\n`);
  io.stdout(
    `lambda-error-map: filled ${result.methods.length} non-proxy Lambda method${result.methods.length === 1 ? '' : 's'} of ${values.template}${outPath === templatePath ? '' : ` into ${values.out}`}${gatewayNote(result.restApis.length, values['no-gateway-responses'] === true)}\n`,
  );
  for (const skipped of result.skipped)
    io.stdout(`lambda-error-map: left alone: ${skipped.where}: ${skipped.reason}\n`);
  if (result.replaced.length === 0) return;
  // Loaded only here: the report needs lint's automata (refa, scslre), which apply alone does not.
  const { formatRoutingChange, routingChanges } = await import('../apply/routing-report.js');
  for (const change of routingChanges(text, result.text, values.template, catalog, result.replaced)) {
    const [heading, ...lines] = formatRoutingChange(change);
    io.stdout(`lambda-error-map: ${heading}\n${lines.map((line) => `${line}\n`).join('')}`);
  }
}

function gatewayNote(apis: number, skipped: boolean): string {
  if (skipped || apis === 0) return '';
  return `; added the Gateway Responses to ${apis} REST API${apis === 1 ? '' : 's'}`;
}
