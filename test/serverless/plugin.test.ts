import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { defineErrorCatalog } from '../../src/catalog/default-catalog.js';
import {
  type HttpEventConfig,
  type LambdaHttpEvent,
  lambdaHttpEvents,
  type StatusCodeConfig,
} from '../../src/existing-api/serverless-events.js';
import {
  guardSuccessTemplate,
  type IntegrationResponsesModel,
  integrationResponses,
} from '../../src/generate/index.js';
import LambdaErrorMapPlugin, { LambdaErrorMapPluginError } from '../../src/serverless/index.js';
import { mergeResponse } from '../../src/serverless/merge-response.js';
import type { ServerlessLike } from '../../src/serverless/serverless-types.js';
import { lambdaErrorPayload, respondNonProxy } from '../../src/testing/index.js';

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
  functions: ServerlessLike['service']['functions'],
  custom: Record<string, unknown> = { lambdaErrorMap: { catalog: 'orders-catalog.mjs' } },
  where: Pick<ServerlessLike, 'serviceDir' | 'config'> = { serviceDir: FIXTURES },
): Harness {
  const logged: string[] = [];
  const schemas: Record<string, unknown>[] = [];
  const serverless: ServerlessLike = {
    service: { custom, functions },
    ...where,
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
      statusCodes: {
        ...generated,
        200: { ...success, template: { 'application/json': guardSuccessTemplate(success.template) } },
      },
    });
  });

  it('keeps a success entry declared without a pattern, under its own status', async () => {
    const event = lambdaEvent({ response: { statusCodes: { 201: { template: "$input.json('$')" } } } });
    const { run } = harness({ createOrder: { events: [event] } });

    await run();

    const { 200: _generatedSuccess, ...errors } = generated;
    expect(event.http.response?.statusCodes).toEqual({
      ...errors,
      201: { pattern: '', template: { 'application/json': guardSuccessTemplate("$input.json('$')") } },
    });
  });

  it('moves the response-wide template into the success entry so that error responses do not get it', async () => {
    const event = lambdaEvent({ response: { template: '$input.path("$.order")' } });
    const { run } = harness({ getOrder: { events: [event] } });

    await run();

    expect(event.http.response).toEqual({
      statusCodes: {
        ...generated,
        200: {
          ...generated['200'],
          template: { 'application/json': guardSuccessTemplate('$input.path("$.order")') },
        },
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
      template: { 'application/json': guardSuccessTemplate('own') },
    });
    expect(event.http.response?.statusCodes?.['404']).toEqual(generated['404']);
  });

  it("guards every success template it writes, so an error with an empty message gets the catch-all's answer", async () => {
    const events = [
      lambdaEvent({
        response: {
          statusCodes: { 200: { pattern: '', template: { 'application/json': 'own', 'text/plain': 'txt' } } },
        },
      }),
      lambdaEvent({ response: { statusCodes: { 201: { pattern: '', headers: { 'X-A': "'1'" } } } } }),
      lambdaEvent({ response: { template: '{"order": $input.json(\'$.order\')}' } }),
      lambdaEvent(),
    ];
    const { run } = harness(
      { f: { events } },
      { lambdaErrorMap: { catalog: 'orders-catalog.mjs', catchAllStatus: 502 } },
    );

    await run();

    const successOf = (event: HttpEventConfig) =>
      Object.entries(event.response?.statusCodes ?? {}).find(([, entry]) => entry.pattern === '');
    expect(successOf(events[0]?.http as HttpEventConfig)?.[1].template).toEqual({
      'application/json': guardSuccessTemplate('own', 502),
      'text/plain': guardSuccessTemplate('txt', 502),
    });
    expect(successOf(events[1]?.http as HttpEventConfig)?.[1].template).toEqual({
      'application/json': guardSuccessTemplate("$input.json('$')", 502),
    });
    for (const event of events.slice(2)) {
      const [status, entry] = successOf(event.http) as [string, StatusCodeConfig];
      const template = (entry.template as Record<string, string>)['application/json'] as string;
      const response = respondNonProxy({
        outcome: {
          kind: 'error',
          payload: lambdaErrorPayload(Object.assign(new Error(''), { stack: 'secret' })),
        },
        integration: {
          integrationResponses: [
            {
              statusCode: status,
              selectionPattern: undefined,
              responseTemplates: { 'application/json': template },
              responseParameters: {},
            },
          ],
          methodResponses: [{ statusCode: status, responseParameters: {} }],
        },
        requestId: 'r-1',
      });
      expect({ status: response.statusCode, body: JSON.parse(response.body) }).toEqual({
        status: 502,
        body: expect.objectContaining({ status: 502, requestId: 'r-1' }),
      });
    }
  });

  it("gives a status the user declared with the very pattern the catalog routes the catalog's template and headers", async () => {
    const pattern = generated['404']?.pattern;
    const event = lambdaEvent({
      response: {
        statusCodes: { 404: { pattern, template: 'own', headers: { 'X-Reason': "'missing'" } } },
      },
    });
    const { run } = harness({ getOrder: { events: [event] } });

    await run();

    expect(event.http.response?.statusCodes?.['404']).toEqual(generated['404']);
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
      `lambda-error-map: function "getOrder", http event GET /orders/{id}: response.statusCodes.404 has pattern "[\\\\s\\\\S]*\\\\[404\\\\][\\\\s\\\\S]*", but the error catalog routes status 404 with pattern ${JSON.stringify(generated['404']?.pattern)}; remove statusCodes.404 (the plugin generates it), change the catalog, or set custom.lambdaErrorMap.replace: true to replace it with the catalog's`,
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

  it("with replace: true, replaces the conflicting entries with the catalog's, keeps the success entry, and logs each", async () => {
    const success = { pattern: '', template: '{"id": $input.json("$.id")}' };
    const event = lambdaEvent({
      response: {
        statusCodes: {
          201: success,
          404: { pattern: '.*Not Found.*', template: 'old' },
          418: { pattern: 'teapot.+' },
        },
      },
    });
    const { run, logged } = harness(
      { getOrder: { events: [event] } },
      { lambdaErrorMap: { catalog: 'orders-catalog.mjs', replace: true } },
    );

    await run();

    const statusCodes = event.http.response?.statusCodes ?? {};
    const expected = expectedStatusCodes(integrationResponses(ordersCatalog));
    expect(statusCodes['404']).toEqual(expected['404']);
    expect(statusCodes['418']).toBeUndefined();
    expect(statusCodes['201']).toEqual({
      pattern: '',
      template: { 'application/json': guardSuccessTemplate(success.template) },
    });
    expect(logged).toEqual(
      expect.arrayContaining([
        'lambda-error-map: function "getOrder", http event GET /orders/{id}: replaced response.statusCodes.404 (pattern ".*Not Found.*") with the catalog\'s responses (replace: true)',
        'lambda-error-map: function "getOrder", http event GET /orders/{id}: replaced response.statusCodes.418 (pattern "teapot.+") with the catalog\'s responses (replace: true)',
      ]),
    );
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

  it('keeps what a catalog module prints while loading off standard output', async () => {
    const printed: unknown[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: unknown) => printed.push(chunk) > 0) as typeof process.stdout.write;
    try {
      const event = lambdaEvent();
      const { run } = harness(
        { f: { events: [event] } },
        { lambdaErrorMap: { catalog: 'prints-catalog.mjs' } },
      );
      await run();
      expect(Object.keys(event.http.response?.statusCodes ?? {})).toContain('404');
    } finally {
      process.stdout.write = write;
    }
    expect(printed).toEqual([]);
  });

  it('stops the build with a clear error when the catalog module calls process.exit() while loading', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'exits-catalog.mjs' } });

    const error = await failure(run);

    expect(error.message).toMatch(
      /^lambda-error-map: custom\.lambdaErrorMap\.catalog: catalog module .*exits-catalog\.mjs called process\.exit\(1\) while loading/,
    );
    expect(error.code).toBe('LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED');
  });

  it('stops the build with a clear error when a top-level await of the catalog module never settles', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'never-settles-catalog.mjs' } });
    process.env.LAMBDA_ERROR_MAP_CATALOG_TIMEOUT_MS = '200';
    let error: FrameworkError;
    try {
      error = await failure(run);
    } finally {
      delete process.env.LAMBDA_ERROR_MAP_CATALOG_TIMEOUT_MS;
    }

    expect(error.message).toMatch(/never-settles-catalog\.mjs did not finish loading within 0\.2 s/);
    expect(error.code).toBe('LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED');
  });

  it('reports a catalog path that does not exist, resolved against the service directory', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'build/missing.js' } });

    const error = await failure(run);

    expect(error.message).toContain(`catalog file not found: ${join(FIXTURES, 'build/missing.js')}`);
    expect(error.code).toBe('LAMBDA_ERROR_MAP_CATALOG_NOT_FOUND');
  });

  it('reports a module that exports no catalog, listing what it does export', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'no-catalog.mjs' } });

    const error = await failure(run);

    expect(error.message).toContain(
      'has no error catalog in an export named "catalog" or the default export',
    );
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
      /^lambda-error-map: custom\.lambdaErrorMap\.catalog: cannot load catalog module .*invalid-catalog\.mjs: .*Teapot/,
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

const EXAMPLE = 'custom: { lambdaErrorMap: { catalog: ./build/catalog.js } }';

describe('LambdaErrorMapPlugin: bad configuration stops the build with a clear message', () => {
  it.each([
    [
      'a string instead of an object',
      'orders-catalog.mjs',
      `custom.lambdaErrorMap must be an object such as ${EXAMPLE}, got "orders-catalog.mjs" (a string)`,
    ],
    [
      'a list instead of an object',
      ['orders-catalog.mjs'],
      `custom.lambdaErrorMap must be an object such as ${EXAMPLE}, got an array`,
    ],
    [
      'a catalog that is not a string',
      { catalog: 42 },
      `custom.lambdaErrorMap.catalog must be the path of a JavaScript module exporting your error catalog, relative to the service directory (${EXAMPLE}), got 42`,
    ],
    [
      'a blank catalog path',
      { catalog: '  ' },
      `custom.lambdaErrorMap.catalog must be the path of a JavaScript module exporting your error catalog, relative to the service directory (${EXAMPLE}), got "  " (a string)`,
    ],
    [
      'no catalog path at all',
      { catalogExport: 'catalog' },
      `custom.lambdaErrorMap.catalog must be the path of a JavaScript module exporting your error catalog, relative to the service directory (${EXAMPLE}), got undefined`,
    ],
    [
      'an empty catalogExport',
      { catalog: 'orders-catalog.mjs', catalogExport: '' },
      'custom.lambdaErrorMap.catalogExport must be the name of an export of the catalog module, got "" (a string)',
    ],
    [
      'a catalogExport that is not a string',
      { catalog: 'orders-catalog.mjs', catalogExport: true },
      'custom.lambdaErrorMap.catalogExport must be the name of an export of the catalog module, got true',
    ],
  ])('%s', async (_, config, message) => {
    const event = lambdaEvent();
    const { run } = harness({ getOrder: { events: [event] } }, { lambdaErrorMap: config });

    const error = await failure(run);

    expect(error.message).toBe(`lambda-error-map: ${message}`);
    expect(error.code).toBe('LAMBDA_ERROR_MAP_INVALID_CONFIG');
    expect(event.http.response).toBeUndefined();
  });

  it('reports a catalog module that throws something other than an Error, quoting what it threw', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'throws-string.mjs' } });

    const error = await failure(run);

    expect(error.message).toBe(
      `lambda-error-map: custom.lambdaErrorMap.catalog: cannot load catalog module ${join(FIXTURES, 'throws-string.mjs')}: catalog build not finished; point custom.lambdaErrorMap.catalog at a JavaScript module (compile TypeScript first) that exports the catalog made with defineErrorCatalog, or at a JSON file of kind definitions`,
    );
    expect(error.code).toBe('LAMBDA_ERROR_MAP_CATALOG_LOAD_FAILED');
  });

  it('names the export catalogExport asked for when it holds no catalog', async () => {
    const { run } = harness(
      {},
      { lambdaErrorMap: { catalog: 'named-catalog.mjs', catalogExport: 'default' } },
    );

    const error = await failure(run);

    expect(error.message).toBe(
      `lambda-error-map: custom.lambdaErrorMap.catalog: ${join(FIXTURES, 'named-catalog.mjs')} has no error catalog in an export named "default" (its exports: ordersCatalog): export it as "catalog" or as the default export, e.g. export const catalog = defineErrorCatalog({ OrderNotFound: { status: 404 } }); or name its export with custom.lambdaErrorMap.catalogExport`,
    );
    expect(error.code).toBe('LAMBDA_ERROR_MAP_INVALID_CATALOG');
  });

  it('says a module that exports nothing exports nothing', async () => {
    const { run } = harness({}, { lambdaErrorMap: { catalog: 'no-exports.mjs' } });

    const error = await failure(run);

    expect(error.message).toContain(
      'has no error catalog in an export named "catalog" or the default export (its exports: none)',
    );
  });

  it('stops when the framework gives no service directory to resolve the catalog path from', async () => {
    const { run } = harness({}, undefined, {});

    const error = await failure(run);

    expect(error.message).toBe(
      'lambda-error-map: the framework gave no service directory to resolve custom.lambdaErrorMap.catalog from; run the command inside a service',
    );
    expect(error.code).toBe('LAMBDA_ERROR_MAP_NO_SERVICE_DIR');
  });

  it('passes an unexpected failure on as it is, not as a configuration error', async () => {
    // `events` as a map instead of a list: the framework's own validation normally catches this first.
    const { run } = harness({ getOrder: { events: { http: lambdaEvent().http } as never } });

    const thrown = await run().then(
      () => undefined,
      (error: unknown) => error,
    );

    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).not.toBeInstanceOf(FrameworkError);
  });
});

describe('LambdaErrorMapPlugin: where the catalog and the service come from', () => {
  it('resolves the catalog against config.servicePath when the framework has no serviceDir (older releases)', async () => {
    const event = lambdaEvent();
    const { run } = harness({ getOrder: { events: [event] } }, undefined, {
      config: { servicePath: FIXTURES },
    });

    await run();

    expect(event.http.response?.statusCodes).toEqual(generated);
  });

  it('loads an absolute catalog path as it is, whatever the service directory', async () => {
    const event = lambdaEvent();
    const { run } = harness(
      { getOrder: { events: [event] } },
      { lambdaErrorMap: { catalog: join(FIXTURES, 'orders-catalog.mjs') } },
      { serviceDir: join(FIXTURES, 'elsewhere') },
    );

    await run();

    expect(event.http.response?.statusCodes).toEqual(generated);
  });

  it('runs without the framework log utility', async () => {
    const event = lambdaEvent();
    const plugin = new LambdaErrorMapPlugin({
      service: {
        custom: { lambdaErrorMap: { catalog: 'orders-catalog.mjs' } },
        functions: { f: { events: [event] } },
      },
      serviceDir: FIXTURES,
    });

    await plugin.configureHttpEvents();

    expect(event.http.response?.statusCodes).toEqual(generated);
  });

  it('configures a service that has no functions, or functions without events', async () => {
    const none = harness(undefined);
    const empty = harness({ noEvents: {}, nothing: null });

    await none.run();
    await empty.run();

    expect(none.logged).toEqual(['lambda-error-map: configured 0 integration: lambda events']);
    expect(empty.logged).toEqual(['lambda-error-map: configured 0 integration: lambda events']);
  });
});

describe('lambdaHttpEvents', () => {
  it('lists the non-proxy lambda events with their routes, and marks a missing method or path with ?', () => {
    const named = { path: 'orders/{id}', method: 'get', integration: 'lambda' };
    const unnamed = { integration: 'lambda' };

    expect(
      lambdaHttpEvents({
        a: null,
        b: {},
        c: { events: ['GET /orders', { http: 'GET /orders' }, { http: named }, { http: unnamed }] },
      }),
    ).toEqual([
      { functionName: 'c', route: 'GET /orders/{id}', http: named },
      { functionName: 'c', route: '? /?', http: unnamed },
    ]);
    expect(lambdaHttpEvents(undefined)).toEqual([]);
    expect(lambdaHttpEvents(null)).toEqual([]);
  });
});

describe('mergeResponse with a generated response of bare entries', () => {
  const event = (response?: HttpEventConfig['response']): LambdaHttpEvent => ({
    functionName: 'f',
    route: 'GET /x',
    http: { integration: 'lambda', ...(response ? { response } : {}) },
  });
  const bare = { statusCodes: { 200: { pattern: '' }, 500: { pattern: '.+' } } };

  it('copies entries without template or headers as they are, adding no empty maps', () => {
    expect(mergeResponse(event(), bare)).toStrictEqual({
      statusCodes: { 200: { pattern: '' }, 500: { pattern: '.+' } },
    });
  });

  it('keeps a user entry with the generated pattern bare when neither side has a template or headers', () => {
    const merged = mergeResponse(event({ statusCodes: { 500: { pattern: '.+' } } }), bare);

    expect(merged).toStrictEqual({ statusCodes: { 200: { pattern: '' }, 500: { pattern: '.+' } } });
  });

  it('gives a user entry with the generated pattern the generated entry, not its own template and headers', () => {
    const merged = mergeResponse(
      event({ statusCodes: { 500: { pattern: '.+', template: 'oops', headers: { 'X-A': "'1'" } } } }),
      bare,
    );

    expect(merged.statusCodes?.['500']).toStrictEqual({ pattern: '.+' });
  });

  it('refuses a user pattern on the generated success status instead of dropping it', () => {
    expect(() => mergeResponse(event({ statusCodes: { 200: { pattern: 'ok.+' } } }), bare)).toThrow(
      'response.statusCodes.200 has pattern "ok.+", which the error catalog does not route',
    );
  });
});
