import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import LambdaErrorMapPlugin from '../../src/serverless/index.js';
import type { ServerlessLike } from '../../src/serverless/serverless-types.js';
import { responseTemplateTexts, shareResponseTemplates } from '../../src/serverless/share-templates.js';
import { withTemplatesRead } from '../support/template-mappings.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const LAMBDA_URI = {
  'Fn::Join': ['', ['arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/', 'x', '/invocations']],
};

class FrameworkError extends Error {}

interface StatusCode {
  pattern?: string;
  template?: string | Record<string, string>;
}

/** What the framework compiles an `integration: lambda` event's response.statusCodes into. */
function compiledMethod(statusCodes: Record<string, StatusCode>) {
  return {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      HttpMethod: 'GET',
      Integration: {
        Type: 'AWS',
        Uri: LAMBDA_URI,
        IntegrationResponses: Object.entries(statusCodes).map(([status, entry]) => ({
          StatusCode: status,
          SelectionPattern: entry.pattern ?? '',
          ResponseTemplates:
            typeof entry.template === 'string'
              ? { 'application/json': entry.template }
              : (entry.template ?? {}),
        })),
      },
    },
  };
}

/** Both compile hooks around the framework's compilation of two `integration: lambda` events. */
async function packaged(userMappings?: Record<string, unknown>) {
  const events = ['a', 'b'].map((path) => ({ http: { path, method: 'get', integration: 'lambda' } }));
  const compiled: Record<string, unknown> = { Resources: {} };
  const serverless = {
    service: {
      custom: { lambdaErrorMap: { catalog: 'orders-catalog.mjs', gatewayResponses: false } },
      functions: { orders: { events } },
      provider: { compiledCloudFormationTemplate: compiled },
      resources: userMappings === undefined ? null : { Mappings: userMappings },
    },
    serviceDir: FIXTURES,
    classes: { Error: FrameworkError },
  } as unknown as ServerlessLike;
  const plugin = new LambdaErrorMapPlugin(serverless, {}, { log: { verbose: () => undefined } });
  await plugin.hooks['before:package:compileEvents']?.();
  const responses = events.map(
    (event) => (event.http as { response?: { statusCodes: Record<string, StatusCode> } }).response,
  );
  compiled.Resources = Object.fromEntries(
    responses.map((response, i) => [`Method${i}`, compiledMethod(response?.statusCodes ?? {})]),
  );
  const before = structuredClone(compiled.Resources);
  await plugin.hooks['after:package:compileEvents']?.();
  return { compiled, before };
}

describe("the plugin stores the compiled methods' response templates once in Mappings", () => {
  it('replaces each template it wrote by a reference that reads back as the same text', async () => {
    const { compiled, before } = await packaged();
    const mappings = compiled.Mappings as { LambdaErrorMap: { ResponseTemplates: Record<string, string> } };
    const stored = mappings.LambdaErrorMap.ResponseTemplates;
    expect(Object.keys(stored)).toEqual(
      expect.arrayContaining(['Success', 'Tagged', 'Status500', 'Status504']),
    );
    type Method = {
      Properties: { Integration: { IntegrationResponses: { ResponseTemplates?: unknown }[] } };
    };
    for (const name of ['Method0', 'Method1']) {
      const now =
        (compiled.Resources as Record<string, Method>)[name]?.Properties.Integration.IntegrationResponses ??
        [];
      const was = (before as Record<string, Method>)[name]?.Properties.Integration.IntegrationResponses ?? [];
      expect(JSON.stringify(now)).not.toContain('#set');
      expect(withTemplatesRead(now, compiled.Mappings)).toEqual(was);
    }
  });

  it("refuses, in one line, a LambdaErrorMap in the service's resources.Mappings", async () => {
    await expect(packaged({ LambdaErrorMap: { Stage: { Name: 'prod' } } })).rejects.toThrow(
      /^lambda-error-map: resources\.Mappings\.LambdaErrorMap is the mapping the plugin stores the generated response templates in; rename yours$/,
    );
  });

  it("keeps other mappings of the service to the framework's merge", async () => {
    const { compiled } = await packaged({ RegionMap: { 'eu-west-1': { Ami: 'ami-1' } } });
    expect(Object.keys(compiled.Mappings as object)).toEqual(['LambdaErrorMap']);
  });
});

describe('shareResponseTemplates on a compiled template', () => {
  const TAGGED = 'tagged template';

  it('refers only to the texts the plugin wrote, in Lambda custom integrations of API Gateway methods', () => {
    const compiled: { Resources: Record<string, unknown>; Mappings?: unknown } = {
      Resources: {
        Filled: compiledMethod({ '200': {}, '404': { pattern: '\\[404\\] \\{[\\s\\S]*', template: TAGGED } }),
        Proxy: {
          Type: 'AWS::ApiGateway::Method',
          Properties: {
            Integration: { Type: 'AWS_PROXY', IntegrationResponses: [{ ResponseTemplates: { x: TAGGED } }] },
          },
        },
        NoIntegration: { Type: 'AWS::ApiGateway::Method', Properties: {} },
        ListlessResponses: { Type: 'AWS::ApiGateway::Method', Properties: { Integration: { Type: 'AWS' } } },
        Other: { Type: 'AWS::Lambda::Function', Properties: {} },
        Odd: 'not a resource',
        Mixed: compiledMethod({
          '500': { template: { 'application/json': 'the user’s own', 'text/plain': TAGGED } },
        }),
      },
    };
    expect(shareResponseTemplates(compiled, new Set([TAGGED]), undefined)).toBe(2);
    const filled = compiled.Resources.Filled as ReturnType<typeof compiledMethod>;
    const [success, notFound] = filled.Properties.Integration.IntegrationResponses;
    expect(success?.ResponseTemplates).toEqual({});
    expect(notFound?.ResponseTemplates['application/json']).toEqual({
      'Fn::FindInMap': ['LambdaErrorMap', 'ResponseTemplates', expect.any(String)],
    });
    const mixed = (compiled.Resources.Mixed as ReturnType<typeof compiledMethod>).Properties.Integration
      .IntegrationResponses[0]?.ResponseTemplates;
    expect(mixed?.['application/json']).toBe('the user’s own');
    expect(mixed?.['text/plain']).toHaveProperty('Fn::FindInMap');
    const proxy = compiled.Resources.Proxy as {
      Properties: { Integration: { IntegrationResponses: unknown[] } };
    };
    expect(proxy.Properties.Integration.IntegrationResponses).toEqual([{ ResponseTemplates: { x: TAGGED } }]);
    expect(
      Object.values(
        (compiled.Mappings as Record<string, Record<string, object>>).LambdaErrorMap?.ResponseTemplates ?? {},
      ),
    ).toEqual([TAGGED]);
  });

  it('adds no Mappings when no method holds one of the texts, and keeps the compiled ones', () => {
    const untouched = { Resources: { Filled: compiledMethod({ '200': { template: 'other' } }) } };
    expect(shareResponseTemplates(untouched, new Set([TAGGED]), { LambdaErrorMap: {} })).toBe(0);
    expect(untouched).not.toHaveProperty('Mappings');
    expect(shareResponseTemplates({}, new Set([TAGGED]), undefined)).toBe(0);
    const kept: { Resources: Record<string, unknown>; Mappings: unknown } = {
      Resources: { Filled: compiledMethod({ '404': { template: TAGGED } }) },
      Mappings: { Regions: { eu: { ami: 'x' } } },
    };
    shareResponseTemplates(kept, new Set([TAGGED]), { Regions: {} });
    expect(Object.keys(kept.Mappings as object)).toEqual(['Regions', 'LambdaErrorMap']);
  });

  it('collects the texts of string and per-content-type templates, and of responses without statusCodes', () => {
    expect([
      ...responseTemplateTexts([
        { statusCodes: { '200': { template: 'a' }, '404': { template: { x: 'b', y: 'a' } }, '500': {} } },
        {},
      ]),
    ]).toEqual(['a', 'b']);
  });
});
