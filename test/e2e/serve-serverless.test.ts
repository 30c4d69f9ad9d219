/**
 * `lambda-error-map serve` on the example service as a user copies it: the `.serverless` output of the real
 * `serverless package` (serverless@3.40.0, offline) and serverless.yml itself (through the plugin's own fill) must
 * answer every example case alike, and the request template serve uses for a serverless.yml must build the same
 * event as the framework's own default template.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CRASH_SECRET, EXAMPLE_CASES } from '../../examples/serverless/orders.js';
import { renderMappingTemplate } from '../../src/engine/render-template.js';
import { templateContext } from '../../src/serve/proxy-event.js';
import { type RunningServer, serve } from '../../src/serve/server.js';
import { SERVERLESS_JSON_REQUEST_TEMPLATE } from '../../src/serve/serverless-request-template.js';
import type { ExampleCopy } from '../support/example-copy.js';
import { prepareExampleService, serverless } from './support/example-service.js';

const SETUP_TIMEOUT_MS = 6 * 60 * 1000;

let service: ExampleCopy | undefined;
let fromPackage: RunningServer | undefined;
let fromServiceFile: RunningServer | undefined;
let frameworkTemplate: string;

beforeAll(async () => {
  service = await prepareExampleService();
  const packaging = await serverless(['package'], service.dir);
  if (packaging.code !== 0) throw new Error(`serverless package failed:\n${packaging.output}`);
  const template = JSON.parse(
    readFileSync(join(service.dir, '.serverless', 'cloudformation-template-update-stack.json'), 'utf8'),
  ) as {
    Resources: Record<
      string,
      {
        Type: string;
        Properties: { Integration?: { Type?: string; RequestTemplates?: Record<string, string> } };
      }
    >;
  };
  const nonProxy = Object.values(template.Resources).find(
    (resource) =>
      resource.Type === 'AWS::ApiGateway::Method' && resource.Properties.Integration?.Type === 'AWS',
  );
  frameworkTemplate = nonProxy?.Properties.Integration?.RequestTemplates?.['application/json'] ?? '';
  fromPackage = await serve({ template: join(service.dir, '.serverless'), port: 0, log: () => {} });
  fromServiceFile = await serve({ template: join(service.dir, 'serverless.yml'), port: 0, log: () => {} });
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await fromPackage?.close();
  await fromServiceFile?.close();
  service?.remove();
});

/** Status, content type and body, the request ids (which differ per request) left out. */
async function answer(server: RunningServer | undefined, path: string): Promise<unknown> {
  if (server === undefined) throw new Error('the servers did not start');
  const response = await fetch(server.url + path);
  const text = await response.text();
  expect(text).not.toContain(CRASH_SECRET);
  let body: unknown = text;
  try {
    body = JSON.parse(text, (key, value) => (key === 'requestId' ? '<id>' : value));
  } catch {}
  return { status: response.status, contentType: response.headers.get('content-type'), body };
}

describe('serve on the example service: the .serverless output and serverless.yml answer alike', () => {
  it.each(
    EXAMPLE_CASES.flatMap((exampleCase) => [
      `/dev/nonproxy/orders/${exampleCase}`,
      `/dev/proxy/orders/${exampleCase}`,
      `/api/orders/${exampleCase}`,
    ]),
  )('GET %s', async (path) => {
    const packaged = await answer(fromPackage, path);
    expect(await answer(fromServiceFile, path)).toEqual(packaged);
  });

  it.each(['/dev/nowhere', '/nowhere'])('GET %s (no route)', async (path) => {
    expect(await answer(fromServiceFile, path)).toEqual(await answer(fromPackage, path));
  });

  it('answers the example cases with their catalog statuses', async () => {
    const statuses = await Promise.all(
      EXAMPLE_CASES.map(
        async (exampleCase) =>
          ((await answer(fromPackage, `/dev/nonproxy/orders/${exampleCase}`)) as { status: number }).status,
      ),
    );
    expect(statuses[0]).toBe(200);
    expect(statuses.slice(1).every((status) => status >= 400)).toBe(true);
  });
});

describe("serve's request template for a serverless.yml integration: lambda event", () => {
  it.each([
    ['plain', { id: '42' }, {}, ''],
    ['apostrophe and line break', { id: "O'Brien\nline 2" }, { q: 'a "quoted" \\ value' }, '{"x": [1, 2]}'],
  ])('builds the event the framework packaged builds (%s)', (_, path, query, body) => {
    const facts = {
      httpMethod: 'POST',
      path: '/dev/nonproxy/orders/x',
      resourceRelativePath: '/nonproxy/orders/x',
      resourcePath: '/nonproxy/orders/{case}',
      headers: { host: '127.0.0.1', 'user-agent': "it's me", accept: 'application/json' },
      query: new URLSearchParams(query),
      pathParameters: path,
      body: Buffer.from(body),
      requestId: 'r-1',
      stage: 'dev',
      stageVariables: {},
      sourceIp: '127.0.0.1',
    };
    const render = (template: string) =>
      JSON.parse(
        renderMappingTemplate(template, {
          body: body === '' ? '{}' : body,
          requestId: facts.requestId,
          context: templateContext(facts),
          stageVariables: {},
          params: { path, querystring: query, header: facts.headers },
        }).output,
      );
    expect(frameworkTemplate).toContain('cognitoPoolClaims');
    expect(render(SERVERLESS_JSON_REQUEST_TEMPLATE)).toEqual(render(frameworkTemplate));
  });
});
