/**
 * `serverless package` (serverless@3.40.0, offline, fake credentials) on the example service as a user copies
 * it (outside the repository, installed from the packed tarball), then every example case through the API
 * Gateway emulator configured with the very IntegrationResponses the framework wrote into CloudFormation.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { catalog } from '../../examples/serverless/catalog.js';
import { CRASH_SECRET, EXAMPLE_CASES, type ExampleCase } from '../../examples/serverless/orders.js';
import {
  cloudFormationGatewayResponses,
  gatewayResponses,
  integrationResponses,
} from '../../src/generate/index.js';
import {
  type AnyHandler,
  type CloudFormationIntegrationResponseInput,
  type CloudFormationMethodResponseInput,
  fromCloudFormation,
  invokeNonProxy,
} from '../../src/testing/index.js';
import { expectedStatus, namedMessages } from '../generate/corpus.js';
import type { ExampleCopy } from '../support/example-copy.js';
import { routeUnderJava } from '../support/java-regex.js';
import { zipEntryNames } from '../support/zip-entries.js';
import { prepareExampleService, ROOT, type RunResult, serverless } from './support/example-service.js';

interface MethodResource {
  readonly Type: string;
  readonly Properties: {
    readonly HttpMethod: string;
    readonly Integration: {
      readonly Type: string;
      readonly IntegrationResponses?: CloudFormationIntegrationResponseInput[];
    };
    readonly MethodResponses?: CloudFormationMethodResponseInput[];
  };
}

const PROBLEM_JSON = 'application/problem+json';
const SETUP_TIMEOUT_MS = 6 * 60 * 1000;

let service: ExampleCopy | undefined;
let packageDir: string;
let packaging: RunResult;
let methods: MethodResource[];
let resources: Record<string, { Type: string; Properties?: unknown }>;
let mappings: Record<string, unknown> | undefined;

function methodsOf(template: { Resources: Record<string, { Type: string }> }): MethodResource[] {
  return Object.values(template.Resources).filter(
    (resource): resource is MethodResource => resource.Type === 'AWS::ApiGateway::Method',
  );
}

function nonProxyMethod(): MethodResource {
  const found = methods.filter((method) => method.Properties.Integration.Type === 'AWS');
  if (found.length !== 1) throw new Error(`expected one non-proxy method, found ${found.length}`);
  return found[0] as MethodResource;
}

/** The non-proxy method's integration responses, their Fn::FindInMap templates read from the template's Mappings. */
function nonProxyIntegrationResponses(): CloudFormationIntegrationResponseInput[] {
  return (nonProxyMethod().Properties.Integration.IntegrationResponses ?? []).map((response) => {
    if (response.ResponseTemplates === undefined) return response;
    const [read] = fromCloudFormation({
      IntegrationResponses: [response],
      MethodResponses: [],
      Mappings: mappings,
    }).integrationResponses;
    return { ...response, ResponseTemplates: read?.responseTemplates };
  });
}

/** The event the framework's default request template builds for GET /nonproxy/orders/{case}. */
function nonProxyEvent(exampleCase: string): Record<string, unknown> {
  return {
    body: {},
    method: 'GET',
    principalId: '',
    stage: 'dev',
    cognitoPoolClaims: { sub: '' },
    enhancedAuthContext: {},
    headers: { Accept: 'application/json', Host: 'abc123.execute-api.us-east-1.amazonaws.com' },
    query: {},
    path: { case: exampleCase },
    identity: { sourceIp: '203.0.113.7', userAgent: 'curl/8.5.0' },
    stageVariables: {},
    requestPath: '/nonproxy/orders/{case}',
  };
}

beforeAll(async () => {
  service = await prepareExampleService();
  packageDir = mkdtempSync(join(tmpdir(), 'lambda-error-map-package-'));
  packaging = await serverless(['package', '--package', packageDir, '--verbose'], service.dir);
  if (packaging.code !== 0) throw new Error(`serverless package failed:\n${packaging.output}`);
  const template = JSON.parse(
    readFileSync(join(packageDir, 'cloudformation-template-update-stack.json'), 'utf8'),
  );
  methods = methodsOf(template);
  resources = template.Resources;
  mappings = template.Mappings;
}, SETUP_TIMEOUT_MS);

afterAll(() => {
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
  service?.remove();
});

function serviceDir(): string {
  if (!service) throw new Error('the example service was not prepared');
  return service.dir;
}

describe('serverless package on the example service', () => {
  it('packages each function with a Handler whose file is in the artifact and exports it, on Node.js 22 or 24', async () => {
    const functions = Object.values(resources).filter((r) => r.Type === 'AWS::Lambda::Function');
    const packaged = zipEntryNames(join(packageDir, 'lambda-error-map-example.zip'));
    expect(functions).toHaveLength(2);
    for (const { Properties } of functions) {
      const { Handler, Runtime } = Properties as { Handler: string; Runtime: string };
      const file = `${Handler.slice(0, Handler.lastIndexOf('.'))}.mjs`;
      const exported = Handler.slice(Handler.lastIndexOf('.') + 1);
      expect(Runtime).toMatch(/^nodejs(22|24)\.x$/);
      expect(packaged).toContain(file);
      const module = await import(pathToFileURL(join(serviceDir(), file)).href);
      expect(typeof module[exported]).toBe('function');
    }
  });

  it('runs the plugin, which reports the one integration: lambda event it configured', () => {
    expect(packaging.output).toContain('lambda-error-map: configured 1 integration: lambda event');
  });

  it('writes the generated integration responses, one per catalog status, into the non-proxy method', () => {
    // Each template is stored once in the template's Mappings, the method refers to it.
    expect(Object.keys(mappings?.LambdaErrorMap as object)).toEqual(['ResponseTemplates']);
    expect(JSON.stringify(nonProxyMethod().Properties.Integration.IntegrationResponses)).not.toContain(
      '#set',
    );
    const written = nonProxyIntegrationResponses();
    const expected = integrationResponses(catalog).integrationResponses.map((response) => ({
      StatusCode: response.statusCode,
      SelectionPattern: response.selectionPattern ?? '',
      ResponseTemplates: response.responseTemplates,
      ResponseParameters: response.responseParameters,
    }));
    const byStatus = (a: { StatusCode: string | number }, b: { StatusCode: string | number }) =>
      Number(a.StatusCode) - Number(b.StatusCode);

    expect([...written].sort(byStatus)).toEqual([...expected].sort(byStatus));
    for (const status of catalog.statuses) {
      expect(written.map((response) => response.StatusCode)).toContain(String(status));
    }
  });

  it('declares a method response for every status, with every header the integration responses map', () => {
    const method = nonProxyMethod().Properties;
    const declared = new Map(
      (method.MethodResponses ?? []).map((response) => [String(response.StatusCode), response]),
    );

    for (const response of method.Integration.IntegrationResponses ?? []) {
      const methodResponse = declared.get(String(response.StatusCode));
      expect(methodResponse).toBeDefined();
      for (const header of Object.keys(response.ResponseParameters ?? {})) {
        expect(Object.keys(methodResponse?.ResponseParameters ?? {})).toContain(header);
      }
    }
    expect([...declared.keys()].sort()).toEqual(
      integrationResponses(catalog)
        .methodResponses.map((response) => response.statusCode)
        .sort(),
    );
  });

  it('writes selection patterns that partition every errorMessage under Java', async () => {
    const model = fromCloudFormation({
      IntegrationResponses: nonProxyMethod().Properties.Integration.IntegrationResponses ?? [],
      MethodResponses: [],
      Mappings: mappings,
    });
    const messages = namedMessages(catalog.statuses);
    const rules = { taggedStatuses: catalog.statuses, timeoutStatus: 504, catchAllStatus: 500 };

    const routes = await routeUnderJava(model, messages);

    const wrong = messages.filter((message, i) => {
      const want = expectedStatus(message, rules);
      return JSON.stringify(routes[i]) !== JSON.stringify(want === undefined ? [] : [String(want)]);
    });
    expect(wrong).toEqual([]);
    expect(messages.length).toBeGreaterThan(100);
  });

  it('leaves the REST proxy method to the framework', () => {
    const proxies = methods.filter((method) => method.Properties.Integration.Type === 'AWS_PROXY');

    expect(proxies).toHaveLength(1);
    expect(proxies[0]?.Properties.Integration.IntegrationResponses).toBeUndefined();
    expect(proxies[0]?.Properties.MethodResponses).toEqual([]);
  });
});

describe('serverless package: Gateway Responses, with nothing configured beyond the plugin', () => {
  it('writes every Gateway Response of the catalog on ApiGatewayRestApi, exactly, without CORS headers', () => {
    const written = Object.fromEntries(
      Object.entries(resources).filter(
        ([, resource]) => resource.Type === 'AWS::ApiGateway::GatewayResponse',
      ),
    );
    expect(written).toEqual(
      cloudFormationGatewayResponses(gatewayResponses(catalog), { Ref: 'ApiGatewayRestApi' }),
    );
    expect(Object.keys(written)).toHaveLength(21);
    expect(JSON.stringify(written)).not.toContain('Access-Control');
    expect(resources.ApiGatewayRestApi?.Type).toBe('AWS::ApiGateway::RestApi');
    expect(packaging.output).toContain('lambda-error-map: added 21 Gateway Responses to ApiGatewayRestApi');
  });
});

describe('every example case through the emulator, with the IntegrationResponses CloudFormation holds', () => {
  let handler: AnyHandler;
  let functionLog: string[];

  // The middleware logs each error (the original, for the function's own log) on the console.
  beforeEach(() => {
    functionLog = [];
    const capture = (...args: unknown[]) => {
      functionLog.push(args.map(String).join(' '));
    };
    jest.spyOn(console, 'error').mockImplementation(capture);
    jest.spyOn(console, 'warn').mockImplementation(capture);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  beforeAll(async () => {
    // The bundle that was packaged, not the TypeScript source: what would run in Lambda.
    const bundle = await import(pathToFileURL(join(serviceDir(), '.build', 'non-proxy.mjs')).href);
    handler = bundle.handler as AnyHandler;
  });

  async function call(exampleCase: string) {
    const logged: string[] = [];
    const response = await invokeNonProxy({
      handler,
      event: nonProxyEvent(exampleCase),
      integration: { ...nonProxyMethod().Properties, Mappings: mappings },
      accept: 'application/json',
      requestId: 'c0ffee00-1111-4222-8333-444455556666',
      log: (line) => logged.push(line),
    });
    return { ...response, problem: JSON.parse(response.body) as Record<string, unknown>, logged };
  }

  function expectProblem(
    response: Awaited<ReturnType<typeof call>>,
    kind: string,
    detail: string | undefined,
  ): void {
    const definition = catalog.kind(kind);
    if (!definition) throw new Error(`the example catalog has no kind ${kind}`);
    expect(response.statusCode).toBe(definition.status);
    expect(response.headers['Content-Type']).toBe(PROBLEM_JSON);
    expect(response.problem).toMatchObject({
      type: definition.type,
      title: definition.title,
      status: definition.status,
      ...(detail === undefined ? {} : { detail }),
    });
    expect(response.logged).toEqual([]);
  }

  it('covers every case the example offers', () => {
    const covered: readonly ExampleCase[] = ['ok', 'notfound', 'conflict', 'throttled', 'crash'];
    expect([...EXAMPLE_CASES].sort()).toEqual([...covered].sort());
  });

  it('ok: 200 with the function result', async () => {
    const response = await call('ok');

    expect(response.statusCode).toBe(200);
    expect(response.problem).toEqual({ orderId: '42', state: 'shipped' });
  });

  it('notfound: 404 problem with the detail and the extension', async () => {
    const response = await call('notfound');

    expectProblem(response, 'OrderNotFound', 'Order 42 does not exist.');
    expect(response.problem.orderId).toBe('42');
  });

  it('conflict: 409 problem', async () => {
    expectProblem(await call('conflict'), 'OutOfStock', 'Item sku-7 has 0 left; 3 were requested.');
  });

  it('throttled: the DynamoDB ThrottlingException becomes 503 with Retry-After and no AWS message', async () => {
    const response = await call('throttled');

    expectProblem(response, 'StoreBusy', undefined);
    expect(response.headers['Retry-After']).toBe('2');
    expect(response.body).not.toContain('orders-prod');
  });

  it('crash: a plain Error becomes a 500 problem that does not leak its message', async () => {
    const response = await call('crash');

    expectProblem(response, 'InternalServerError', undefined);
    expect(response.body).not.toContain(CRASH_SECRET);
    expect(response.body).not.toContain('ECONNREFUSED');
    expect(functionLog.join('\n')).toContain(CRASH_SECRET);
  });

  it('an unknown case: 400 problem naming the cases', async () => {
    const response = await call('nope');

    expectProblem(response, 'BadRequest', undefined);
    expect(response.problem.detail).toContain('use one of ok, notfound');
  });
});

describe('serverless package stopping the build', () => {
  let conflict: RunResult;
  let badCatalog: RunResult;
  const serviceDirs: string[] = [];

  /** A one-function service in a temporary directory, with this repository installed as its lambda-error-map. */
  function service(catalogPath: string, response: Record<string, unknown> | undefined): string {
    const dir = mkdtempSync(join(tmpdir(), 'lambda-error-map-service-'));
    serviceDirs.push(dir);
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(ROOT, join(dir, 'node_modules', 'lambda-error-map'), 'dir');
    const http = {
      path: 'orders/{id}',
      method: 'get',
      integration: 'lambda',
      ...(response ? { response } : {}),
    };
    const config = {
      service: 'conflicting',
      frameworkVersion: '3',
      plugins: ['lambda-error-map/serverless'],
      provider: { name: 'aws', runtime: 'nodejs22.x', region: 'us-east-1' },
      // Keeps the framework from zipping node_modules, i.e. this whole repository through the link.
      package: { excludeDevDependencies: false, patterns: ['!**', 'handler.mjs'] },
      custom: { lambdaErrorMap: { catalog: catalogPath } },
      functions: { getOrder: { handler: 'handler.handler', events: [{ http }] } },
    };
    writeFileSync(join(dir, 'serverless.json'), JSON.stringify(config, null, 2));
    writeFileSync(join(dir, 'handler.mjs'), 'export const handler = async () => ({});\n');
    return dir;
  }

  beforeAll(async () => {
    const catalogModule = join(serviceDir(), '.build', 'catalog.mjs');
    const conflicting = {
      statusCodes: { 200: { pattern: '' }, 404: { pattern: '[\\s\\S]*\\[404\\][\\s\\S]*' } },
    };
    [conflict, badCatalog] = await Promise.all([
      serverless(['package'], service(catalogModule, conflicting)),
      serverless(['package'], service('./build/catalog.js', undefined)),
    ]);
  }, SETUP_TIMEOUT_MS);

  afterAll(() => {
    for (const dir of serviceDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('names the function, the route and the status of a conflicting pattern', () => {
    expect(conflict.code).not.toBe(0);
    expect(conflict.output).toContain(
      'lambda-error-map: function "getOrder", http event GET /orders/{id}: response.statusCodes.404 has pattern',
    );
  });

  it('says which catalog file is missing', () => {
    expect(badCatalog.code).not.toBe(0);
    expect(badCatalog.output).toContain('custom.lambdaErrorMap.catalog:');
    expect(badCatalog.output).toMatch(/catalog file not found: .*build\/catalog\.js/);
  });
});
