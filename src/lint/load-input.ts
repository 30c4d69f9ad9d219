import { type Document, parseDocument } from 'yaml';
import { oneLineMessage } from '../options/describe-value.js';
import { TemplateError } from '../surface/errors.js';
import {
  integrationResponsesOf,
  type LambdaMethod,
  methodResponsesOf,
  readMethods,
  type SkippedMethod,
} from '../templates/find-apis.js';
import {
  boundedValue,
  parseTemplate,
  plainValue,
  type TemplateDocument,
} from '../templates/read-template.js';
import { cloudFormationResourcePath } from '../templates/resource-path.js';
import { isServerlessService } from '../templates/serverless-service.js';
import { configuredByPlugin, loadsPlugin, type PluginConfigured } from './plugin-configured.js';
import { serverlessLintMethods, serverlessSkippedMethods } from './serverless-config.js';
import { lineFinder, nodeLine, serverlessEventLines } from './source-lines.js';
import { lintMethodsFromTemplate, type TemplateLambdaMethod } from './template-adapter.js';
import type { LintMethod } from './types.js';

/** Bad lint input: the CLI prints the message on one line and exits 2. */
export class LintInputError extends Error {
  override readonly name = 'LintInputError';
}

/**
 * The non-proxy Lambda methods of a serverless.yml (Serverless Framework v3), a CloudFormation/SAM template
 * (the `.serverless` CloudFormation output included) or an OpenAPI document (read by src/templates).
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
 * the plugin will configure it, with its catalog resolved from `serviceDir` (the file's directory).
 */
export async function readDeployedLintInput(
  text: string,
  name: string,
  serviceDir: string,
): Promise<LintInput> {
  const { document, root } = parseLintInput(text, name);
  if (!isServerlessService(root) || !loadsPlugin(root as { plugins?: unknown })) {
    return lintInputOf(document, root, text, name);
  }
  let configured: PluginConfigured;
  try {
    configured = await configuredByPlugin(root as Record<string, unknown>, serviceDir);
  } catch (error) {
    // The plugin's message starts with the `lambda-error-map: ` the CLI already prints.
    throw new LintInputError(`${name}: ${oneLineMessage(error).replace(/^lambda-error-map: /, '')}`);
  }
  if (configured.service !== undefined) return lintInputOf(document, configured.service, text, name);
  return { ...lintInputOf(document, root, text, name), notes: [`${name}: ${configured.note}`] };
}

function parseLintInput(text: string, name: string): { document: Document.Parsed; root: unknown } {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const problem = document.errors[0];
  if (problem !== undefined)
    throw new LintInputError(`${name} is not valid YAML or JSON: ${problem.message.split('\n')[0]}`);
  return { document, root: asLintInputError(() => boundedValue(document, name)) };
}

function lintInputOf(document: Document.Parsed, root: unknown, text: string, name: string): LintInput {
  if (isServerlessService(root)) {
    try {
      const service = root as { functions?: unknown };
      const lines = serverlessEventLines(document, text);
      const methods = serverlessLintMethods(service).map((method) => {
        const line = method.origin === undefined ? undefined : lines.get(method.origin);
        return line === undefined ? method : { ...method, line };
      });
      return { methods, skipped: serverlessSkippedMethods(service) };
    } catch (error) {
      throw new LintInputError(`${name}: ${(error as Error).message}`);
    }
  }
  if (isTemplate(root)) return templateLintMethods(text, name);
  throw new LintInputError(
    `${name} is neither a serverless.yml, a CloudFormation/SAM template nor an OpenAPI document`,
  );
}

function isTemplate(root: unknown): boolean {
  return (
    typeof root === 'object' &&
    root !== null &&
    ('Resources' in root || 'openapi' in root || 'swagger' in root)
  );
}

function asLintInputError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof TemplateError) throw new LintInputError(error.message);
    throw error;
  }
}

function templateLintMethods(text: string, name: string): LintInput {
  const template = asLintInputError(() => parseTemplate(text, name));
  const { methods, skipped } = readMethods(template);
  const lineOf = lineFinder(text);
  return {
    methods: lintMethodsFromTemplate(
      methods.map((method) => ({
        ...templateMethod(template, method),
        line: nodeLine(method.method, lineOf),
      })),
    ),
    skipped,
  };
}

/** `GET /orders/{id} in the OpenAPI document`: the verb and the path the reader wrote. */
const OPERATION_WHERE = /^(\S+) (\S+) in /;

function templateMethod(template: TemplateDocument, method: LambdaMethod): TemplateLambdaMethod {
  const [httpMethod, path] =
    method.style === 'cloudformation'
      ? [
          String(plainValue(method.method.get('HttpMethod', true)) ?? '').toUpperCase() || undefined,
          cloudFormationResourcePath(template, method),
        ]
      : [OPERATION_WHERE.exec(method.where)?.[1], OPERATION_WHERE.exec(method.where)?.[2]];
  return {
    where: method.where,
    proxy: method.proxy,
    httpMethod,
    path,
    integrationResponses: integrationResponsesOf(method),
    methodResponses: methodResponsesOf(method),
  };
}
