import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { toYamlText } from '../../../src/generate/emitters/yaml-text.js';
import {
  cdkResponses,
  cloudFormationIntegrationResponses,
  cloudFormationMethodResponses,
  emitAwsCli,
  type IntegrationResponsesModel,
  openApiDocument,
  serverlessResponse,
} from '../../../src/generate/index.js';

/** A hand-built model whose responses carry no template and no parameter: every emitter must leave the maps out. */
const bareModel: IntegrationResponsesModel = {
  integrationResponses: [
    { statusCode: '200', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
    { statusCode: '500', selectionPattern: '.+', responseTemplates: {}, responseParameters: {} },
  ],
  methodResponses: [
    { statusCode: '200', responseParameters: {} },
    { statusCode: '500', responseParameters: {} },
  ],
};

interface Operation {
  responses: Record<string, unknown>;
  'x-amazon-apigateway-integration': { responses: Record<string, unknown> };
}

function operationOf(model: IntegrationResponsesModel): Operation {
  const paths = openApiDocument(model).paths as Record<string, Record<string, Operation>>;
  const operation = paths['/example']?.post;
  if (!operation) throw new Error('the document has no POST /example operation');
  return operation;
}

describe('emitters on responses without templates or parameters', () => {
  it('cdk writes no empty responseTemplates or responseParameters', () => {
    expect(cdkResponses(bareModel)).toStrictEqual({
      integrationResponses: [{ statusCode: '200' }, { statusCode: '500', selectionPattern: '.+' }],
      methodResponses: [{ statusCode: '200' }, { statusCode: '500' }],
    });
  });

  it('cloudformation writes no empty ResponseTemplates or ResponseParameters', () => {
    expect(cloudFormationIntegrationResponses(bareModel)).toStrictEqual([
      { StatusCode: '200' },
      { StatusCode: '500', SelectionPattern: '.+' },
    ]);
    expect(cloudFormationMethodResponses(bareModel)).toStrictEqual([
      { StatusCode: '200' },
      { StatusCode: '500' },
    ]);
  });

  it('serverless writes each status with its pattern only', () => {
    expect(serverlessResponse(bareModel)).toStrictEqual({
      statusCodes: { 200: { pattern: '' }, 500: { pattern: '.+' } },
    });
  });

  it('openapi writes no empty maps in the integration responses, no empty headers and no empty examples in the operation', () => {
    const operation = operationOf(bareModel);

    expect(operation.responses).toStrictEqual({
      200: { description: 'OK' },
      500: {
        description: 'Internal Server Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    });
    expect(operation['x-amazon-apigateway-integration'].responses).toStrictEqual({
      default: { statusCode: '200' },
      '.+': { statusCode: '500' },
    });
  });
});

describe('emitters refusing what their target cannot hold', () => {
  it('openapi refuses two integration responses with the same selection pattern: it keys them by pattern', () => {
    const model: IntegrationResponsesModel = {
      ...bareModel,
      integrationResponses: [
        ...bareModel.integrationResponses,
        { statusCode: '502', selectionPattern: '.+', responseTemplates: {}, responseParameters: {} },
      ],
    };

    expect(() => openApiDocument(model)).toThrow(
      new TypeError('openapi emitter: two integration responses keyed ".+"'),
    );
  });

  it('openapi declares only header parameters of a method response as operation headers', () => {
    const model: IntegrationResponsesModel = {
      ...bareModel,
      methodResponses: [
        {
          statusCode: '200',
          responseParameters: {
            'method.response.header.X-Trace': true,
            'method.response.querystring.page': false,
          },
        },
      ],
    };
    expect(operationOf(model).responses).toStrictEqual({
      200: { description: 'OK', headers: { 'X-Trace': { required: true, schema: { type: 'string' } } } },
    });
  });

  it('aws-cli refuses a selection pattern with a NUL character: no shell argument can hold one', () => {
    const model: IntegrationResponsesModel = {
      ...bareModel,
      integrationResponses: [
        { statusCode: '500', selectionPattern: 'a\u0000b', responseTemplates: {}, responseParameters: {} },
      ],
    };

    expect(() => emitAwsCli(model)).toThrow(
      new TypeError('shellQuote: a shell argument cannot hold a NUL character'),
    );
  });
});

describe('toYamlText', () => {
  it('leaves out keys whose value is undefined, as JSON does, and writes no comment unless asked', () => {
    const text = toYamlText(
      { kept: 'yes', dropped: undefined, nested: { alsoDropped: undefined, n: 1 } },
      { format: 'serverless' },
    );

    // `yes` and `n` are booleans to a YAML 1.1 reader, hence quoted.
    expect(text).toBe('kept: "yes"\nnested:\n  "n": 1\n');
    expect(parse(text)).toStrictEqual(JSON.parse(JSON.stringify({ kept: 'yes', nested: { n: 1 } })));
  });
});
