/**
 * The problem+json part of an OpenAPI document: the shared `Problem` schema and examples, and what each error
 * response of an operation says about its body. Operations refer to the shared parts by `$ref`; the responses
 * themselves stay inline, because API Gateway's import does not resolve a response `$ref` (its "important notes
 * for REST APIs") and builds each method response, headers included, from the operation's own responses.
 */

import { PROBLEM_CONTENT_TYPE } from '../../contract/wire.js';
import { GATEWAY_RESPONSE_TYPE_MEMBER, GATEWAY_RESPONSE_TYPES } from '../gateway-responses.js';
import type { IntegrationResponsesModel, ProblemExampleModel } from '../model.js';
import { gatewayProblemExamples } from '../problem-examples.js';

/** Which OpenAPI: Swagger 2.0 (`definitions`, `schema` and `produces`) or OpenAPI 3.0 / 3.1 (`components`, `content`). */
export type OpenApiVersion = '2.0' | '3.0' | '3.1';

export const PROBLEM_SCHEMA_NAME = 'Problem';

/** The start of the description of the `Problem` schema the generator writes: it may replace that one, not another. */
export const PROBLEM_SCHEMA_MARK = 'RFC 9457 problem details, as lambda-error-map writes them';

const PROBLEM_SCHEMA_DESCRIPTION = `${PROBLEM_SCHEMA_MARK} (application/problem+json). Members not listed here are the error's extensions.`;

/** The version of an OpenAPI document from its `openapi` / `swagger` member. */
export function openApiVersionOf(document: { openapi?: unknown; swagger?: unknown }): OpenApiVersion {
  if (String(document.swagger) === '2.0') return '2.0';
  return /^3\.1\./.test(String(document.openapi)) ? '3.1' : '3.0';
}

export function problemSchemaRef(version: OpenApiVersion): string {
  return version === '2.0'
    ? `#/definitions/${PROBLEM_SCHEMA_NAME}`
    : `#/components/schemas/${PROBLEM_SCHEMA_NAME}`;
}

/**
 * The members both middlewares, the response templates and the Gateway Responses write. Only keywords every
 * version and API Gateway's models (JSON Schema draft 4, no `additionalProperties`, `anyOf`, `oneOf` or
 * `example`) read alike; a `null` detail (a Lambda authorizer's failure has no message) is said the way each
 * version says it.
 */
export function problemSchema(version: OpenApiVersion): Record<string, unknown> {
  const nullableString =
    version === '3.1'
      ? { type: ['string', 'null'] }
      : version === '3.0'
        ? { type: 'string', nullable: true }
        : { type: 'string', 'x-nullable': true };
  return {
    type: 'object',
    description: PROBLEM_SCHEMA_DESCRIPTION,
    required: ['type', 'title', 'detail'],
    properties: {
      type: {
        type: 'string',
        description: 'URI reference naming the kind of problem; about:blank when the status says it all.',
      },
      title: { type: 'string', description: 'Short summary of the kind, the same for every occurrence.' },
      status: {
        type: 'integer',
        minimum: 400,
        maximum: 599,
        description: "The HTTP status; absent only from API Gateway's DEFAULT_4XX and DEFAULT_5XX responses.",
      },
      detail: {
        ...nullableString,
        description:
          "This occurrence, in words; the title again when the error's own text is not shown (5xx); API Gateway's own message in its refusals.",
      },
      instance: {
        type: 'string',
        description: 'URI reference of this occurrence (proxy integrations, when set).',
      },
      requestId: { type: 'string', description: 'The request id, to find the logs of this occurrence.' },
      retryAfter: {
        type: 'integer',
        minimum: 0,
        description: 'Seconds to wait before retrying, also sent as the Retry-After header.',
      },
      [GATEWAY_RESPONSE_TYPE_MEMBER]: {
        type: 'string',
        enum: Object.keys(GATEWAY_RESPONSE_TYPES),
        description: 'Set when API Gateway refused the request itself: the Gateway Response type.',
      },
    },
  };
}

/** Every example of the model (the catalog's and its Gateway Responses'), by status, in model order. */
export function problemExamplesByStatus(
  model: IntegrationResponsesModel,
): Map<string, ProblemExampleModel[]> {
  const byStatus = new Map<string, ProblemExampleModel[]>();
  const all = [...(model.problemExamples ?? []), ...gatewayProblemExamples(model.gatewayResponses ?? [])];
  for (const example of all) {
    const list = byStatus.get(example.statusCode);
    if (list === undefined) byStatus.set(example.statusCode, [example]);
    else list.push(example);
  }
  return byStatus;
}

/** `components.examples` of an OpenAPI 3 document: every example once, by name. */
export function problemExampleComponents(
  examples: ReadonlyMap<string, readonly ProblemExampleModel[]>,
): Record<string, unknown> {
  const components: Record<string, unknown> = {};
  for (const list of examples.values()) {
    for (const example of list) components[example.name] = { summary: example.summary, value: example.value };
  }
  return components;
}

/**
 * What an error response says about its body: OpenAPI 3's `content` (the schema and each example by `$ref`), or
 * Swagger 2's `schema` and `examples` (one example inline, the first: Swagger 2 has no shared examples).
 */
export function problemBody(
  version: OpenApiVersion,
  examples: readonly ProblemExampleModel[],
): Record<string, unknown> {
  const schema = { $ref: problemSchemaRef(version) };
  if (version === '2.0') {
    const [first] = examples;
    return { schema, ...(first === undefined ? {} : { examples: { [PROBLEM_CONTENT_TYPE]: first.value } }) };
  }
  const refs = Object.fromEntries(
    examples.map((example) => [example.name, { $ref: `#/components/examples/${example.name}` }]),
  );
  return {
    content: {
      [PROBLEM_CONTENT_TYPE]: { schema, ...(examples.length > 0 ? { examples: refs } : {}) },
    },
  };
}
