import { describe, expect, it } from '@jest/globals';
import {
  emitOpenApi,
  FUNCTION_URI_PLACEHOLDER,
  type IntegrationResponsesModel,
  openApiDocument,
} from '../../../src/generate/index.js';
import { validateOpenApi } from '../../support/validate-openapi.js';
import { headerNames } from './expectations.js';
import { defaultModel, gatewayModel, hostileGatewayModel, hostileModel } from './fixtures.js';

interface Operation {
  responses: Record<string, { description: string; headers?: Record<string, { required: boolean }> }>;
  'x-amazon-apigateway-integration': {
    type: string;
    httpMethod: string;
    uri: string;
    responses: Record<
      string,
      {
        statusCode: string;
        responseTemplates?: Record<string, string>;
        responseParameters?: Record<string, string>;
      }
    >;
  };
}

function operationOf(text: string, path = '/example', method = 'post'): Operation {
  return JSON.parse(text).paths[path][method];
}

describe('openapi emitter', () => {
  it.each([
    ['the default catalog', defaultModel],
    ['hostile strings', hostileModel],
  ])('writes a document @apidevtools/swagger-parser validates, for %s', (_, model) => {
    expect(validateOpenApi(JSON.parse(emitOpenApi(model)))).toEqual({ valid: true, message: 'valid' });
  });

  it('is checked by a validator that does reject a broken document', () => {
    const document = JSON.parse(emitOpenApi(defaultModel));
    document.paths['/example'].post.responses['404'] = { headers: {} };
    expect(validateOpenApi(document).valid).toBe(false);
  });

  it.each([
    ['the default catalog', defaultModel],
    ['hostile strings', hostileModel],
  ])('keys the integration responses of %s by selection pattern, default for the success', (_, model) => {
    const integration = operationOf(emitOpenApi(model))['x-amazon-apigateway-integration'];
    const expected: Record<string, unknown> = {};
    for (const response of model.integrationResponses) {
      expected[response.selectionPattern ?? 'default'] = {
        statusCode: response.statusCode,
        responseTemplates: response.responseTemplates,
        responseParameters: response.responseParameters,
      };
    }
    expect(integration.responses).toEqual(expected);
    expect(integration.responses.default?.statusCode).toBe('200');
  });

  it('is a Lambda custom integration (type aws, httpMethod POST) at the URI given, or a loud placeholder', () => {
    const placeholder = operationOf(emitOpenApi(defaultModel))['x-amazon-apigateway-integration'];
    expect(placeholder).toMatchObject({ type: 'aws', httpMethod: 'POST', uri: FUNCTION_URI_PLACEHOLDER });
    const uri =
      'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:1:function:f/invocations';
    const document = openApiDocument(defaultModel, { path: '/orders/{id}', method: 'get', functionUri: uri });
    expect(
      operationOf(JSON.stringify(document), '/orders/{id}', 'get')['x-amazon-apigateway-integration'].uri,
    ).toBe(uri);
  });

  it('declares every method response status with its headers as operation responses', () => {
    const model: IntegrationResponsesModel = defaultModel;
    const { responses } = operationOf(emitOpenApi(model));
    expect(Object.keys(responses).sort()).toEqual(
      model.methodResponses.map((response) => response.statusCode).sort(),
    );
    for (const response of model.methodResponses) {
      const declared = responses[response.statusCode];
      expect(declared?.description).toMatch(/\S/);
      const expectedHeaders = Object.fromEntries(
        Object.entries(headerNames(response.responseParameters)).map(([name, required]) => [
          name,
          { required, schema: { type: 'string' } },
        ]),
      );
      expect(declared?.headers ?? {}).toEqual(expectedHeaders);
    }
    expect(responses['404']?.description).toBe('Not Found');
    // Content-Type and Retry-After come from the templates' overrides: only mapped headers are declared.
    expect(Object.keys(responses['429']?.headers ?? {})).toEqual(['Access-Control-Allow-Origin']);
  });
});

describe('openapi emitter: Gateway Responses', () => {
  it.each([
    ['the default catalog', gatewayModel],
    ['hostile strings', hostileGatewayModel],
  ])(
    'writes x-amazon-apigateway-gateway-responses keyed by type, valid under swagger-parser, for %s',
    (_, model) => {
      const document = JSON.parse(emitOpenApi(model));
      const written = document['x-amazon-apigateway-gateway-responses'];
      expect(Object.keys(written)).toEqual((model.gatewayResponses ?? []).map((r) => r.responseType));
      for (const response of model.gatewayResponses ?? []) {
        expect(written[response.responseType]).toEqual({
          ...(response.statusCode === undefined ? {} : { statusCode: response.statusCode }),
          responseParameters: response.responseParameters,
          responseTemplates: response.responseTemplates,
        });
      }
      expect(written.DEFAULT_4XX).not.toHaveProperty('statusCode');
      const validation = validateOpenApi(document);
      expect(validation).toEqual({ valid: true, message: 'valid' });
    },
  );

  it('writes no extension without Gateway Responses, and no empty maps', () => {
    expect(JSON.parse(emitOpenApi(defaultModel))).not.toHaveProperty('x-amazon-apigateway-gateway-responses');
    const document = openApiDocument({
      ...defaultModel,
      gatewayResponses: [
        { responseType: 'DEFAULT_5XX', statusCode: undefined, responseParameters: {}, responseTemplates: {} },
      ],
    });
    expect(document['x-amazon-apigateway-gateway-responses']).toEqual({ DEFAULT_5XX: {} });
  });
});
