import { isMap, isSeq, Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { methodResponseHeaderName } from '../contract/parameters.js';
import { PROBLEM_CONTENT_TYPE } from '../contract/wire.js';
import { mapAt, seqAt, setAll, setEntry, templateNode } from '../existing-api/edit-template.js';
import type { LambdaMethod } from '../existing-api/find-apis.js';
import type { ResponsesPlan } from '../existing-api/merge-responses.js';
import { nodeAt, plainValue, resolveAlias, type TemplateDocument } from '../existing-api/read-template.js';
import {
  cloudFormationIntegrationResponses,
  cloudFormationMethodResponses,
  type SharedTemplates,
} from '../generate/emitters/cloudformation.js';
import {
  gatewayHeaders,
  integrationResponsesByPattern,
  methodResponseHeaders,
  operationResponse,
  statusesMissing,
} from '../generate/emitters/openapi.js';
import {
  type OpenApiVersion,
  openApiVersionOf,
  problemBody,
  problemSchemaRef,
} from '../generate/emitters/openapi-problems.js';
import type {
  IntegrationResponseModel,
  IntegrationResponsesModel,
  MethodResponseModel,
  ProblemExampleModel,
} from '../generate/model.js';

/**
 * Writes a plan into an `AWS::ApiGateway::Method` or an OpenAPI operation, reusing the nodes it keeps. A method's
 * generated templates are references to `shared` (see writeTemplateMappings); an operation's are written out.
 */
export function writeResponses(
  template: TemplateDocument,
  method: LambdaMethod,
  plan: ResponsesPlan,
  documented: IntegrationResponsesModel,
  examples: ReadonlyMap<string, readonly ProblemExampleModel[]>,
  shared: SharedTemplates,
): void {
  if (method.style === 'cloudformation') writeCloudFormation(template, method, plan, shared);
  else writeOpenApi(template, method, plan, documented, examples);
}

function writeCloudFormation(
  template: TemplateDocument,
  method: LambdaMethod,
  plan: ResponsesPlan,
  shared: SharedTemplates,
): void {
  const integrationSeq = seqAt(template, method.integration, 'IntegrationResponses');
  const existing = [...integrationSeq.items];
  integrationSeq.items = plan.integrationResponses.map((planned) => {
    if (planned.kind === 'generated')
      return templateNode(template, cloudFormationIntegrationResponse(planned.response, shared));
    // A kept item may be an alias: it stays one, and what is added lands on its anchor's node.
    const kept = existing[planned.index];
    setAll(template, resolveAlias(kept) as YAMLMap, 'ResponseTemplates', planned.setTemplates);
    setAll(template, resolveAlias(kept) as YAMLMap, 'ResponseParameters', planned.addParameters);
    return kept;
  });

  const methodSeq = seqAt(template, method.method, 'MethodResponses');
  const existingMethods = [...methodSeq.items];
  methodSeq.items = plan.methodResponses.map((planned) => {
    if (planned.kind === 'generated')
      return templateNode(template, cloudFormationMethodResponse(planned.response));
    const kept = existingMethods[planned.index];
    setAll(
      template,
      resolveAlias(kept) as YAMLMap,
      'ResponseParameters',
      Object.fromEntries(planned.addParameters.map((h) => [h, false])),
    );
    return kept;
  });
}

/**
 * `documented` holds what the operation's responses describe besides the plan: the Gateway Responses whose
 * statuses the operation gets too; `examples` are its problem examples by status (problemExamplesByStatus).
 */
function writeOpenApi(
  template: TemplateDocument,
  method: LambdaMethod,
  plan: ResponsesPlan,
  documented: IntegrationResponsesModel,
  examples: ReadonlyMap<string, readonly ProblemExampleModel[]>,
): void {
  const byPattern = mapAt(template, method.integration, 'responses');
  const existing = [...byPattern.items];
  byPattern.items = plan.integrationResponses.map((planned) => {
    if (planned.kind === 'generated') {
      const [[pattern, value]] = Object.entries(
        integrationResponsesByPattern({ integrationResponses: [planned.response], methodResponses: [] }),
      ) as [[string, unknown]];
      return new Pair(templateNode(template, pattern), templateNode(template, value));
    }
    const kept = existing[planned.index] as Pair<unknown, unknown>;
    setAll(template, resolveAlias(kept.value) as YAMLMap, 'responseTemplates', planned.setTemplates);
    setAll(template, resolveAlias(kept.value) as YAMLMap, 'responseParameters', planned.addParameters);
    return kept;
  });

  const version = documentVersion(method.restApi?.openApi);
  const responses = mapAt(template, method.method, 'responses');
  const existingResponses = [...responses.items];
  responses.items = plan.methodResponses.map((planned) => {
    if (planned.kind === 'generated') {
      const { statusCode } = planned.response;
      const value = operationResponse(statusCode, methodResponseHeaders(planned.response), version, examples);
      return new Pair(templateNode(template, statusCode), templateNode(template, value));
    }
    const kept = existingResponses[planned.index] as Pair<unknown, unknown>;
    if (planned.addParameters.length > 0) {
      if (!isMap(resolveAlias(kept.value)))
        kept.value = templateNode(template, { description: String(plainValue(kept.key)) });
      const headers = Object.fromEntries(
        planned.addParameters.map((parameter) => [
          methodResponseHeaderName(parameter),
          version === '2.0' ? { type: 'string' } : { required: false, schema: { type: 'string' } },
        ]),
      );
      setAll(template, resolveAlias(kept.value) as YAMLMap, 'headers', headers);
    }
    addProblemBody(template, kept, version, examples);
    return kept;
  });
  const present = Object.fromEntries(responses.items.map((pair) => [String(plainValue(pair.key)), true]));
  for (const status of statusesMissing(present, examples)) {
    const value = operationResponse(status, gatewayHeaders(documented, status), version, examples);
    responses.items.push(new Pair(templateNode(template, status), templateNode(template, value)));
  }
  if (version === '2.0' && responses.items.some((pair) => Number(plainValue(pair.key)) >= 400)) {
    addProduces(template, method);
  }
}

/**
 * Describes the problem+json body of a response the user wrote for an error status, unless it already describes
 * one of its own (a problem+json content of another schema, a Swagger 2 schema) or is a `$ref`: those are kept.
 */
function addProblemBody(
  template: TemplateDocument,
  pair: Pair<unknown, unknown>,
  version: OpenApiVersion,
  examples: ReadonlyMap<string, readonly ProblemExampleModel[]>,
): void {
  const status = String(plainValue(pair.key));
  const response = resolveAlias(pair.value);
  if (Number(status) < 400 || !isMap(response) || response.has('$ref')) return;
  const body = problemBody(version, examples.get(status) ?? []);
  if (version === '2.0') {
    if (!refersToProblem(plainValue(response.get('schema', true)), version)) return;
    for (const [key, value] of Object.entries(body)) setEntry(template, response, key, value);
    return;
  }
  const content = mapAt(template, response, 'content');
  const [[mediaType, value]] = Object.entries(body.content as Record<string, unknown>) as [[string, unknown]];
  const existing = plainValue(content.get(mediaType, true)) as { schema?: unknown } | undefined;
  if (existing !== undefined && !refersToProblem(existing?.schema, version)) return;
  setEntry(template, content, mediaType, value);
}

export function documentVersion(document: YAMLMap | undefined): OpenApiVersion {
  return openApiVersionOf({
    swagger: plainValue(document?.get('swagger', true)),
    openapi: plainValue(document?.get('openapi', true)),
  });
}

/** Absent, or the generator's `$ref` to the Problem schema. */
function refersToProblem(schema: unknown, version: OpenApiVersion): boolean {
  return schema === undefined || (schema as { $ref?: unknown } | null)?.$ref === problemSchemaRef(version);
}

/**
 * Swagger 2 lists what an operation produces: the operation's own list, else the document's. problem+json is
 * added to the one that applies; with neither, the operation gets one (the success template is JSON).
 */
function addProduces(template: TemplateDocument, method: LambdaMethod): void {
  const document = method.restApi?.openApi;
  const own = nodeAt(method.method, 'produces');
  const target = isSeq(own)
    ? own
    : document !== undefined && isSeq(nodeAt(document, 'produces'))
      ? nodeAt(document, 'produces')
      : undefined;
  if (target === undefined) {
    setEntry(template, method.method, 'produces', ['application/json', PROBLEM_CONTENT_TYPE]);
    return;
  }
  const list = target as YAMLSeq;
  if (!list.items.some((item) => plainValue(item) === PROBLEM_CONTENT_TYPE)) {
    list.items.push(templateNode(template, PROBLEM_CONTENT_TYPE));
  }
}

function cloudFormationIntegrationResponse(
  response: IntegrationResponseModel,
  shared: SharedTemplates,
): unknown {
  return cloudFormationIntegrationResponses(
    { integrationResponses: [response], methodResponses: [] },
    shared,
  )[0];
}

function cloudFormationMethodResponse(response: MethodResponseModel): unknown {
  return cloudFormationMethodResponses({ integrationResponses: [], methodResponses: [response] })[0];
}
