import type { GatewayResponseModel, IntegrationResponsesModel } from '../generate/model.js';
import { isRecord } from '../util/safe-read.js';

/** The function a route invokes, located on disk. */
export interface ServedFunction {
  readonly logicalId: string;
  /** The handler module without its extension (`/code/src/app` for `src/app.handler`). */
  readonly modulePath: string;
  /** The exported name (`handler`). */
  readonly exportName: string;
  /** The function's `Timeout`, in seconds (Lambda's default 3). */
  readonly timeoutSeconds: number;
  readonly memoryLimitInMB: number;
  /** The environment variables with a literal value, set for each invocation. */
  readonly environment: Readonly<Record<string, string>>;
  /** `--watch`: the handler file is imported again once its modification time changes. */
  readonly reloadOnChange?: boolean;
}

/** The event a route sends and how its result is read: a REST API's, or an HTTP API's payload format 1.0 or 2.0. */
export type PayloadFormat = 'rest-v1' | 'http-api-v1' | 'http-api-v2';

/** One method of the REST API, or one route of an HTTP API, as the server routes it. */
export interface Route {
  /** `GET`, ..., or `ANY`. */
  readonly httpMethod: string;
  /** The resource path: `/orders/{id}`, `/{proxy+}`. */
  readonly resourcePath: string;
  readonly proxy: boolean;
  readonly function: ServedFunction;
  /** The integration's `TimeoutInMillis` (API Gateway's default 29,000 for REST APIs, 30,000 for HTTP APIs). */
  readonly timeoutInMillis: number;
  /** Non-proxy: the request templates by content type. */
  readonly requestTemplates: Readonly<Record<string, string>>;
  /** Non-proxy: the integration and method responses. */
  readonly responses: IntegrationResponsesModel;
  readonly payload: PayloadFormat;
  /** HTTP API: the route key (`GET /orders/{id}`, or `$default` for the route that takes every other request). */
  readonly routeKey?: string;
}

/** The `OPTIONS` answer SAM's `Cors` setting adds to every path of a REST API (a mock integration). */
export interface CorsPreflight {
  /** `Access-Control-Allow-Origin`, `-Headers`, `-Max-Age`, `-Credentials` as configured (quotes removed). */
  readonly headers: Readonly<Record<string, string>>;
  /** `Access-Control-Allow-Methods` as configured; undefined: the path's methods and OPTIONS, as SAM writes them. */
  readonly allowMethods: string | undefined;
}

export interface ServedApi {
  /** Where it is, for messages. */
  readonly where: string;
  /** The stage name REST API routes are also mounted under, when the template names one. */
  readonly stageName: string | undefined;
  readonly stageVariables: Readonly<Record<string, string>>;
  /** The REST API's methods (empty when only HTTP APIs are served). */
  readonly routes: readonly Route[];
  /** The REST API's Gateway Responses as the template writes them (empty when it has none). */
  readonly gatewayResponses: readonly GatewayResponseModel[];
  /** The routes of the HTTP APIs (`$default` stage: at the root). */
  readonly httpApiRoutes: readonly Route[];
  /** SAM `Cors` of the REST API: the server answers `OPTIONS` preflights as SAM's mock methods do. */
  readonly cors: CorsPreflight | undefined;
  /** Lines to print once when the server starts (environment variables left unset). */
  readonly warnings: readonly string[];
}

export const DEFAULT_REST_INTEGRATION_TIMEOUT_MS = 29_000;
export const DEFAULT_HTTP_API_INTEGRATION_TIMEOUT_MS = 30_000;

export type Plain = Record<string, unknown>;

export const NO_RESPONSES: IntegrationResponsesModel = { integrationResponses: [], methodResponses: [] };

/** A Lambda proxy route: no templates, no integration responses. */
export function proxyRoute(
  served: ServedFunction,
  httpMethod: string,
  resourcePath: string,
  settings: { payload: PayloadFormat; timeoutInMillis: number; routeKey?: string },
): Route {
  return {
    httpMethod,
    resourcePath,
    proxy: true,
    function: served,
    requestTemplates: {},
    responses: NO_RESPONSES,
    ...settings,
  };
}

/** The function whose ARN a Uri is built from: `${Fn.Arn}` in a Sub, or `Fn::GetAtt [Fn, Arn]` / `Fn.Arn`. */
export function invokedFunction(
  uri: unknown,
  functions: ReadonlyMap<string, ServedFunction>,
): ServedFunction | undefined {
  const text = JSON.stringify(uri ?? '');
  for (const [logicalId, served] of functions) {
    const sub = text.includes(`\${${logicalId}.Arn}`);
    const getAtt =
      text.includes(`"Fn::GetAtt":["${logicalId}","Arn"]`) ||
      text.includes(`"Fn::GetAtt":"${logicalId}.Arn"`);
    if (sub || getAtt) return served;
  }
  return undefined;
}

export function positiveNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

export function stringValues(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]) => (typeof item === 'string' ? [[key, item]] : [])),
  );
}

/** An HTTP API route key (`GET /orders/{id}`, `ANY /{proxy+}`, `$default`) as a method and a path. */
export function routeKeyParts(routeKey: string): { httpMethod: string; resourcePath: string } | undefined {
  if (routeKey === '$default') return { httpMethod: 'ANY', resourcePath: '$default' };
  const match = /^([A-Za-z]+|\*) (\/\S*)$/.exec(routeKey.trim());
  if (match === null) return undefined;
  const method = (match[1] as string).toUpperCase();
  return { httpMethod: method === '*' ? 'ANY' : method, resourcePath: match[2] as string };
}
