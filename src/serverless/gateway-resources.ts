import { ACCESS_LOG_FORMAT } from '../generate/access-log.js';
import { cloudFormationGatewayResponses } from '../generate/emitters/cloudformation.js';
import type { GatewayResponseModel } from '../generate/model.js';

/** The logical id the Serverless Framework gives the REST API of a service's `http` events. */
export const SERVERLESS_REST_API_ID = 'ApiGatewayRestApi';

type Resources = Record<string, unknown>;

interface ResourceLike {
  readonly Type?: unknown;
  readonly Properties?: { readonly ResponseType?: unknown };
}

/** The response types that already have an `AWS::ApiGateway::GatewayResponse` among these resources. */
function definedResponseTypes(...groups: (Resources | undefined)[]): Set<string> {
  const types = new Set<string>();
  for (const resources of groups) {
    for (const resource of Object.values(resources ?? {})) {
      const candidate = resource as ResourceLike | null;
      if (candidate?.Type === 'AWS::ApiGateway::GatewayResponse') {
        const type = candidate.Properties?.ResponseType;
        if (typeof type === 'string') types.add(type);
      }
    }
  }
  return types;
}

export interface AddedGatewayResponses {
  readonly added: readonly string[];
  /** Types the user (or another plugin) already defined: theirs is kept. */
  readonly kept: readonly string[];
}

/**
 * Adds the Gateway Responses to the compiled template when it holds the service's REST API (it does when the
 * service has `http` events and no external `provider.apiGateway.restApiId`). A type the user defined in
 * `resources.Resources`, or that the compiled template already has, keeps that definition.
 */
export function addGatewayResponses(
  compiled: Resources,
  userResources: Resources | undefined,
  responses: readonly GatewayResponseModel[],
): AddedGatewayResponses | undefined {
  const restApi = compiled[SERVERLESS_REST_API_ID] as ResourceLike | undefined;
  if (restApi?.Type !== 'AWS::ApiGateway::RestApi') return undefined;
  const existing = definedResponseTypes(compiled, userResources);
  const wanted = responses.filter((response) => !existing.has(response.responseType));
  Object.assign(compiled, cloudFormationGatewayResponses(wanted, { Ref: SERVERLESS_REST_API_ID }));
  return {
    added: wanted.map((response) => response.responseType),
    kept: responses.map((response) => response.responseType).filter((type) => existing.has(type)),
  };
}

/** `provider.logs.restApi` with the JSON access-log format, unless the user chose a format or turned it off. */
export function withAccessLogFormat(restApiLogs: unknown): {
  readonly value: unknown;
  readonly set: boolean;
} {
  if (restApiLogs === undefined || restApiLogs === null || restApiLogs === true) {
    return { value: { format: ACCESS_LOG_FORMAT }, set: true };
  }
  if (typeof restApiLogs !== 'object' || Array.isArray(restApiLogs))
    return { value: restApiLogs, set: false };
  const logs = restApiLogs as Record<string, unknown>;
  if (logs.format !== undefined || logs.accessLogging === false) return { value: restApiLogs, set: false };
  return { value: { ...logs, format: ACCESS_LOG_FORMAT }, set: true };
}
