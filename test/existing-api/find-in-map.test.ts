import { describe, expect, it } from '@jest/globals';
import { applyToTemplateText } from '../../src/apply/apply-template.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/catalog/default-catalog.js';
import { readMethods } from '../../src/existing-api/find-apis.js';
import { resolveFindInMap } from '../../src/existing-api/find-in-map.js';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import {
  emitCloudFormationJson,
  emitCloudFormationYaml,
  integrationResponses,
} from '../../src/generate/index.js';
import { TemplateError } from '../../src/surface/errors.js';
import { respondNonProxy } from '../../src/testing/index.js';

const LAMBDA_URI =
  'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders/invocations';
const MAPPINGS = { LambdaErrorMap: { ResponseTemplates: { Tagged: '$b' } } };

function method(templates?: unknown) {
  return {
    Type: 'AWS::ApiGateway::Method',
    Properties: {
      RestApiId: { Ref: 'Api' },
      HttpMethod: 'GET',
      Integration: {
        Type: 'AWS',
        IntegrationHttpMethod: 'POST',
        Uri: LAMBDA_URI,
        ...(templates === undefined
          ? {}
          : { IntegrationResponses: [{ StatusCode: '200', ResponseTemplates: templates }] }),
      },
    },
  };
}

function templateJson(extra: Record<string, unknown> = {}, methods = 2): string {
  const resources: Record<string, unknown> = {
    Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'orders' } },
  };
  for (let i = 0; i < methods; i++) resources[`Get${i}`] = method();
  return `${JSON.stringify({ ...extra, Resources: resources }, null, 2)}\n`;
}

function apply(text: string, catalog: Parameters<typeof applyToTemplateText>[2] = defaultCatalog) {
  return applyToTemplateText(text, 't.json', catalog, { gatewayResponses: false });
}

/** Every Fn::FindInMap value anywhere under `value`. */
function references(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) references(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'Fn::FindInMap') found.push(item);
      else references(item, found);
    }
  }
  return found;
}

describe('resolveFindInMap', () => {
  it('reads a reference of literal names as CloudFormation does, and leaves any other value as it is', () => {
    const reference = { 'Fn::FindInMap': ['LambdaErrorMap', 'ResponseTemplates', 'Tagged'] };
    expect(resolveFindInMap(reference, MAPPINGS)).toEqual({ value: '$b' });
    expect(resolveFindInMap('$input.json($)', MAPPINGS)).toEqual({ value: '$input.json($)' });
    expect(resolveFindInMap({ 'Fn::Sub': 'x' }, MAPPINGS)).toEqual({ value: { 'Fn::Sub': 'x' } });
  });

  it.each([
    [['Other', 'ResponseTemplates', 'Tagged'], 'names no mapping Other in the template'],
    [
      ['LambdaErrorMap', 'ResponseTemplates', 'Status418'],
      'names no LambdaErrorMap.ResponseTemplates.Status418',
    ],
    [
      ['LambdaErrorMap', { Ref: 'AWS::Region' }, 'Tagged'],
      'does not name its map and keys with three literal',
    ],
    ['LambdaErrorMap', 'does not name its map and keys with three literal'],
  ])('answers %j with one line saying why it cannot be read', (args, reason) => {
    const result = resolveFindInMap({ 'Fn::FindInMap': args }, MAPPINGS);
    expect('problem' in result && result.problem).toContain(reason);
    expect('problem' in result && result.problem).not.toContain('\n');
  });

  it('finds nothing in a template without Mappings', () => {
    const result = resolveFindInMap(
      { 'Fn::FindInMap': ['LambdaErrorMap', 'ResponseTemplates', 'Tagged'] },
      undefined,
    );
    expect(result).toHaveProperty('problem');
  });
});

describe('generate --format cloudformation', () => {
  it('stores each distinct template once in Mappings and refers to it from every integration response', () => {
    const template = JSON.parse(emitCloudFormationJson(integrationResponses(defaultCatalog)));
    const stored = template.Mappings.LambdaErrorMap.ResponseTemplates as Record<string, string>;
    const texts = integrationResponses(defaultCatalog).integrationResponses.flatMap((response) =>
      Object.values(response.responseTemplates),
    );
    expect(Object.keys(stored)).toEqual(['Success', 'Tagged', 'Status500', 'Status504']);
    expect(new Set(Object.values(stored))).toEqual(new Set(texts));
    expect(references(template.Resources)).toHaveLength(texts.length);
  });

  it('writes the references with the YAML short form', () => {
    const yaml = emitCloudFormationYaml(integrationResponses(defaultCatalog));
    expect(yaml).toContain('!FindInMap');
    expect(yaml).not.toContain('Fn::FindInMap');
  });
});

describe('apply on a CloudFormation template: response templates in Mappings', () => {
  it('adds Mappings before Resources, refers to it from each method, and gives the same bytes a second time', () => {
    const once = apply(templateJson());
    const template = JSON.parse(once.text);
    expect(Object.keys(template)).toEqual(['Mappings', 'Resources']);
    expect(Object.keys(template.Mappings.LambdaErrorMap.ResponseTemplates)).toHaveLength(4);
    expect(references(template.Resources.Get0)).toHaveLength(19);
    expect(references(template.Resources.Get1)).toEqual(references(template.Resources.Get0));
    expect(apply(once.text).text).toBe(once.text);
  });

  it('keeps a Mappings section of the user and extends it', () => {
    const regions = { RegionMap: { 'eu-west-1': { Ami: 'ami-1' } } };
    const text = templateJson({ AWSTemplateFormatVersion: '2010-09-09', Mappings: regions });
    const template = JSON.parse(apply(text).text);
    expect(template.Mappings.RegionMap).toEqual(regions.RegionMap);
    expect(Object.keys(template.Mappings)).toEqual(['RegionMap', 'LambdaErrorMap']);
  });

  it('keeps keys of LambdaErrorMap it does not write, and rewrites those whose text changed', () => {
    const first = apply(templateJson(), defaultCatalog);
    const teapots = defineErrorCatalog({ Teapot: { status: 418 } }, { base: null });
    const kept = JSON.parse(first.text);
    kept.Mappings.LambdaErrorMap.ResponseTemplates.Earlier = '$input.json($)';
    const second = JSON.parse(apply(JSON.stringify(kept, null, 2), teapots).text);
    const stored = second.Mappings.LambdaErrorMap.ResponseTemplates;
    expect(stored.Earlier).toBe('$input.json($)');
    expect(stored.Status500).toBe(
      integrationResponses(teapots).integrationResponses.find((r) => r.statusCode === '500')
        ?.responseTemplates['application/json'],
    );
  });

  it('refuses, in one line and before writing, a LambdaErrorMap of the user', () => {
    const text = templateJson({ Mappings: { LambdaErrorMap: { Stage: { Name: 'prod' } } } });
    expect(() => apply(text)).toThrow(TemplateError);
    expect(() => apply(text)).toThrow(
      /^t\.json: Mappings\.LambdaErrorMap is not the one apply writes[^\n]*rename your mapping$/,
    );
  });

  it('recognises its own responses written with the YAML short form !FindInMap', () => {
    const yaml = [
      'Mappings:',
      '  LambdaErrorMap:',
      '    ResponseTemplates:',
      `      Tagged: ${JSON.stringify(integrationResponses(defaultCatalog).integrationResponses[1]?.responseTemplates['application/json'])}`,
      'Resources:',
      '  Get:',
      '    Type: AWS::ApiGateway::Method',
      '    Properties:',
      '      HttpMethod: GET',
      '      Integration:',
      '        Type: AWS',
      `        Uri: ${LAMBDA_URI}`,
      '        IntegrationResponses:',
      '          - StatusCode: "400"',
      "            SelectionPattern: '\\[400\\] \\{[\\s\\S]*'",
      '            ResponseTemplates:',
      '              application/json: !FindInMap [LambdaErrorMap, ResponseTemplates, Tagged]',
      '',
    ].join('\n');
    const [read] = readMethods(parseTemplate(yaml, 't.yaml')).methods;
    expect(read?.mappings).toBeDefined();
    const result = applyToTemplateText(yaml, 't.yaml', defaultCatalog, { gatewayResponses: false });
    expect(result.methods).toEqual(['resource Get (AWS::ApiGateway::Method)']);
    expect(result.replaced).toEqual([]);
  });

  it('leaves alone, in one line, a method whose template names no entry of Mappings', () => {
    const text = JSON.stringify({
      Resources: {
        Get: method({
          'application/json': { 'Fn::FindInMap': ['LambdaErrorMap', 'ResponseTemplates', 'Gone'] },
        }),
      },
    });
    const { methods, skipped } = readMethods(parseTemplate(text, 't.json'));
    expect(methods).toEqual([]);
    expect(skipped).toEqual([
      {
        where: 'resource Get (AWS::ApiGateway::Method)',
        reason: expect.stringMatching(
          /^a response template's Fn::FindInMap \["LambdaErrorMap","ResponseTemplates","Gone"\] names no mapping LambdaErrorMap/,
        ),
      },
    ]);
  });
});

describe('the testing kit on CloudFormation responses that refer to Mappings', () => {
  const outcome = {
    kind: 'error',
    payload: { errorType: 'NotFound', errorMessage: '[404] {"status":404,"title":"Not Found"}', trace: [] },
  } as const;

  it('reads the templates from the Mappings passed beside the method properties', () => {
    const template = JSON.parse(emitCloudFormationJson(integrationResponses(defaultCatalog)));
    const properties = template.Resources.ErrorMappedMethod.Properties;
    const response = respondNonProxy({
      outcome,
      integration: { ...properties, Mappings: template.Mappings },
      requestId: 'r',
    });
    expect(response).toMatchObject({ statusCode: 404, body: '{"status":404,"title":"Not Found"}' });
    expect(response.headers['Content-Type']).toBe('application/problem+json');
  });

  it('throws one line naming the response when the Mappings are missing', () => {
    const template = JSON.parse(emitCloudFormationJson(integrationResponses(defaultCatalog)));
    const properties = template.Resources.ErrorMappedMethod.Properties;
    expect(() => respondNonProxy({ outcome, integration: properties, requestId: 'r' })).toThrow(
      /^IntegrationResponses 200 application\/json: Fn::FindInMap \["LambdaErrorMap","ResponseTemplates","Success"\] names no mapping LambdaErrorMap/,
    );
  });
});

describe("apply on a YAML template: the references in the file's own form", () => {
  const yaml = (uri: string) =>
    `Resources:\n  Get:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      HttpMethod: GET\n      Integration:\n        Type: AWS\n        Uri: ${uri}\n`;

  it('writes !FindInMap where the file writes short tags, and the long form where it writes none', () => {
    const tagged = applyToTemplateText(yaml(`!Sub "${LAMBDA_URI}"`), 't.yaml', defaultCatalog).text;
    expect(tagged).toContain('application/json: !FindInMap [ LambdaErrorMap, ResponseTemplates, Tagged ]');
    expect(tagged).not.toContain('Fn::FindInMap');
    const plain = applyToTemplateText(yaml(LAMBDA_URI), 't.yaml', defaultCatalog).text;
    expect(plain).toContain('Fn::FindInMap:');
    expect(plain).not.toContain('!FindInMap');
    expect(applyToTemplateText(tagged, 't.yaml', defaultCatalog).text).toBe(tagged);
  });
});
