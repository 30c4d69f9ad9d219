import { refOf } from '../existing-api/read-template.js';
import { TemplateError } from '../surface/errors.js';
import { isRecord } from '../util/safe-read.js';
import { payloadFormat } from './read-sam-events.js';
import {
  DEFAULT_HTTP_API_INTEGRATION_TIMEOUT_MS,
  invokedFunction,
  type Plain,
  positiveNumber,
  proxyRoute,
  type Route,
  routeKeyParts,
  type ServedFunction,
} from './served-api.js';

/**
 * The routes of the template's HTTP APIs written as CloudFormation (what `serverless package` compiles `httpApi`
 * events to): `AWS::ApiGatewayV2::Route` resources whose `Target` is `integrations/<id>` of an
 * `AWS::ApiGatewayV2::Integration` of type `AWS_PROXY` invoking a function of the template. Routes to other
 * integrations are left out (they answer as unknown routes).
 */
export function cloudFormationHttpApiRoutes(
  resources: Plain,
  functions: ReadonlyMap<string, ServedFunction>,
): Route[] {
  const routes: Route[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isRecord(resource) || resource.Type !== 'AWS::ApiGatewayV2::Route') continue;
    const properties = isRecord(resource.Properties) ? resource.Properties : {};
    const where = `resource ${logicalId} (AWS::ApiGatewayV2::Route)`;
    const integration = resources[integrationIdOf(properties.Target) ?? ''];
    const settings =
      isRecord(integration) && isRecord(integration.Properties) ? integration.Properties : undefined;
    if (settings === undefined || String(settings.IntegrationType).toUpperCase() !== 'AWS_PROXY') continue;
    const served = invokedFunction(settings.IntegrationUri, functions);
    if (served === undefined) {
      throw new TemplateError(
        `${where}: its integration's IntegrationUri does not name a function of this template with a Handler, so serve cannot run it`,
      );
    }
    const routeKey = properties.RouteKey;
    const parts = typeof routeKey === 'string' ? routeKeyParts(routeKey) : undefined;
    if (parts === undefined) {
      throw new TemplateError(
        `${where}: RouteKey ${JSON.stringify(routeKey)} is not "$default" or "METHOD /path"`,
      );
    }
    routes.push(
      proxyRoute(served, parts.httpMethod, parts.resourcePath, {
        payload: payloadFormat(settings.PayloadFormatVersion, where),
        timeoutInMillis: positiveNumber(settings.TimeoutInMillis) ?? DEFAULT_HTTP_API_INTEGRATION_TIMEOUT_MS,
        routeKey: routeKey as string,
      }),
    );
  }
  return routes;
}

/** `integrations/<id>` of an integration of the template: `Fn::Join ['/', [integrations, !Ref Id]]`, `Fn::Sub`. */
function integrationIdOf(target: unknown): string | undefined {
  if (!isRecord(target)) return undefined;
  const sub = target['Fn::Sub'];
  if (typeof sub === 'string') return /^integrations\/\$\{([^}]+)\}$/.exec(sub)?.[1];
  const join = target['Fn::Join'];
  if (Array.isArray(join) && Array.isArray(join[1]) && join[1][0] === 'integrations')
    return refOf(join[1][1]);
  return undefined;
}
