import { modelSelectionPattern } from '../contract/selection.js';
import { TEMPLATE_MAP_NAME } from '../existing-api/find-in-map.js';
import type { HttpResponseConfig } from '../existing-api/serverless-events.js';
import { cloudFormationMappings, sharedTemplates } from '../generate/emitters/cloudformation.js';
import { LambdaErrorMapPluginError } from '../surface/errors.js';
import { isRecord } from '../util/safe-read.js';

/** Every template text the plugin wrote into the events' `response` (generated, or a guarded success template). */
export function responseTemplateTexts(responses: readonly HttpResponseConfig[]): Set<string> {
  const texts = new Set<string>();
  for (const response of responses) {
    for (const entry of Object.values(response.statusCodes ?? {})) {
      const { template } = entry;
      for (const text of typeof template === 'string' ? [template] : Object.values(template ?? {})) {
        texts.add(text);
      }
    }
  }
  return texts;
}

interface CompiledIntegrationResponse {
  StatusCode?: unknown;
  SelectionPattern?: unknown;
  ResponseTemplates?: Record<string, unknown>;
}

/**
 * In the compiled template, stores each of `texts` that a non-proxy method's response template holds once in
 * `Mappings.LambdaErrorMap.ResponseTemplates` and refers to it with Fn::FindInMap (as `generate` and `apply` do),
 * so that a method adds its responses, not its templates, to the template's size. `userMappings`: the service's
 * `resources.Mappings`, merged in later by the framework: a LambdaErrorMap of the user's there is refused.
 * Returns how many methods refer to the map.
 */
export function shareResponseTemplates(
  compiled: { Resources?: Record<string, unknown>; [key: string]: unknown },
  texts: ReadonlySet<string>,
  userMappings: unknown,
): number {
  const shared = sharedTemplates();
  let methods = 0;
  for (const resource of Object.values(compiled.Resources ?? {})) {
    const responses = nonProxyIntegrationResponses(resource);
    let referred = false;
    for (const response of responses) {
      for (const [type, text] of Object.entries(response.ResponseTemplates ?? {})) {
        if (typeof text !== 'string' || !texts.has(text)) continue;
        const pattern = response.SelectionPattern;
        (response.ResponseTemplates as Record<string, unknown>)[type] = shared.reference(text, {
          statusCode: String(response.StatusCode),
          selectionPattern: typeof pattern === 'string' ? modelSelectionPattern(pattern) : undefined,
        });
        referred = true;
      }
    }
    if (referred) methods++;
  }
  if (methods === 0) return 0;
  const existing = { ...(isRecord(compiled.Mappings) ? compiled.Mappings : {}) };
  if (isRecord(userMappings) && Object.hasOwn(userMappings, TEMPLATE_MAP_NAME)) {
    throw new LambdaErrorMapPluginError(
      `resources.Mappings.${TEMPLATE_MAP_NAME} is the mapping the plugin stores the generated response templates in; rename yours`,
      'LAMBDA_ERROR_MAP_MAPPING_TAKEN',
    );
  }
  compiled.Mappings = { ...existing, ...cloudFormationMappings(shared) };
  return methods;
}

function nonProxyIntegrationResponses(resource: unknown): CompiledIntegrationResponse[] {
  if (!isRecord(resource) || resource.Type !== 'AWS::ApiGateway::Method') return [];
  const integration = isRecord(resource.Properties) ? resource.Properties.Integration : undefined;
  if (!isRecord(integration) || integration.Type !== 'AWS') return [];
  const responses = integration.IntegrationResponses;
  return Array.isArray(responses) ? responses.filter(isRecord) : [];
}
