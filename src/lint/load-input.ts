import { type Document, parseDocument } from 'yaml';
import { type ExistingApi, type ExistingMethod, readTemplateApi } from '../existing-api/existing-method.js';
import type { SkippedMethod } from '../existing-api/read-responses.js';
import { boundedValue, parseTemplate } from '../existing-api/read-template.js';
import { readServerlessApi } from '../existing-api/serverless-config.js';
import {
  type ConfigureService,
  isServerlessService,
  loadsPlugin,
  type PluginConfigured,
} from '../existing-api/serverless-service.js';
import { serverlessEventLines } from '../existing-api/source-lines.js';
import { TemplateError } from '../surface/errors.js';
import { oneLineMessage } from '../util/describe-value.js';
import type { LintMethod } from './lint-types.js';

/**
 * The non-proxy Lambda methods of a serverless.yml (Serverless Framework v3), a CloudFormation/SAM template
 * (the `.serverless` CloudFormation output included) or an OpenAPI document (read by src/existing-api).
 */
export function lintMethodsFromText(text: string, name: string): LintMethod[] {
  return [...readLintInput(text, name).methods];
}

/** What lint and explain read from a file: the methods to analyse, and those left alone with why. */
export interface LintInput {
  readonly methods: readonly LintMethod[];
  readonly skipped: readonly SkippedMethod[];
  /** Lines for the reader about how the file was read (a plugin option lint cannot resolve). */
  readonly notes?: readonly string[];
}

/** lintMethodsFromText, with the methods it leaves alone (asynchronous, unreadable) and why. */
export function readLintInput(text: string, name: string): LintInput {
  const { document, root } = parseLintInput(text, name);
  return lintInputOf(document, root, text, name);
}

/**
 * readLintInput as the service deploys: a serverless.yml that loads lambda-error-map/serverless is read as
 * the plugin will configure it (`configure`: the plugin's configuredByPlugin), with its catalog resolved from
 * `serviceDir` (the file's directory).
 */
export async function readDeployedLintInput(
  text: string,
  name: string,
  serviceDir: string,
  configure: ConfigureService,
): Promise<LintInput> {
  const { document, root } = parseLintInput(text, name);
  if (!isServerlessService(root) || !loadsPlugin(root as { plugins?: unknown })) {
    return lintInputOf(document, root, text, name);
  }
  let configured: PluginConfigured;
  try {
    configured = await configure(root as Record<string, unknown>, serviceDir);
  } catch (error) {
    // The plugin's message starts with the `lambda-error-map: ` the CLI already prints.
    throw new TemplateError(`${name}: ${oneLineMessage(error).replace(/^lambda-error-map: /, '')}`);
  }
  if (configured.service !== undefined) return lintInputOf(document, configured.service, text, name);
  return { ...lintInputOf(document, root, text, name), notes: [`${name}: ${configured.note}`] };
}

function parseLintInput(text: string, name: string): { document: Document.Parsed; root: unknown } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const problem = document.errors[0];
  if (problem !== undefined)
    throw new TemplateError(`${name} is not valid YAML or JSON: ${problem.message.split('\n')[0]}`);
  return { document, root: boundedValue(document, name) };
}

function lintInputOf(document: Document.Parsed, root: unknown, text: string, name: string): LintInput {
  if (isServerlessService(root)) {
    try {
      return lintInputFrom(
        readServerlessApi(root as { functions?: unknown }, serverlessEventLines(document, text)),
      );
    } catch (error) {
      throw new TemplateError(`${name}: ${(error as Error).message}`);
    }
  }
  if (isTemplate(root)) return lintInputFrom(readTemplateApi(parseTemplate(text, name)));
  throw new TemplateError(
    `${name} is neither a serverless.yml, a CloudFormation/SAM template nor an OpenAPI document`,
  );
}

/** What lint analyses of an API read: its non-proxy methods (proxy ones write their own responses). */
function lintInputFrom(api: ExistingApi): LintInput {
  return { methods: api.methods.filter((method) => !method.proxy).map(lintMethodOf), skipped: api.skipped };
}

/** A method as lint names it: by path and method when the reader knows them, else by where it is. */
export function lintMethodOf(method: ExistingMethod): LintMethod {
  return {
    path: method.path ?? method.where,
    httpMethod: method.httpMethod ?? '',
    integration: method.responses,
    origin: method.where,
    ...(method.line === undefined ? {} : { line: method.line }),
  };
}

function isTemplate(root: unknown): boolean {
  return (
    typeof root === 'object' &&
    root !== null &&
    ('Resources' in root || 'openapi' in root || 'swagger' in root)
  );
}
