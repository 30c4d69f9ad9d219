// The problem+json part of `generate --format openapi`: the shared Problem schema and examples, and the error
// responses that refer to them (issue 24, item 1).
import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { STANDARD_MEMBERS } from '../../../src/catalog/mapped.js';
import {
  emitOpenApi,
  GATEWAY_RESPONSE_TYPES,
  gatewayResponses,
  type IntegrationResponsesModel,
  integrationResponses,
} from '../../../src/generate/index.js';
import { defaultCatalog, type ErrorCatalog, taggedErrorMessage } from '../../../src/index.js';
import { invokeNonProxy, respondGateway } from '../../../src/testing/index.js';
import {
  BARE_STATUSES_WITH_GATEWAY,
  bareOrdersCatalog,
  ordersCatalog,
} from '../../support/orders-catalog.js';
import { validateOpenApi } from '../../support/validate-openapi.js';

interface Example {
  summary: string;
  value: Record<string, unknown>;
}

interface Document {
  paths: Record<string, Record<string, { responses: Record<string, Record<string, unknown>> }>>;
  components: {
    schemas: Record<string, { required: string[]; properties: Record<string, unknown> }>;
    examples: Record<string, Example>;
  };
}

const catalog = ordersCatalog;

function modelOf(errorCatalog: ErrorCatalog, withGateway = true): IntegrationResponsesModel {
  const model = integrationResponses(errorCatalog);
  return withGateway ? { ...model, gatewayResponses: gatewayResponses(errorCatalog) } : model;
}

function documentOf(model: IntegrationResponsesModel): Document {
  return JSON.parse(emitOpenApi(model)) as Document;
}

function errorResponses(document: Document): [string, Record<string, unknown>][] {
  const responses = document.paths['/example']?.post?.responses ?? {};
  return Object.entries(responses).filter(([status]) => Number(status) >= 400);
}

/** The examples an error response refers to, resolved. */
function examplesOf(document: Document, response: Record<string, unknown>): Record<string, Example> {
  const media = (response.content as Record<string, { examples?: Record<string, { $ref: string }> }>)[
    'application/problem+json'
  ];
  return Object.fromEntries(
    Object.entries(media?.examples ?? {}).map(([name, { $ref }]) => {
      const target = $ref.replace('#/components/examples/', '');
      return [name, document.components.examples[target] as Example];
    }),
  );
}

describe('openapi: problem schemas and examples', () => {
  const document = documentOf(modelOf(catalog));

  it('is valid under @apidevtools/swagger-parser, every $ref resolved', () => {
    expect(validateOpenApi(document)).toEqual({ valid: true, message: 'valid' });
  });

  it('is rejected by the same validator when an example it refers to is missing', () => {
    const broken = structuredClone(document);
    delete broken.components.examples['Problem.OrderNotFound'];
    expect(validateOpenApi(broken).valid).toBe(false);
  });

  it('defines the RFC 9457 Problem schema once, with the members the library writes', () => {
    const schema = document.components.schemas.Problem;
    expect(schema?.required).toEqual(['type', 'title', 'detail']);
    expect(Object.keys(schema?.properties ?? {})).toEqual([...STANDARD_MEMBERS, 'gatewayResponseType']);
    expect(schema?.properties.gatewayResponseType).toMatchObject({
      enum: Object.keys(GATEWAY_RESPONSE_TYPES),
    });
  });

  it('describes every error status as application/problem+json referring to the shared schema', () => {
    const statuses = errorResponses(document).map(([status]) => status);
    expect(statuses).toEqual([...catalog.statuses.map(String)]);
    for (const [, response] of errorResponses(document)) {
      expect(response.content).toEqual({
        'application/problem+json': {
          schema: { $ref: '#/components/schemas/Problem' },
          examples: expect.any(Object),
        },
      });
    }
    expect(document.paths['/example']?.post?.responses['200']).not.toHaveProperty('content');
  });

  it('gives each catalog kind an example under its status, with its type, title and Retry-After seconds', () => {
    const notFound = examplesOf(document, document.paths['/example']?.post?.responses['404'] ?? {});
    expect(notFound['Problem.NotFound']?.value).toMatchObject({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
    });
    expect(notFound['Problem.OrderNotFound']?.value).toMatchObject({
      type: 'https://errors.example.com/order-not-found',
      title: 'Order not found',
      status: 404,
      detail: 'Order not found',
    });
    expect(notFound['Problem.gateway-RESOURCE_NOT_FOUND']?.value).toMatchObject({
      status: 404,
      gatewayResponseType: 'RESOURCE_NOT_FOUND',
    });
    const unavailable = examplesOf(document, document.paths['/example']?.post?.responses['503'] ?? {});
    expect(unavailable['Problem.PaymentsDown']?.value).toMatchObject({ status: 503, retryAfter: 30 });
  });

  it("lists API Gateway's own refusals under their statuses: 403, 413, 429, 504 and the rest", () => {
    const expected = Object.entries(GATEWAY_RESPONSE_TYPES).filter(([, status]) => status !== undefined);
    for (const [type, status] of expected) {
      const examples = examplesOf(
        document,
        document.paths['/example']?.post?.responses[String(status)] ?? {},
      );
      expect(examples[`Problem.gateway-${type}`]?.value).toMatchObject({ status, gatewayResponseType: type });
    }
    const timeout = examplesOf(document, document.paths['/example']?.post?.responses['504'] ?? {});
    expect(Object.keys(timeout)).toEqual([
      'Problem.GatewayTimeout',
      'Problem.timeout',
      'Problem.gateway-INTEGRATION_FAILURE',
      'Problem.gateway-INTEGRATION_TIMEOUT',
    ]);
  });

  it('answers a status only the Gateway Responses send with its headers and examples', () => {
    const gatewayOnly = documentOf(modelOf(bareOrdersCatalog));
    expect(validateOpenApi(gatewayOnly)).toEqual({ valid: true, message: 'valid' });
    const responses = gatewayOnly.paths['/example']?.post?.responses ?? {};
    expect(Object.keys(responses)).toEqual(BARE_STATUSES_WITH_GATEWAY);
    expect(responses['429']).toMatchObject({
      description: 'Too Many Requests',
      headers: { 'Content-Type': { required: false }, 'Retry-After': { required: false } },
    });
    expect(Object.keys(examplesOf(gatewayOnly, responses['429'] ?? {}))).toEqual([
      'Problem.gateway-QUOTA_EXCEEDED',
      'Problem.gateway-THROTTLED',
    ]);
  });

  it("gives no example for a Gateway Response whose template is not a JSON object (a user's own)", () => {
    const own = (template: string, contentType = 'application/json') => ({
      responseType: 'THROTTLED',
      statusCode: '429',
      responseParameters: {},
      responseTemplates: { [contentType]: template },
    });
    const base = integrationResponses(catalog);
    for (const template of ['{"message": $context.error.message}', '[1]', 'Slow down']) {
      const written = documentOf({ ...base, gatewayResponses: [own(template)] });
      expect(Object.keys(written.components.examples).some((name) => name.includes('gateway'))).toBe(false);
    }
    const json = documentOf({ ...base, gatewayResponses: [own('{"detail":$context.error.messageString}')] });
    expect(json.components.examples['Problem.gateway-THROTTLED']?.value).toEqual({
      detail: 'Too Many Requests',
    });
    const text = documentOf({ ...base, gatewayResponses: [own('{}', 'text/plain')] });
    expect(Object.keys(text.components.examples).some((name) => name.includes('gateway'))).toBe(false);
  });

  it('writes only the catalog statuses and no gateway examples without Gateway Responses', () => {
    const without = documentOf(modelOf(catalog, false));
    expect(errorResponses(without).map(([status]) => status)).toEqual(catalog.statuses.map(String));
    expect(Object.keys(without.components.examples).some((name) => name.includes('gateway'))).toBe(false);
  });
});

describe('openapi: the examples are the bodies clients receive', () => {
  const model = modelOf(catalog);
  const document = documentOf(model);
  const examples = document.components.examples;

  it.each(catalog.kinds.map((kind) => kind.kind))(
    '%s, thrown through middy and the generated responses',
    async (kind) => {
      const handler = middy(async (_event: unknown, _context: Context) => {
        throw catalog.error(kind as 'OrderNotFound');
      }).use(taggedErrorMessage({ catalog, logger: false }));
      const response = await invokeNonProxy({ handler, event: {}, integration: model });
      const body = JSON.parse(response.body) as Record<string, unknown>;
      expect(body).toEqual({ ...examples[`Problem.${kind}`]?.value, requestId: body.requestId });
    },
  );

  it('the catch-all, for a crash', async () => {
    const crash = async () => {
      throw new TypeError('secret table name undefined');
    };
    const requestId = examples['Problem.catch-all']?.value.requestId as string;
    const response = await invokeNonProxy({ handler: crash, event: {}, integration: model, requestId });
    expect(JSON.parse(response.body)).toEqual(examples['Problem.catch-all']?.value);
  });

  it('the timeout, for a function that runs past its timeout', async () => {
    const never = () => new Promise<never>(() => {});
    const requestId = examples['Problem.timeout']?.value.requestId as string;
    const response = await invokeNonProxy({
      handler: never,
      event: {},
      integration: model,
      requestId,
      timeoutSeconds: 0.01,
    });
    expect(response.statusCode).toBe(504);
    expect(JSON.parse(response.body)).toEqual(examples['Problem.timeout']?.value);
  });

  it.each(Object.keys(GATEWAY_RESPONSE_TYPES).filter((type) => !type.startsWith('DEFAULT')))(
    '%s, rendered by the Gateway Response emulator',
    (type) => {
      const example = examples[`Problem.gateway-${type}`]?.value;
      const response = respondGateway(model.gatewayResponses ?? [], {
        responseType: type,
        requestId: example?.requestId as string,
      });
      expect(JSON.parse(response.body)).toEqual(example);
    },
  );
});

describe('openapi: size', () => {
  it('writes each example body once, in components: the responses only refer to them', () => {
    const text = emitOpenApi(modelOf(defaultCatalog));
    const document = JSON.parse(text) as Document;
    const names = Object.keys(document.components.examples);
    expect(names.length).toBeGreaterThan(30);
    expect(text.split('"summary":').length - 1).toBe(names.length);
    expect(text.split('"gatewayResponseType": "THROTTLED"').length - 1).toBe(1);
  });
});
