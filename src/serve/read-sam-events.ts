import { refOf } from '../existing-api/read-template.js';
import { TemplateError } from '../surface/errors.js';
import { isRecord } from '../util/safe-read.js';
import {
  DEFAULT_HTTP_API_INTEGRATION_TIMEOUT_MS,
  DEFAULT_REST_INTEGRATION_TIMEOUT_MS,
  type PayloadFormat,
  type Plain,
  positiveNumber,
  proxyRoute,
  type Route,
  type ServedFunction,
} from './served-api.js';

/** The logical ids SAM gives the APIs it creates for events that name none. */
export const SAM_IMPLICIT_REST_API = 'ServerlessRestApi';
export const SAM_IMPLICIT_HTTP_API = 'ServerlessHttpApi';

/** A route SAM adds to an API for an `Events` entry of a function: `Type: Api` (REST) or `Type: HttpApi`. */
export interface SamEventRoute {
  readonly kind: 'Api' | 'HttpApi';
  /** The API's logical id: the event's `RestApiId` / `ApiId`, else SAM's implicit API. */
  readonly api: string;
  readonly route: Route;
}

/**
 * The routes of every `AWS::Serverless::Function` event of `Type: Api` or `HttpApi`, each a Lambda proxy
 * integration (SAM writes `aws_proxy`); an `HttpApi` event without `Path` and `Method` is the `$default` route.
 */
export function samEventRoutes(
  resources: Plain,
  functions: ReadonlyMap<string, ServedFunction>,
): SamEventRoute[] {
  const found: SamEventRoute[] = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isRecord(resource) || resource.Type !== 'AWS::Serverless::Function') continue;
    const events = isRecord(resource.Properties) ? resource.Properties.Events : undefined;
    const served = functions.get(logicalId);
    if (!isRecord(events) || served === undefined) continue;
    for (const [name, event] of Object.entries(events)) {
      if (!isRecord(event) || (event.Type !== 'Api' && event.Type !== 'HttpApi')) continue;
      const properties = isRecord(event.Properties) ? event.Properties : {};
      const where = `resource ${logicalId}, event ${name} (Type ${event.Type})`;
      found.push(
        event.Type === 'Api'
          ? {
              kind: 'Api',
              api: refOf(properties.RestApiId) ?? SAM_IMPLICIT_REST_API,
              route: proxyRoute(served, methodOf(properties.Method, where), pathOf(properties.Path, where), {
                payload: 'rest-v1',
                timeoutInMillis:
                  positiveNumber(properties.TimeoutInMillis) ?? DEFAULT_REST_INTEGRATION_TIMEOUT_MS,
              }),
            }
          : {
              kind: 'HttpApi',
              api: refOf(properties.ApiId) ?? SAM_IMPLICIT_HTTP_API,
              route: httpApiRoute(served, properties, where),
            },
      );
    }
  }
  return found;
}

function httpApiRoute(served: ServedFunction, properties: Plain, where: string): Route {
  const settings = {
    payload: payloadFormat(properties.PayloadFormatVersion, where),
    timeoutInMillis: positiveNumber(properties.TimeoutInMillis) ?? DEFAULT_HTTP_API_INTEGRATION_TIMEOUT_MS,
  };
  if (properties.Path === undefined && properties.Method === undefined) {
    return proxyRoute(served, 'ANY', '$default', { ...settings, routeKey: '$default' });
  }
  const httpMethod = methodOf(properties.Method, where);
  const resourcePath = pathOf(properties.Path, where);
  return proxyRoute(served, httpMethod, resourcePath, {
    ...settings,
    routeKey: `${httpMethod} ${resourcePath}`,
  });
}

/** An HTTP API integration's `PayloadFormatVersion` (SAM's default `2.0`). */
export function payloadFormat(version: unknown, where: string): PayloadFormat {
  if (version === undefined || version === '2.0' || version === 2) return 'http-api-v2';
  if (version === '1.0' || version === 1) return 'http-api-v1';
  throw new TemplateError(`${where}: PayloadFormatVersion ${JSON.stringify(version)} is neither 1.0 nor 2.0`);
}

function methodOf(method: unknown, where: string): string {
  if (typeof method !== 'string')
    throw new TemplateError(`${where}: Method must be a method name such as get`);
  const upper = method.toUpperCase();
  return upper === 'X-AMAZON-APIGATEWAY-ANY-METHOD' || upper === '*' ? 'ANY' : upper;
}

function pathOf(path: unknown, where: string): string {
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new TemplateError(`${where}: Path must be a path such as /orders/{id}`);
  }
  return path;
}
