// The one test file that loads aws-cdk-lib (slow to import).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import {
  type IntegrationResponse,
  LambdaIntegration,
  type MethodResponse,
  ResponseType,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import ts from 'typescript';
import {
  type CdkGatewayResponse,
  emitCdkJson,
  emitCdkTypeScript,
  type IntegrationResponsesModel,
} from '../../../src/generate/index.js';
import { defaultModel, gatewayModel, hostileGatewayModel, hostileModel } from './fixtures.js';

interface GeneratedResponses {
  integrationResponses: IntegrationResponse[];
  methodResponses: MethodResponse[];
}

/** Synthesizes a stack with a REST API whose POST method uses the responses, and returns that method. */
function synthesizedMethod(responses: GeneratedResponses): Record<string, unknown> {
  const stack = new Stack(new App(), 'Orders');
  const fn = new LambdaFunction(stack, 'Handler', {
    runtime: Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: Code.fromInline('exports.handler = async () => ({ ok: true });'),
  });
  const api = new RestApi(stack, 'Api');
  const integration = new LambdaIntegration(fn, {
    proxy: false,
    integrationResponses: responses.integrationResponses,
  });
  api.root
    .addResource('orders')
    .addMethod('POST', integration, { methodResponses: responses.methodResponses });
  const methods = Template.fromStack(stack).findResources('AWS::ApiGateway::Method');
  const [method] = Object.values(methods);
  expect(Object.keys(methods)).toHaveLength(1);
  return (method as { Properties: Record<string, unknown> }).Properties;
}

function expectMatchesModel(properties: Record<string, unknown>, model: IntegrationResponsesModel): void {
  expect(properties.Integration).toMatchObject({
    Type: 'AWS',
    IntegrationHttpMethod: 'POST',
    IntegrationResponses: model.integrationResponses.map((response) => ({
      StatusCode: response.statusCode,
      ...(response.selectionPattern === undefined ? {} : { SelectionPattern: response.selectionPattern }),
      ResponseTemplates: response.responseTemplates,
      ResponseParameters: response.responseParameters,
    })),
  });
  const integrationResponses = (properties.Integration as { IntegrationResponses: object[] })
    .IntegrationResponses;
  expect(integrationResponses.filter((response) => !('SelectionPattern' in response))).toHaveLength(1);
  expect(properties.MethodResponses).toEqual(
    model.methodResponses.map((response) => ({
      StatusCode: response.statusCode,
      ResponseParameters: response.responseParameters,
    })),
  );
}

/** Evaluates the generated TypeScript module (types erased) and returns its exports. */
function evaluateTypeScript(source: string): GeneratedResponses {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const exports: Partial<GeneratedResponses> = {};
  new Function('exports', outputText)(exports);
  return exports as GeneratedResponses;
}

/**
 * Type-checks generated modules against aws-cdk-lib's declarations, as files beside this test, in one
 * program (type-checking aws-cdk-lib is slow); returns the error messages of each.
 */
function typeErrors(sources: Readonly<Record<string, string>>): Record<string, string[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const files = new Map(Object.entries(sources).map(([name, source]) => [join(here, `${name}.ts`), source]));
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, ...rest) => {
    const source = files.get(name);
    return source === undefined
      ? getSourceFile.call(host, name, version, ...rest)
      : ts.createSourceFile(name, source, version);
  };
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name) ?? readFile.call(host, name);
  const program = ts.createProgram([...files.keys()], options, host);
  const errors: Record<string, string[]> = Object.fromEntries(Object.keys(sources).map((name) => [name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = diagnostic.file ? diagnostic.file.fileName.slice(here.length + 1, -'.ts'.length) : 'global';
    errors[name] = [...(errors[name] ?? []), ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')];
  }
  return errors;
}

const SLOW = 120_000;

describe('cdk emitter', () => {
  it.each([
    ['the default catalog', defaultModel],
    ['hostile strings', hostileModel],
  ])(
    'JSON form: aws-cdk-lib synthesizes a method with exactly the integration responses of %s',
    (_, model) => {
      expectMatchesModel(synthesizedMethod(JSON.parse(emitCdkJson(model))), model);
    },
    SLOW,
  );

  it(
    'TypeScript form: evaluated, it synthesizes the same method',
    () => {
      expectMatchesModel(
        synthesizedMethod(evaluateTypeScript(emitCdkTypeScript(hostileModel))),
        hostileModel,
      );
    },
    SLOW,
  );

  it(
    "TypeScript form: type-checks against aws-cdk-lib's IntegrationResponse and MethodResponse (and a wrong shape does not)",
    () => {
      const generated = emitCdkTypeScript(hostileModel);
      const broken = generated.replace('"statusCode": "404"', '"statusCode": 404');
      expect(broken).not.toBe(generated);
      const errors = typeErrors({ generated, broken });
      expect(errors).toEqual({
        generated: [],
        broken: [expect.stringMatching(/'number' is not assignable to type 'string'/)],
      });
    },
    SLOW,
  );
});

describe('cdk emitter: Gateway Responses', () => {
  /** Synthesizes a RestApi after `add` put the Gateway Responses on it; returns them by response type. */
  function synthesizedGatewayResponses(add: (api: RestApi) => void): Record<string, Record<string, unknown>> {
    const stack = new Stack(new App(), 'Orders');
    const api = new RestApi(stack, 'Api');
    api.root.addMethod('GET');
    add(api);
    const resources = Template.fromStack(stack).findResources('AWS::ApiGateway::GatewayResponse');
    return Object.fromEntries(
      Object.values(resources).map((resource) => {
        const properties = (resource as { Properties: Record<string, unknown> }).Properties;
        return [properties.ResponseType as string, properties];
      }),
    );
  }

  function expectMatchesGatewayModel(
    synthesized: Record<string, Record<string, unknown>>,
    model: IntegrationResponsesModel,
  ): void {
    expect(Object.keys(synthesized).sort()).toEqual(
      (model.gatewayResponses ?? []).map((r) => r.responseType).sort(),
    );
    for (const response of model.gatewayResponses ?? []) {
      expect(synthesized[response.responseType]).toEqual({
        RestApiId: { Ref: expect.stringMatching(/^Api/) },
        ResponseType: response.responseType,
        ...(response.statusCode === undefined ? {} : { StatusCode: response.statusCode }),
        ResponseParameters: response.responseParameters,
        ResponseTemplates: response.responseTemplates,
      });
    }
  }

  it.each([
    ['the default catalog', gatewayModel],
    ['hostile strings', hostileGatewayModel],
  ])(
    'JSON form: addGatewayResponse with each entry synthesizes exactly the Gateway Responses of %s',
    (_, model) => {
      const { gatewayResponses } = JSON.parse(emitCdkJson(model)) as {
        gatewayResponses: CdkGatewayResponse[];
      };
      const synthesized = synthesizedGatewayResponses((api) => {
        for (const { type, ...options } of gatewayResponses) {
          api.addGatewayResponse(type, { ...options, type: ResponseType.of(type) });
        }
      });
      expectMatchesGatewayModel(synthesized, model);
    },
    SLOW,
  );

  it(
    'TypeScript form: its addGatewayResponses(api) synthesizes the same, and it type-checks against aws-cdk-lib',
    () => {
      const source = emitCdkTypeScript(hostileGatewayModel);
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      });
      const exports: { addGatewayResponses?: (api: RestApi) => void } = {};
      new Function('exports', 'require', outputText)(exports, createRequire(import.meta.url));
      expectMatchesGatewayModel(
        synthesizedGatewayResponses((api) => exports.addGatewayResponses?.(api)),
        hostileGatewayModel,
      );
      const broken = source.replace('"statusCode": "429"', '"statusCode": 429');
      expect(broken).not.toBe(source);
      expect(typeErrors({ gateway: source, gatewayBroken: broken })).toEqual({
        gateway: [],
        gatewayBroken: [expect.stringMatching(/'number' is not assignable to type 'string'/)],
      });
    },
    SLOW,
  );

  it('refuses a gateway response parameter that is not a header', () => {
    expect(() =>
      emitCdkJson({
        ...defaultModel,
        gatewayResponses: [
          {
            responseType: 'DEFAULT_4XX',
            statusCode: undefined,
            responseParameters: { 'gatewayresponse.path.x': "'y'" },
            responseTemplates: {},
          },
        ],
      }),
    ).toThrow(/is not a header; addGatewayResponse only maps headers/);
  });
});

describe('a generated CloudFormation template brought into a CDK app with cloudformation-include', () => {
  it('synthesizes with its Mappings and Fn::FindInMap references as written', async () => {
    const { emitCloudFormationJson } = await import('../../../src/generate/index.js');
    const generated = emitCloudFormationJson(defaultModel);
    const dir = mkdtempSync(join(tmpdir(), 'lambda-error-map-include-'));
    try {
      const templateFile = join(dir, 'template.json');
      writeFileSync(templateFile, generated);
      const stack = new Stack(new App(), 'Included');
      new CfnInclude(stack, 'Responses', { templateFile });
      const synthesized = Template.fromStack(stack).toJSON();
      const written = JSON.parse(generated);
      expect(synthesized.Mappings).toEqual(written.Mappings);
      expect(synthesized.Resources.ErrorMappedMethod.Properties.Integration.IntegrationResponses).toEqual(
        written.Resources.ErrorMappedMethod.Properties.Integration.IntegrationResponses,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
