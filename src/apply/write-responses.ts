import { isMap, isSeq, type Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import {
  cloudFormationIntegrationResponses,
  cloudFormationMethodResponses,
} from '../generate/emitters/cloudformation.js';
import { methodResponseHeaderName } from '../generate/emitters/header-name.js';
import { integrationResponsesByPattern, operationResponses } from '../generate/emitters/openapi.js';
import type { IntegrationResponseModel, MethodResponseModel } from '../generate/model.js';
import type { LambdaMethod } from '../templates/find-apis.js';
import { nodeAt, plainValue, resolveAlias, type TemplateDocument } from '../templates/read-template.js';
import { templateNode } from '../templates/template-nodes.js';
import type { ResponsesPlan } from './merge-responses.js';

/** Writes a plan into an `AWS::ApiGateway::Method` or an OpenAPI operation, reusing the nodes it keeps. */
export function writeResponses(template: TemplateDocument, method: LambdaMethod, plan: ResponsesPlan): void {
  if (method.style === 'cloudformation') writeCloudFormation(template, method, plan);
  else writeOpenApi(template, method, plan);
}

function writeCloudFormation(template: TemplateDocument, method: LambdaMethod, plan: ResponsesPlan): void {
  const integrationSeq = seqAt(template, method.integration, 'IntegrationResponses');
  const existing = [...integrationSeq.items];
  integrationSeq.items = plan.integrationResponses.map((planned) => {
    if (planned.kind === 'generated')
      return node(template, cloudFormationIntegrationResponse(planned.response));
    // A kept item may be an alias: it stays one, and what is added lands on its anchor's node.
    const kept = existing[planned.index];
    setAll(template, resolveAlias(kept) as YAMLMap, 'ResponseParameters', planned.addParameters);
    return kept;
  });

  const methodSeq = seqAt(template, method.method, 'MethodResponses');
  const existingMethods = [...methodSeq.items];
  methodSeq.items = plan.methodResponses.map((planned) => {
    if (planned.kind === 'generated') return node(template, cloudFormationMethodResponse(planned.response));
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

function writeOpenApi(template: TemplateDocument, method: LambdaMethod, plan: ResponsesPlan): void {
  const byPattern = mapAt(template, method.integration, 'responses');
  const existing = [...byPattern.items];
  byPattern.items = plan.integrationResponses.map((planned) => {
    if (planned.kind === 'generated') {
      const [[pattern, value]] = Object.entries(
        integrationResponsesByPattern({ integrationResponses: [planned.response], methodResponses: [] }),
      ) as [[string, unknown]];
      return new Pair(node(template, pattern), node(template, value));
    }
    const kept = existing[planned.index] as Pair<unknown, unknown>;
    setAll(template, resolveAlias(kept.value) as YAMLMap, 'responseParameters', planned.addParameters);
    return kept;
  });

  const swagger = method.style === 'swagger-2';
  const responses = mapAt(template, method.method, 'responses');
  const existingResponses = [...responses.items];
  responses.items = plan.methodResponses.map((planned) => {
    if (planned.kind === 'generated') {
      const [[status, value]] = Object.entries(
        operationResponses({ integrationResponses: [], methodResponses: [planned.response] }),
      ) as [[string, Record<string, unknown>]];
      return new Pair(node(template, status), node(template, swagger ? swaggerResponse(value) : value));
    }
    const kept = existingResponses[planned.index] as Pair<unknown, unknown>;
    if (planned.addParameters.length > 0) {
      if (!isMap(resolveAlias(kept.value)))
        kept.value = node(template, { description: String(plainValue(kept.key)) });
      const headers = Object.fromEntries(
        planned.addParameters.map((parameter) => [
          methodResponseHeaderName(parameter),
          swagger ? { type: 'string' } : { required: false, schema: { type: 'string' } },
        ]),
      );
      setAll(template, resolveAlias(kept.value) as YAMLMap, 'headers', headers);
    }
    return kept;
  });
}

/** Swagger 2 header objects have a `type` and no `required` or `schema`. */
function swaggerResponse(response: Record<string, unknown>): Record<string, unknown> {
  const headers = response.headers as Record<string, unknown> | undefined;
  if (headers === undefined) return response;
  return {
    ...response,
    headers: Object.fromEntries(Object.keys(headers).map((name) => [name, { type: 'string' }])),
  };
}

function cloudFormationIntegrationResponse(response: IntegrationResponseModel): unknown {
  return cloudFormationIntegrationResponses({ integrationResponses: [response], methodResponses: [] })[0];
}

function cloudFormationMethodResponse(response: MethodResponseModel): unknown {
  return cloudFormationMethodResponses({ integrationResponses: [], methodResponses: [response] })[0];
}

function node(template: TemplateDocument, value: unknown): Node {
  return templateNode(template, value);
}

/** Sets each entry under `map[key]` (created when absent), replacing values of keys already there. */
function setAll(
  template: TemplateDocument,
  map: YAMLMap,
  key: string,
  entries: Readonly<Record<string, unknown>>,
): void {
  if (Object.keys(entries).length === 0) return;
  const target = mapAt(template, map, key);
  for (const [name, value] of Object.entries(entries)) setEntry(template, target, name, value);
}

export function setEntry(template: TemplateDocument, map: YAMLMap, key: string, value: unknown): void {
  const pair = map.items.find((item) => String(plainValue(item.key)) === key);
  if (pair !== undefined) pair.value = node(template, value);
  else map.items.push(new Pair(node(template, key), node(template, value)));
}

export function mapAt(template: TemplateDocument, map: YAMLMap, key: string): YAMLMap {
  const found = nodeAt(map, key);
  if (isMap(found)) return found;
  const created = new YAMLMap();
  setNode(template, map, key, created);
  return created;
}

function seqAt(template: TemplateDocument, map: YAMLMap, key: string): YAMLSeq {
  const found = nodeAt(map, key);
  if (isSeq(found)) return found;
  const created = new YAMLSeq();
  setNode(template, map, key, created);
  return created;
}

function setNode(template: TemplateDocument, map: YAMLMap, key: string, value: Node): void {
  const pair = map.items.find((item) => String(plainValue(item.key)) === key);
  if (pair !== undefined) pair.value = value;
  else map.items.push(new Pair(node(template, key), value));
}
