import { ACCESS_LOG_FORMAT } from '../access-log.js';
import type { IntegrationResponsesModel } from '../model.js';
import { emitAwsCli } from './aws-cli.js';
import { emitCdkJson, emitCdkTypeScript } from './cdk.js';
import { emitCloudFormationJson, emitCloudFormationYaml } from './cloudformation.js';
import { emitOpenApi } from './openapi.js';
import { emitServerless } from './serverless.js';
import { emitTerraform } from './terraform.js';

/** Every target the generator writes, by the name the CLI's `--format` takes. */
export const OUTPUT_FORMATS = {
  serverless: emitServerless,
  cloudformation: emitCloudFormationJson,
  'cloudformation-yaml': emitCloudFormationYaml,
  openapi: emitOpenApi,
  cdk: emitCdkTypeScript,
  'cdk-json': emitCdkJson,
  terraform: emitTerraform,
  'aws-cli': emitAwsCli,
  /** The REST API stage's JSON access-log format (the same for every catalog). */
  'access-log-format': () => `${ACCESS_LOG_FORMAT}\n`,
} as const satisfies Record<string, (model: IntegrationResponsesModel) => string>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(OUTPUT_FORMATS, name);
}

/** The model written in one target format, as the text of the file to save. */
export function emit(format: OutputFormat, model: IntegrationResponsesModel): string {
  return OUTPUT_FORMATS[format](model);
}
