import { parseDocument } from 'yaml';
import { isServerlessService, serverlessLintMethods } from './serverless-config.js';
import type { LintMethod } from './types.js';

/** Bad lint input: the CLI prints the message on one line and exits 2. */
export class LintInputError extends Error {
  override readonly name = 'LintInputError';
}

/**
 * The non-proxy Lambda methods of a serverless.yml (Serverless Framework v3). CloudFormation/SAM/OpenAPI
 * templates go through the template reader (see template-adapter.ts).
 */
export function lintMethodsFromText(text: string, name: string): LintMethod[] {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const problem = document.errors[0];
  if (problem !== undefined)
    throw new LintInputError(`${name} is not valid YAML or JSON: ${problem.message.split('\n')[0]}`);
  const root: unknown = document.toJS({ maxAliasCount: 1000 });
  if (isServerlessService(root)) {
    try {
      return serverlessLintMethods(root as { functions?: unknown });
    } catch (error) {
      throw new LintInputError(`${name}: ${(error as Error).message}`);
    }
  }
  if (isTemplate(root)) {
    throw new LintInputError(
      `${name} is a CloudFormation/SAM template or an OpenAPI document: this build reads serverless.yml only`,
    );
  }
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
