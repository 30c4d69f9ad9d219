/**
 * What API Gateway answers on a non-proxy (AWS) method, computed without the emulator `serve` runs on: the
 * request template rendered by Apache Velocity 1.7, the handler invoked directly with that event, its error
 * payload built as the Lambda Node.js runtime builds it, the integration response chosen by
 * java.util.regex full match (the default one when none matches, the empty message of a success included),
 * and the chosen response template rendered by Apache Velocity 1.7 with `$context.responseOverride` and the
 * static response parameters applied (AWS docs: "Set up integration responses", "Use a mapping template to
 * override an API's request and response parameters and status codes").
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { CLOUDFORMATION_TAGS } from '../../support/cloudformation-tags.js';
import { lambdaContext, restV1Event } from '../../support/events.js';
import { javaMatchMatrix } from '../../support/java-regex.js';
import { renderWithVelocity } from '../../velocity/apache-velocity.js';

/** What every requestId (the API's `$context.requestId`, the Lambda's `awsRequestId`) is compared as. */
export const REQUEST_ID = 'REQUEST-ID';

export interface IntegrationResponse {
  readonly statusCode: string;
  readonly selectionPattern: string | undefined;
  readonly templates: Readonly<Record<string, string>>;
  readonly parameters: Readonly<Record<string, string>>;
}

export interface NonProxyIntegration {
  readonly requestTemplates: Readonly<Record<string, string>>;
  readonly responses: readonly IntegrationResponse[];
}

export interface ExpectedResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

type Json = Record<string, unknown>;

function readTemplate(file: string): Json {
  const text = readFileSync(file, 'utf8');
  return (
    file.endsWith('.json') ? JSON.parse(text) : parse(text, { customTags: CLOUDFORMATION_TAGS })
  ) as Json;
}

/** The only AWS (non-proxy) Lambda method of a CloudFormation template (`AWS::ApiGateway::Method`). */
export function cloudFormationNonProxyMethod(file: string): NonProxyIntegration {
  const template = readTemplate(file);
  const resources = Object.values(template.Resources as Record<string, Json>);
  const methods = resources.filter(
    (resource) =>
      resource.Type === 'AWS::ApiGateway::Method' &&
      ((resource.Properties as Json).Integration as Json | undefined)?.Type === 'AWS',
  );
  if (methods.length !== 1) throw new Error(`${file} has ${methods.length} non-proxy methods, not one`);
  const integration = (methods[0]!.Properties as Json).Integration as Json;
  return {
    requestTemplates: (integration.RequestTemplates ?? {}) as Record<string, string>,
    responses: (integration.IntegrationResponses as Json[]).map((response) => ({
      statusCode: String(response.StatusCode),
      selectionPattern: (response.SelectionPattern as string | undefined) || undefined,
      templates: templateTexts(response.ResponseTemplates as Json | undefined, template.Mappings as Json),
      parameters: (response.ResponseParameters ?? {}) as Record<string, string>,
    })),
  };
}

/**
 * Response templates as CloudFormation deploys them: a `{ "Fn::FindInMap": [map, key, name] }` (what the plugin
 * and apply write) is the text `Mappings[map][key][name]`.
 */
function templateTexts(templates: Json | undefined, mappings: Json | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(templates ?? {}).map(([type, value]) => {
      if (typeof value === 'string') return [type, value];
      const [map, key, name] = (value as { 'Fn::FindInMap': [string, string, string] })['Fn::FindInMap'];
      const text = ((mappings?.[map] as Json | undefined)?.[key] as Json | undefined)?.[name];
      if (typeof text !== 'string')
        throw new Error(`${type}: ${JSON.stringify(value)} names no Mappings text`);
      return [type, text];
    }),
  );
}

/** An operation's `x-amazon-apigateway-integration` in a SAM Api's inline OpenAPI `DefinitionBody`. */
export function openApiNonProxyOperation(file: string, api: string, path: string): NonProxyIntegration {
  const resource = (readTemplate(file).Resources as Record<string, Json>)[api];
  const body = ((resource as Json).Properties as Json).DefinitionBody as Json;
  const operation = ((body.paths as Json)[path] as Json).get as Json;
  const integration = operation['x-amazon-apigateway-integration'] as Json;
  return {
    requestTemplates: (integration.requestTemplates ?? {}) as Record<string, string>,
    responses: Object.entries(integration.responses as Record<string, Json>).map(([pattern, response]) => ({
      statusCode: String(response.statusCode),
      selectionPattern: pattern === 'default' ? undefined : pattern,
      templates: (response.responseTemplates ?? {}) as Record<string, string>,
      parameters: (response.responseParameters ?? {}) as Record<string, string>,
    })),
  };
}

/** The event the `application/json` request template makes of a GET with these path parameters (Velocity 1.7). */
export async function requestEvent(
  integration: NonProxyIntegration,
  path: Readonly<Record<string, string>>,
): Promise<unknown> {
  const template = integration.requestTemplates['application/json'];
  if (template === undefined) return {};
  const [rendered] = await renderWithVelocity([
    { template, body: '{}', requestId: REQUEST_ID, params: { path, querystring: {}, header: {} } },
  ]);
  if (rendered?.kind !== 'rendered')
    throw new Error(`the request template fails in Velocity 1.7: ${rendered?.kind}`);
  return JSON.parse(rendered.output);
}

/** What the Lambda service returns to API Gateway for one invocation. */
export type LambdaOutcome =
  | { readonly kind: 'result'; readonly value: unknown }
  | {
      readonly kind: 'error';
      readonly payload: { errorType: string; errorMessage: string; trace?: string[] };
    };

/**
 * Invokes the module's handler directly, as the Node.js runtime does; a thrown Error becomes
 * `{errorType: error.name, errorMessage: error.message, trace}` (aws-lambda-nodejs-runtime-interface-client).
 */
export async function invokeDirectly(
  modulePath: string,
  exportName: string,
  event: unknown,
): Promise<LambdaOutcome> {
  const module = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
  const handler = module[exportName] as (event: unknown, context: unknown) => Promise<unknown>;
  // The handlers' own log lines (the middleware reports each error) are the served process's business.
  const { info, warn, error: logError } = console;
  console.info = console.warn = console.error = () => {};
  try {
    return { kind: 'result', value: await handler(event, lambdaContext(REQUEST_ID)) };
  } catch (error) {
    const thrown = error as Error;
    return {
      kind: 'error',
      payload: {
        errorType: thrown.name,
        errorMessage: thrown.message,
        trace: (thrown.stack ?? '').split('\n'),
      },
    };
  } finally {
    Object.assign(console, { info, warn, error: logError });
  }
}

/** Lambda's payload for an invocation that outlived the function's Timeout (current Node.js runtimes). */
export function timeoutOutcome(seconds: number): LambdaOutcome {
  return {
    kind: 'error',
    payload: {
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${REQUEST_ID} Error: Task timed out after ${seconds.toFixed(2)} seconds`,
    },
  };
}

/** The response API Gateway sends for this outcome: selection under Java, the template under Velocity 1.7. */
export async function expectedNonProxyResponse(
  integration: NonProxyIntegration,
  outcome: LambdaOutcome,
): Promise<ExpectedResponse & { readonly selected: string }> {
  const message = outcome.kind === 'error' ? outcome.payload.errorMessage : '';
  const selective = integration.responses.filter((response) => response.selectionPattern !== undefined);
  const [row = []] = await javaMatchMatrix(
    selective.map((response) => response.selectionPattern as string),
    [message],
  );
  const matched = selective.filter((_, p) => row[p]);
  if (matched.length > 1) throw new Error(`ambiguous selection for ${JSON.stringify(message)}`);
  const chosen =
    matched[0] ?? integration.responses.find((response) => response.selectionPattern === undefined);
  if (chosen === undefined) throw new Error(`no integration response for ${JSON.stringify(message)}`);
  const body = JSON.stringify(outcome.kind === 'error' ? outcome.payload : outcome.value);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(chosen.parameters)) {
    const header = /^method\.response\.header\.(.+)$/.exec(name)?.[1];
    const literal = /^'(.*)'$/.exec(value)?.[1];
    if (header !== undefined && literal !== undefined) headers[header.toLowerCase()] = literal;
  }
  const template = chosen.templates['application/json'];
  if (template === undefined) {
    return {
      selected: chosen.statusCode,
      status: Number(chosen.statusCode),
      headers: withJson(headers),
      body,
    };
  }
  const [rendered] = await renderWithVelocity([{ template, body, requestId: REQUEST_ID }]);
  if (rendered?.kind !== 'rendered')
    throw new Error(`the response template fails in Velocity 1.7: ${rendered?.kind}`);
  for (const [name, value] of Object.entries(rendered.headerOverrides)) headers[name.toLowerCase()] = value;
  return {
    selected: chosen.statusCode,
    status: rendered.statusOverride ?? Number(chosen.statusCode),
    headers: withJson(headers),
    body: rendered.output,
  };
}

/** The integration response's content type is the method's `application/json` unless a header says otherwise. */
function withJson(headers: Record<string, string>): Record<string, string> {
  return { 'content-type': 'application/json', ...headers };
}

/** A served body with every `requestId` member set to REQUEST_ID, to compare with the expected one. */
export function withRequestIdsNormalised(body: string): string {
  return body.replace(/"requestId":"[^"]*"/g, `"requestId":"${REQUEST_ID}"`);
}

/**
 * The response API Gateway sends for a proxy (AWS_PROXY) method: the function's result as it is (`statusCode`,
 * `headers`, `body`; AWS docs, "Output format of a Lambda function for proxy integration"), the function invoked
 * directly with the REST API event of a GET on `stage` + `path`.
 */
export async function expectedProxyResponse(
  modulePath: string,
  options: {
    readonly stage: string;
    readonly path: string;
    readonly resource: string;
    readonly pathParameters: Record<string, string>;
  },
): Promise<ExpectedResponse> {
  const base = restV1Event({ path: options.path });
  const event = {
    ...base,
    resource: options.resource,
    pathParameters: options.pathParameters,
    requestContext: {
      ...base.requestContext,
      resourcePath: options.resource,
      path: `/${options.stage}${options.path}`,
      stage: options.stage,
      requestId: REQUEST_ID,
    },
  };
  const outcome = await invokeDirectly(modulePath, 'handler', event);
  if (outcome.kind !== 'result')
    throw new Error(`the proxy function failed: ${outcome.payload.errorMessage}`);
  const result = outcome.value as { statusCode: number; headers?: Record<string, string>; body?: string };
  return {
    status: result.statusCode,
    headers: Object.fromEntries(
      Object.entries(result.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    ),
    body: result.body ?? '',
  };
}
