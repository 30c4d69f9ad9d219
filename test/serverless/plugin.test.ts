import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { defineErrorCatalog } from '../../src/catalog/index.js';
import { type IntegrationResponsesModel, integrationResponses } from '../../src/generate/index.js';
import LambdaErrorMapPlugin, {
  type HttpEventConfig,
  LambdaErrorMapPluginError,
  type ServerlessLike,
  type StatusCodeConfig,
} from '../../src/serverless/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** The same catalog as fixtures/orders-catalog.mjs, built here to state what the plugin must write. */
const ordersCatalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
  OutOfStock: { status: 409, title: 'Out of stock' },
});

/** What the model says, in serverless.yml's words: the plugin's output must carry exactly this. */
function expectedStatusCodes(model: IntegrationResponsesModel): Record<string, StatusCodeConfig> {
  const statusCodes: Record<string, StatusCodeConfig> = {};
  for (const response of model.integrationResponses) {
    const headers = Object.fromEntries(
      Object.entries(response.responseParameters).map(([name, value]) => [
        name.replace(/^method\.response\.header\./, ''),
        value,
      ]),
    );
    statusCodes[response.statusCode] = {
      pattern: response.selectionPattern ?? '',
      template: { ...response.responseTemplates },
      ...(Object.keys(headers).length > 0 ? { headers } : {}),
    };
  }
  return statusCodes;
}

class FrameworkError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ServerlessError';
  }
}

interface Harness {
  readonly serverless: ServerlessLike;
  readonly plugin: LambdaErrorMapPlugin;
  readonly logged: string[];
  readonly schemas: Record<string, unknown>[];
  run(): Promise<void>;
}

function harness(
  functions: Record<string, { events: unknown[] }>,
  custom: Record<string, unknown> = { lambdaErrorMap: { catalog: 'orders-catalog.mjs' } },
): Harness {
  const logged: string[] = [];
  const schemas: Record<string, unknown>[] = [];
  const serverless: ServerlessLike = {
    service: { custom, functions },
    serviceDir: FIXTURES,
    classes: { Error: FrameworkError },
    configSchemaHandler: { defineCustomProperties: (schema) => schemas.push(schema) },
  };
  const plugin = new LambdaErrorMapPlugin(serverless, {}, { log: { verbose: (line) => logged.push(line) } });
  const hook = plugin.hooks['before:package:compileEvents'];
  if (!hook) throw new Error('the plugin registers no before:package:compileEvents hook');
  return { serverless, plugin, logged, schemas, run: hook };
}

function lambdaEvent(http: Partial<HttpEventConfig> = {}): { http: HttpEventConfig } {
  return { http: { path: 'orders/{id}', method: 'get', integration: 'lambda', ...http } };
}

async function failure(run: () => Promise<void>): Promise<FrameworkError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof FrameworkError) return error;
    throw error;
  }
  throw new Error('the build was expected to stop, and it did not');
}

describe('LambdaErrorMapPlugin: non-proxy http events', () => {
  it('fills response.statusCodes of an integration: lambda event from the catalog module', async () => {
    const event = lambdaEvent();
    const { run } = harness({ getOrder: { events: [event] } });

    await run();

    expect(event.http.response).toEqual({
      statusCodes: expectedStatusCodes(integrationResponses(ordersCatalog)),
    });
    const statuses = new Set(['200', ...ordersCatalog.statuses.map(String), '500', '504']);
    expect(Object.keys(event.http.response?.statusCodes ?? {}).sort()).toEqual([...statuses].sort());
    expect(ordersCatalog.statuses).toEqual(expect.arrayContaining([404, 409]));
  });

  it('passes the generator options through', async () => {
    const event = lambdaEvent();
    const options = { successStatus: 201, catchAllStatus: 502, corsOrigin: 'https://app.example.com' };
    const { run } = harness(
      { createOrder: { events: [event] } },
      { lambdaErrorMap: { catalog: './orders-catalog.mjs', ...options } },
    );

    await run();

    expect(event.http.response?.statusCodes).toEqual(
      expectedStatusCodes(integrationResponses(ordersCatalog, options)),
    );
  });

  it('configures the aliases of the lambda integration and no other event', async () => {
    const aws = lambdaEvent({ integration: 'AWS' });
    const upper = lambdaEvent({ integration: 'LAMBDA' });
    const untouched = [
      { http: 'GET orders' },
      { http: { path: 'orders', method: 'get' } },
      { http: { path: 'orders', method: 'get', integration: 'lambda-proxy' } },
      { http: { path: 'orders', method: 'get', integration: 'lambda', async: true } },
      { httpApi: { path: '/orders', method: 'get' } },
      { sqs: 'arn:aws:sqs:us-east-1:123456789012:orders' },
    ];
    const before = structuredClone(untouched);
    const { run, logged } = harness({ a: { events: [aws, ...untouched] }, b: { events: [upper] } });

    await run();

    expect(untouched).toEqual(before);
    expect(aws.http.response?.statusCodes?.['404']).toBeDefined();
    expect(upper.http.response?.statusCodes?.['404']).toBeDefined();
    expect(logged).toEqual(['lambda-error-map: configured 2 integration: lambda events']);
  });

  it('says so when no event needed it', async () => {
    const { run, logged } = harness({ proxyOnly: { events: [{ http: { path: 'x', method: 'get' } }] } });

    await run();

    expect(logged).toEqual(['lambda-error-map: configured 0 integration: lambda events']);
  });

  it('configures each event once, however often the hook runs', async () => {
    const event = lambdaEvent();
    const { run, logged } = harness({ getOrder: { events: [event] } });

    await run();
    const first = structuredClone(event.http.response);
    await run();

    expect(event.http.response).toEqual(first);
    expect(logged).toHaveLength(1);
  });

  it('registers the schema of custom.lambdaErrorMap with the framework', () => {
    const { schemas } = harness({});

    expect(schemas).toHaveLength(1);
    expect(JSON.stringify(schemas[0])).toContain('"required":["catalog"]');
  });
});

const generated = expectedStatusCodes(integrationResponses(ordersCatalog));

describe('LambdaErrorMapPlugin: merging with what the user declared', () => {
  it("keeps the user's success entry, its template and headers, and the response-wide headers", async () => {
    const success = { pattern: '', template: '{"id": $input.json("$.id")}', headers: { 'X-Version': "'2'" } };
    const event = lambdaEvent({
      response: { headers: { 'Cache-Control': "'no-store'" }, statusCodes: { 200: success } },
    });
    const { run } = harness({ getOrder: { events: [event] } });

    await run();

    expect(event.http.response).toEqual({
      headers: { 'Cache-Control': "'no-store'" },
      statusCodes: { ...generated, 200: success },
    });
  });

  it('keeps a success entry declared without a pattern, under its own status', async () => {
    const event = lambdaEvent({ response: { statusCodes: { 201: { template: "$input.json('$')" } } } });
    const { run } = harness({ createOrder: { events: [event] } });

    await run();

    const { 200: _generatedSuccess, ...errors } = generated;
    expect(event.http.response?.statusCodes).toEqual({
      ...errors,
      201: { pattern: '', template: "$input.json('$')" },
    });
  });

  it('moves the response-wide template into the success entry so that error responses do not get it', async () => {
    const event = lambdaEvent({ response: { template: '$input.path("$.order")' } });
    const { run } = harness({ getOrder: { events: [event] } });

    await run();

    expect(event.http.response).toEqual({
      statusCodes: {
        ...generated,
        200: { ...generated['200'], template: { 'application/json': '$input.path("$.order")' } },
      },
    });
  });

  it("keeps the success entry's own template over the response-wide one, as the framework would", async () => {
    const event = lambdaEvent({
      response: { template: 'response-wide', statusCodes: { 200: { pattern: '', template: 'own' } } },
    });
    const { run } = harness({ getOrder: { events: [event] } });

    await run();

    expect(event.http.response?.template).toBeUndefined();
    expect(event.http.response?.statusCodes?.['200']).toEqual({
      pattern: '',
      template: { 'application/json': 'own' },
    });
    expect(event.http.response?.statusCodes?.['404']).toEqual(generated['404']);
  });

  it('accepts a status the user declared with the very pattern the catalog routes, keeping their headers', async () => {
    const pattern = generated['404']?.pattern;
    const event = lambdaEvent({
      response: { statusCodes: { 404: { pattern, headers: { 'X-Reason': "'missing'" } } } },
    });
    const { run } = harness({ getOrder: { events: [event] } });

    await run();

    expect(event.http.response?.statusCodes?.['404']).toEqual({
      ...generated['404'],
      headers: { ...generated['404']?.headers, 'X-Reason': "'missing'" },
    });
  });
});

describe('LambdaErrorMapPlugin: stopping the build', () => {
  it('names the function, the route and the status when the user routes a catalog status otherwise', async () => {
    const conflicting = lambdaEvent({
      path: 'orders/{id}',
      method: 'get',
      response: { statusCodes: { 404: { pattern: '[\\s\\S]*\\[404\\][\\s\\S]*' } } },
    });
    const fine = lambdaEvent({ path: 'stock' });
    const { run } = harness({ getStock: { events: [fine] }, getOrder: { events: [conflicting] } });

    const error = await failure(run);

    expect(error.message).toBe(
      `lambda-error-map: function "getOrder", http event GET /orders/{id}: response.statusCodes.404 has pattern "[\\\\s\\\\S]*\\\\[404\\\\][\\\\s\\\\S]*", but the error catalog routes status 404 with pattern ${JSON.stringify(generated['404']?.pattern)}; remove statusCodes.404 (the plugin generates it) or change the catalog`,
    );
    expect(error.code).toBe('LAMBDA_ERROR_MAP_STATUS_CONFLICT');
    expect(fine.http.response).toBeUndefined();
  });

  it('refuses a user pattern for a status the catalog does not route: it would overlap the catch-all', async () => {
    const event = lambdaEvent({
      method: 'post',
      path: '/orders',
      response: { statusCodes: { 418: { pattern: 'teapot.+' } } },
    });
    const { run } = harness({ createOrder: { events: [event] } });

    const error = await failure(run);

    expect(error.message).toContain(
      'function "createOrder", http event POST /orders: response.statusCodes.418',
    );
    expect(error.message).toContain('add a kind with status 418 to the catalog');
  });

  it('refuses a success entry on a status the catalog uses for errors', async () => {
    const event = lambdaEvent({ response: { statusCodes: { 409: { pattern: '' } } } });
    const { run } = harness({ getOrder: { events: [event] } });

    const error = await failure(run);

    expect(error.message).toContain('response.statusCodes.409 is declared as the success (default) response');
  });

  it('refuses two success entries', async () => {
    const event = lambdaEvent({ response: { statusCodes: { 200: {}, 201: { pattern: '' } } } });
    const { run } = harness({ getOrder: { events: [event] } });

    const error = await failure(run);

    expect(error.message).toContain('response.statusCodes 200 and 201 both have no pattern');
  });

  it('reports a catalog path that does not exist, resolved against the service directory', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'build/missing.js' } });

    const error = await failure(run);

    expect(error.message).toContain(`${join(FIXTURES, 'build/missing.js')} does not exist`);
    expect(error.code).toBe('LAMBDA_ERROR_MAP_CATALOG_NOT_FOUND');
  });

  it('reports a module that exports no catalog, listing what it does export', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'no-catalog.mjs' } });

    const error = await failure(run);

    expect(error.message).toContain('has no error catalog in a default export or an export named "catalog"');
    expect(error.message).toContain('its exports: notACatalog, version');
  });

  it('reads the export named by catalogExport', async () => {
    const event = lambdaEvent();
    const { run } = harness(
      { getOrder: { events: [event] } },
      { lambdaErrorMap: { catalog: 'named-catalog.mjs', catalogExport: 'ordersCatalog' } },
    );

    await run();

    expect(Object.keys(event.http.response?.statusCodes ?? {}).sort()).toEqual(['200', '404', '500', '504']);
  });

  it('reports an invalid catalog with the reason the catalog gave', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'invalid-catalog.mjs' } });

    const error = await failure(run);

    expect(error.message).toMatch(
      /^lambda-error-map: custom\.lambdaErrorMap\.catalog: could not load .*invalid-catalog\.mjs: .*Teapot/,
    );
    expect(error.code).toBe('LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED');
  });

  it('throws its own error, with a code, where the framework offers no error class', async () => {
    const plugin = new LambdaErrorMapPlugin({ service: { custom: {}, functions: {} }, serviceDir: FIXTURES });

    const thrown = await plugin.configureHttpEvents().then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(thrown).toBeInstanceOf(LambdaErrorMapPluginError);
    expect((thrown as LambdaErrorMapPluginError).code).toBe('LAMBDA_ERROR_MAP_MISSING_CONFIG');
  });

  it('reports missing configuration, unknown options and invalid generator options', async () => {
    const missing = await failure(harness({}, {}).run);
    const unknown = await failure(
      harness({}, { lambdaErrorMap: { catalog: 'orders-catalog.mjs', catchAll: 500 } }).run,
    );
    const invalid = await failure(
      harness({}, { lambdaErrorMap: { catalog: 'orders-catalog.mjs', timeoutStatus: 200 } }).run,
    );

    expect(missing.message).toContain('custom.lambdaErrorMap is missing');
    expect(unknown.message).toContain('unknown option(s) catchAll');
    expect(invalid.message).toContain('timeoutStatus must be an integer from 400 to 599');
  });
});
