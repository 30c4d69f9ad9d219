/**
 * A serverless.yml that loads the lambda-error-map Serverless plugin, as the plugin will configure it when the
 * service is packaged: lint runs the plugin's own fill (its `before:package:compileEvents` hook) on a copy of
 * the service, with the service's `custom.lambdaErrorMap` and catalog, instead of reading the events as written.
 */
import { PLUGIN_MODULE, type PluginConfigured } from '../existing-api/serverless-service.js';
import { LambdaErrorMapPlugin } from './plugin.js';
import type { ServerlessLike } from './serverless-types.js';

/** The first `${…}` Serverless variable in `value`, with where it is (`custom.lambdaErrorMap.catalog`). */
export function serverlessVariableIn(
  value: unknown,
  where: string,
): { readonly where: string; readonly text: string } | undefined {
  if (typeof value === 'string') return value.includes('${') ? { where, text: value } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = serverlessVariableIn(item, Array.isArray(value) ? `${where}[${key}]` : `${where}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The service with the plugin's fill applied to the events it handles (a copy: `service` is untouched).
 * Options that are Serverless variables decide what the plugin does and lint cannot resolve them: then the
 * events are read as written, with a note saying so. A configuration or catalog the plugin refuses (a catalog
 * module not built, a missing file) throws the plugin's one-line error.
 */
export async function configuredByPlugin(
  service: Record<string, unknown>,
  serviceDir: string,
): Promise<PluginConfigured> {
  const variable = serverlessVariableIn(
    (service.custom as { lambdaErrorMap?: unknown } | undefined)?.lambdaErrorMap,
    'custom.lambdaErrorMap',
  );
  if (variable !== undefined) {
    return {
      note: `${variable.where} is a Serverless variable (${variable.text}) lint cannot resolve, so the http events are checked as written, not as ${PLUGIN_MODULE} will configure them; to check what deploys, run serverless package and lint .serverless/cloudformation-template-update-stack.json`,
    };
  }
  const configured = structuredClone(service);
  const plugin = new LambdaErrorMapPlugin({ service: configured as ServerlessLike['service'], serviceDir });
  await plugin.configureHttpEvents();
  return { service: configured };
}
