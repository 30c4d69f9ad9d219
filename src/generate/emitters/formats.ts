import { ACCESS_LOG_FORMAT } from '../access-log.js';
import type { IntegrationResponsesModel } from '../model.js';
import { emitAwsCli } from './aws-cli.js';
import { emitCdkJson, emitCdkTypeScript } from './cdk.js';
import { emitCloudFormationJson, emitCloudFormationYaml } from './cloudformation.js';
import type { FunctionReference } from './function-reference.js';
import { emitOpenApi } from './openapi.js';
import { emitServerless } from './serverless.js';
import { emitTerraform } from './terraform.js';

/** What a whole-integration target (a method, an operation, a module) writes besides the responses. */
export interface TargetOptions {
  /** HTTP method of the API method: `GET`, `POST`, ..., `ANY`. */
  readonly httpMethod?: string;
  /** Path of the OpenAPI operation, e.g. `/orders/{id}`. */
  readonly path?: string;
  /** The function the integration invokes. */
  readonly function?: FunctionReference;
}

type Emitter = (model: IntegrationResponsesModel, options: TargetOptions) => string;

function arnOnly(format: string, reference: FunctionReference | undefined): FunctionReference | undefined {
  if (reference?.kind === 'logical-id') {
    throw new TypeError(
      `a logical id (${reference.logicalId}) names a function of a CloudFormation template; for ${format} give the function's ARN or invocation URI`,
    );
  }
  return reference;
}

function cloudFormationOptions(options: TargetOptions) {
  return {
    ...(options.httpMethod !== undefined ? { httpMethod: options.httpMethod } : {}),
    ...(options.function !== undefined ? { function: options.function } : {}),
  };
}

/** Every target the generator writes, by the name the CLI's `--format` takes. */
export const OUTPUT_FORMATS = {
  serverless: (model) => emitServerless(model),
  cloudformation: (model, options) => emitCloudFormationJson(model, cloudFormationOptions(options)),
  'cloudformation-yaml': (model, options) => emitCloudFormationYaml(model, cloudFormationOptions(options)),
  openapi: (model, options) => {
    const reference = arnOnly('openapi', options.function);
    return emitOpenApi(model, {
      ...(options.path !== undefined ? { path: options.path } : {}),
      ...(options.httpMethod !== undefined ? { method: openApiMethod(options.httpMethod) } : {}),
      ...(reference?.kind !== undefined && reference.kind !== 'logical-id'
        ? { functionUri: reference.invocationUri }
        : {}),
    });
  },
  cdk: (model) => emitCdkTypeScript(model),
  'cdk-json': (model) => emitCdkJson(model),
  terraform: (model, options) => {
    const reference = arnOnly('terraform', options.function);
    return emitTerraform(model, {
      ...(options.httpMethod !== undefined ? { httpMethod: options.httpMethod } : {}),
      ...(reference !== undefined && reference.kind !== 'logical-id'
        ? { invocationUri: reference.invocationUri }
        : {}),
    });
  },
  'aws-cli': (model, options) => {
    const reference = arnOnly('aws-cli', options.function);
    return emitAwsCli(model, {
      ...(options.httpMethod !== undefined ? { httpMethod: options.httpMethod } : {}),
      ...(reference !== undefined && reference.kind !== 'logical-id' ? { functionArn: reference.arn } : {}),
    });
  },
  /** The REST API stage's JSON access-log format (the same for every catalog). */
  'access-log-format': () => `${ACCESS_LOG_FORMAT}\n`,
} as const satisfies Record<string, Emitter>;

export type OutputFormat = keyof typeof OUTPUT_FORMATS;

/** Which target options each format writes; the others would be silently lost, so they are refused. */
export const FORMAT_TARGET_OPTIONS: Readonly<Record<OutputFormat, readonly (keyof TargetOptions)[]>> = {
  serverless: [],
  cloudformation: ['httpMethod', 'function'],
  'cloudformation-yaml': ['httpMethod', 'function'],
  openapi: ['httpMethod', 'path', 'function'],
  cdk: [],
  'cdk-json': [],
  terraform: ['httpMethod', 'function'],
  'aws-cli': ['httpMethod', 'function'],
  'access-log-format': [],
};

/** The formats that write a target option, in the order of OUTPUT_FORMATS. */
export function formatsWriting(option: keyof TargetOptions): OutputFormat[] {
  return (Object.keys(FORMAT_TARGET_OPTIONS) as OutputFormat[]).filter((format) =>
    FORMAT_TARGET_OPTIONS[format].includes(option),
  );
}

function openApiMethod(httpMethod: string): string {
  return httpMethod === 'ANY' ? 'x-amazon-apigateway-any-method' : httpMethod.toLowerCase();
}

export function isOutputFormat(name: string): name is OutputFormat {
  return Object.hasOwn(OUTPUT_FORMATS, name);
}

/** The model written in one target format, as the text of the file to save. */
export function emit(
  format: OutputFormat,
  model: IntegrationResponsesModel,
  options: TargetOptions = {},
): string {
  const unused = (Object.keys(options) as (keyof TargetOptions)[]).filter(
    (option) => options[option] !== undefined && !FORMAT_TARGET_OPTIONS[format].includes(option),
  );
  if (unused.length > 0) {
    throw new TypeError(
      `${format} does not write ${unused.join(', ')}; leave it out or choose another format`,
    );
  }
  return (OUTPUT_FORMATS[format] as Emitter)(model, options);
}
