import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { defineErrorCatalog } from '../../src/catalog/default-catalog.js';
import {
  ACCESS_LOG_FORMAT,
  cloudFormationGatewayResponses,
  gatewayResponses,
} from '../../src/generate/index.js';
import LambdaErrorMapPlugin from '../../src/serverless/index.js';
import type { ServerlessLike } from '../../src/serverless/serverless-types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const ordersCatalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
  OutOfStock: { status: 409, title: 'Out of stock' },
});
const REST_API = { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'dev-orders' } };

class FrameworkError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface Setup {
  readonly lambdaErrorMap?: Record<string, unknown>;
  readonly compiled?: Record<string, unknown>;
  readonly resources?: Record<string, unknown>;
  readonly logs?: Record<string, unknown>;
  readonly functions?: ServerlessLike['service']['functions'];
}

/** The plugin's two hooks, run in the framework's order, on a service with one proxy http event. */
async function packaged(setup: Setup = {}) {
  const logged: string[] = [];
  const compiled: Record<string, unknown> = setup.compiled ?? { ApiGatewayRestApi: REST_API };
  const provider: NonNullable<ServerlessLike['service']['provider']> = {
    compiledCloudFormationTemplate: { Resources: compiled },
    ...(setup.logs ? { logs: setup.logs } : {}),
  };
  const serverless: ServerlessLike = {
    service: {
      custom: { lambdaErrorMap: { catalog: 'orders-catalog.mjs', ...setup.lambdaErrorMap } },
      functions: setup.functions ?? { orders: { events: [{ http: { path: 'orders', method: 'get' } }] } },
      provider,
      resources: setup.resources ? { Resources: setup.resources } : null,
    },
    serviceDir: FIXTURES,
    classes: { Error: FrameworkError },
  };
  const plugin = new LambdaErrorMapPlugin(serverless, {}, { log: { verbose: (line) => logged.push(line) } });
  await plugin.hooks['before:package:compileEvents']?.();
  await plugin.hooks['after:package:compileEvents']?.();
  return { compiled, logged, provider };
}

function gatewayResources(resources: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(resources).filter(
      ([, resource]) => (resource as { Type: string }).Type === 'AWS::ApiGateway::GatewayResponse',
    ),
  );
}

describe('LambdaErrorMapPlugin: Gateway Responses', () => {
  it('adds every Gateway Response on ApiGatewayRestApi, with nothing configured beyond the catalog', async () => {
    const { compiled, logged } = await packaged();
    expect(gatewayResources(compiled)).toEqual(
      cloudFormationGatewayResponses(gatewayResponses(ordersCatalog), { Ref: 'ApiGatewayRestApi' }),
    );
    expect(Object.keys(gatewayResources(compiled))).toHaveLength(21);
    expect(logged).toContain('lambda-error-map: added 21 Gateway Responses to ApiGatewayRestApi');
  });

  it('uses corsOrigin and the gatewayResponses options', async () => {
    const { compiled } = await packaged({
      lambdaErrorMap: {
        corsOrigin: 'https://app.example.com',
        gatewayResponses: { corsAllowHeaders: ['Content-Type'], throttledRetryAfterSeconds: 2 },
      },
    });
    const options = {
      corsOrigin: 'https://app.example.com',
      corsAllowHeaders: ['Content-Type'],
      throttledRetryAfterSeconds: 2,
    };
    expect(gatewayResources(compiled)).toEqual(
      cloudFormationGatewayResponses(gatewayResponses(ordersCatalog, options), { Ref: 'ApiGatewayRestApi' }),
    );
  });

  it('takes a list of origins for a proxy service: the Gateway Responses then send no CORS header', async () => {
    const corsOrigin = ['https://app.example.com', 'https://admin.example.com'];
    const { compiled } = await packaged({ lambdaErrorMap: { corsOrigin } });
    const added = gatewayResources(compiled);
    expect(added).toEqual(
      cloudFormationGatewayResponses(gatewayResponses(ordersCatalog, { corsOrigin }), {
        Ref: 'ApiGatewayRestApi',
      }),
    );
    expect(JSON.stringify(added)).not.toContain('Access-Control-Allow-Origin');
  });

  it('refuses a list of origins once a non-proxy (integration: lambda) event needs integration responses', async () => {
    const corsOrigin = ['https://app.example.com', 'https://admin.example.com'];
    const functions = {
      orders: { events: [{ http: { path: 'orders', method: 'post', integration: 'lambda' } }] },
    };
    await expect(packaged({ lambdaErrorMap: { corsOrigin }, functions })).rejects.toThrow(
      /^lambda-error-map: custom\.lambdaErrorMap\.corsOrigin must be one origin or "\*" for non-proxy integration responses, got 2/,
    );
  });

  it('checks each origin of a list even where no integration response is written', async () => {
    await expect(
      packaged({ lambdaErrorMap: { corsOrigin: ['https://app.example.com', 'app.example.com'] } }),
    ).rejects.toThrow(/corsOrigin must be a non-empty origin such as/);
  });

  it('keeps a GatewayResponse the user defined for the same type, and says so at verbose level', async () => {
    const mine = {
      Type: 'AWS::ApiGateway::GatewayResponse',
      Properties: {
        RestApiId: { Ref: 'ApiGatewayRestApi' },
        ResponseType: 'UNAUTHORIZED',
        StatusCode: '401',
      },
    };
    const { compiled, logged } = await packaged({ resources: { MyUnauthorized: mine } });
    const added = gatewayResources(compiled);
    expect(Object.keys(added)).toHaveLength(20);
    expect(
      Object.values(added).map(
        (r) => (r as { Properties: { ResponseType: string } }).Properties.ResponseType,
      ),
    ).not.toContain('UNAUTHORIZED');
    expect(logged).toContain('lambda-error-map: kept your GatewayResponse for UNAUTHORIZED');
    expect(logged).toContain('lambda-error-map: added 20 Gateway Responses to ApiGatewayRestApi');
  });

  it('keeps one another plugin already compiled', async () => {
    const other = { Type: 'AWS::ApiGateway::GatewayResponse', Properties: { ResponseType: 'DEFAULT_4XX' } };
    const { compiled } = await packaged({
      compiled: { ApiGatewayRestApi: REST_API, GatewayResponseDefault4XX: other },
    });
    expect(compiled.GatewayResponseDefault4XX).toBe(other);
  });

  it('adds nothing with gatewayResponses: false, or without a REST API (httpApi only)', async () => {
    const off = await packaged({ lambdaErrorMap: { gatewayResponses: false } });
    expect(gatewayResources(off.compiled)).toEqual({});
    expect(off.logged).toContain(
      'lambda-error-map: Gateway Responses turned off (custom.lambdaErrorMap.gatewayResponses: false)',
    );
    const httpApiOnly = await packaged({ compiled: { HttpApi: { Type: 'AWS::ApiGatewayV2::Api' } } });
    expect(gatewayResources(httpApiOnly.compiled)).toEqual({});
    expect(httpApiOnly.logged).toContain(
      'lambda-error-map: no REST API in this service (no http events): no Gateway Responses added',
    );
  });

  it.each([
    [{ gatewayResponses: 'yes' }, /gatewayResponses must be true, false or an object/],
    [
      { gatewayResponses: { corsAllowCredentials: true } },
      /^lambda-error-map: custom\.lambdaErrorMap\.gatewayResponses\.corsAllowCredentials needs custom\.lambdaErrorMap\.corsOrigin; set it too$/,
    ],
    [{ accessLogFormat: 'json' }, /accessLogFormat must be true or false, got "json"/],
  ])('stops the build on a bad option %j', async (lambdaErrorMap, message) => {
    await expect(packaged({ lambdaErrorMap })).rejects.toThrow(message);
  });
});

describe('LambdaErrorMapPlugin: access-log format (opt-in)', () => {
  it('leaves provider.logs alone unless accessLogFormat: true', async () => {
    const { provider } = await packaged();
    expect(provider.logs).toBeUndefined();
  });

  it.each([
    [undefined, { format: ACCESS_LOG_FORMAT }],
    [{ restApi: true }, { format: ACCESS_LOG_FORMAT }],
    [{ restApi: { executionLogging: false } }, { executionLogging: false, format: ACCESS_LOG_FORMAT }],
  ])('sets the JSON format on provider.logs %j', async (logs, restApi) => {
    const { provider, logged } = await packaged({
      lambdaErrorMap: { accessLogFormat: true },
      ...(logs ? { logs } : {}),
    });
    expect(provider.logs?.restApi).toEqual(restApi);
    expect(logged).toContain(
      'lambda-error-map: provider.logs.restApi.format set to the JSON access-log format',
    );
  });

  it.each([
    [{ restApi: { format: '$context.requestId' } }],
    [{ restApi: { accessLogging: false } }],
    [{ restApi: false }],
  ])("keeps the user's choice %j", async (logs) => {
    const { provider, logged } = await packaged({ lambdaErrorMap: { accessLogFormat: true }, logs });
    expect(provider.logs).toEqual(logs);
    expect(logged).toContain(
      'lambda-error-map: kept your provider.logs.restApi (own format, or access logging off)',
    );
  });

  it('is one JSON object per line whose every value is a $context variable', () => {
    const parsed = JSON.parse(ACCESS_LOG_FORMAT);
    expect(ACCESS_LOG_FORMAT).not.toContain('\n');
    for (const value of Object.values(parsed)) expect(value).toMatch(/^\$context\.[A-Za-z.]+$/);
    expect(parsed).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
      responseType: '$context.error.responseType',
      errorMessage: '$context.error.message',
      integrationErrorMessage: '$context.integrationErrorMessage',
      integrationStatus: '$context.integration.status',
      integrationLatency: '$context.integration.latency',
      integrationRequestId: '$context.integration.requestId',
    });
  });
});
