import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { boundedValue, decodeTemplate, parseTemplate } from '../existing-api/read-template.js';
import { isServerlessService } from '../existing-api/serverless-service.js';
import { TemplateError } from '../surface/errors.js';
import { readServedApi } from './read-api.js';
import { readServerlessApi } from './read-serverless.js';
import type { Plain, ServedApi } from './served-api.js';

/** What `serverless package` writes into `.serverless/`: the template serve reads. */
const SERVERLESS_TEMPLATE = 'cloudformation-template-update-stack.json';
const SERVICE_FILES = ['serverless.yml', 'serverless.yaml'];

export interface LoadApiOptions {
  /** A template, an OpenAPI document, a serverless.yml, or a directory holding one (a service, `.serverless`). */
  readonly template: string;
  readonly api?: string;
  readonly codeRoot?: string;
}

/**
 * The API to serve from what the user named: a CloudFormation/SAM template or OpenAPI document; the `.serverless`
 * output of `serverless package` (the directory or its `cloudformation-template-update-stack.json`), whose handlers
 * are found in the service directory above it; or a serverless.yml (or the service directory holding one).
 */
export async function loadServedApi(options: LoadApiOptions): Promise<ServedApi> {
  const file = inputFile(options.template);
  const text = decodeTemplate(await readFile(file), file);
  // serverless.yml is read with YAML's own types (`async: true` a boolean), as the framework reads it.
  const yaml = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const root = yaml.errors.length === 0 ? boundedValue(yaml, file) : undefined;
  if (isServerlessService(root)) {
    if (options.api !== undefined) {
      throw new TemplateError(`--api ${options.api}: a serverless.yml has one REST API; leave --api out`);
    }
    return readServerlessApi(root as Plain, dirname(file));
  }
  const inPackageOutput = basename(file) === SERVERLESS_TEMPLATE && basename(dirname(file)) === '.serverless';
  const template = parseTemplate(text, file);
  const codeRoot = options.codeRoot ?? (inPackageOutput ? dirname(dirname(file)) : undefined);
  return readServedApi(template, {
    templatePath: file,
    ...(options.api === undefined ? {} : { apiId: options.api }),
    ...(codeRoot === undefined ? {} : { codeRoot }),
  });
}

/** A directory stands for the `.serverless` template or the serverless.yml in it. */
function inputFile(path: string): string {
  if (!existsSync(path) || !statSync(path).isDirectory()) return path;
  const found = [SERVERLESS_TEMPLATE, ...SERVICE_FILES]
    .map((name) => join(path, name))
    .find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new TemplateError(
      `${path} is a directory without ${SERVERLESS_TEMPLATE} (the .serverless output of serverless package) or serverless.yml; name the template file`,
    );
  }
  return found;
}
