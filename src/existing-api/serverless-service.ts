import { isMap } from 'yaml';

/**
 * Whether a document (parsed to plain values, or a YAML map as read) is a Serverless Framework service
 * file: a `provider`, and a `service` or `functions`.
 */
export function isServerlessService(document: unknown): boolean {
  const has = isMap(document)
    ? (key: string) => document.has(key)
    : typeof document === 'object' && document !== null
      ? (key: string) => key in document
      : () => false;
  return has('provider') && (has('service') || has('functions'));
}

/** The name a service lists under `plugins:` to load the plugin. */
export const PLUGIN_MODULE = 'lambda-error-map/serverless';

/** Whether `plugins:` (a list, or the `{ modules: [...] }` object form) names the plugin. */
export function loadsPlugin(service: { plugins?: unknown }): boolean {
  const { plugins } = service;
  const modules =
    typeof plugins === 'object' && plugins !== null && !Array.isArray(plugins)
      ? (plugins as { modules?: unknown }).modules
      : plugins;
  return (
    Array.isArray(modules) &&
    modules.some((name) => typeof name === 'string' && name.trim() === PLUGIN_MODULE)
  );
}

/** The service the plugin would package, or why lint reads it as written. */
export type PluginConfigured =
  | { readonly service: Record<string, unknown>; readonly note?: undefined }
  | { readonly service?: undefined; readonly note: string };

/** Configures a parsed serverless.yml as the plugin will (configuredByPlugin, given by the CLI to lint). */
export type ConfigureService = (
  service: Record<string, unknown>,
  serviceDir: string,
) => Promise<PluginConfigured>;
