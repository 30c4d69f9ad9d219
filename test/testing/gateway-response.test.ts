// biome-ignore-all lint/suspicious/noTemplateCurlyInString: gateway templates, not JavaScript templates
import { describe, expect, it } from '@jest/globals';
import { type GatewayResponseModel, gatewayResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { respondGateway } from '../../src/testing/index.js';

const custom = (overrides: Partial<GatewayResponseModel>): GatewayResponseModel => ({
  responseType: 'UNAUTHORIZED',
  statusCode: undefined,
  responseParameters: {},
  responseTemplates: {},
  ...overrides,
});

describe('respondGateway', () => {
  it("answers with API Gateway's own body when the API has no Gateway Response for the type", () => {
    expect(respondGateway([], { responseType: 'THROTTLED', requestId: 'r' })).toEqual({
      statusCode: 429,
      headers: { 'Content-Type': 'application/json' },
      body: '{"message":"Too Many Requests"}',
    });
    expect(respondGateway([], { responseType: 'AUTHORIZER_FAILURE', requestId: 'r' }).body).toBe(
      '{"message":null}',
    );
  });

  it('falls back to DEFAULT_4XX / DEFAULT_5XX, keeping the type its own status', () => {
    const onlyDefaults = gatewayResponses(defaultCatalog).filter((r) =>
      r.responseType.startsWith('DEFAULT_'),
    );
    const unauthorized = respondGateway(onlyDefaults, { responseType: 'UNAUTHORIZED', requestId: 'r' });
    expect(unauthorized.statusCode).toBe(401);
    expect(JSON.parse(unauthorized.body)).toMatchObject({
      title: 'Bad Request',
      gatewayResponseType: 'UNAUTHORIZED',
    });
    const timeout = respondGateway(onlyDefaults, { responseType: 'INTEGRATION_TIMEOUT', requestId: 'r' });
    expect(timeout.statusCode).toBe(504);
    expect(JSON.parse(timeout.body)).toMatchObject({
      title: 'Internal Server Error',
      detail: 'Endpoint request timed out',
    });
  });

  it('uses a status set on a fallback for every type it serves', () => {
    const fallback = custom({
      responseType: 'DEFAULT_4XX',
      statusCode: '400',
      responseTemplates: { 'application/json': '{}' },
    });
    expect(respondGateway([fallback], { responseType: 'WAF_FILTERED', requestId: 'r' }).statusCode).toBe(400);
  });

  it('needs the chosen status for DEFAULT_4XX / DEFAULT_5XX themselves', () => {
    expect(() => respondGateway([], { responseType: 'DEFAULT_4XX', requestId: 'r' })).toThrow(
      /DEFAULT_4XX has no status of its own; pass the one API Gateway chose as status \(400 to 499\)/,
    );
    expect(() => respondGateway([], { responseType: 'DEFAULT_5XX', requestId: 'r', status: 404 })).toThrow(
      /500 to 599/,
    );
    expect(respondGateway([], { responseType: 'DEFAULT_5XX', requestId: 'r', status: 502 }).statusCode).toBe(
      502,
    );
  });

  it('refuses an unknown response type', () => {
    expect(() => respondGateway([], { responseType: 'TEAPOT', requestId: 'r' })).toThrow(
      /unknown response type "TEAPOT"/,
    );
  });

  it('maps request headers, query strings and path parameters; skips missing ones', () => {
    const response = custom({
      responseParameters: {
        'gatewayresponse.header.Access-Control-Allow-Origin': 'method.request.header.Origin',
        'gatewayresponse.header.X-Query': 'method.request.querystring.q',
        'gatewayresponse.header.X-Path': 'method.request.path.id',
        'gatewayresponse.header.X-Missing': 'method.request.header.X-Absent',
      },
      responseTemplates: {
        'application/json': '{"m":$context.error.messageString,"raw":"${context.error.message}"}',
      },
    });
    const client = respondGateway([response], {
      responseType: 'UNAUTHORIZED',
      requestId: 'r',
      headers: { origin: 'https://a.example' },
      queryStringParameters: { q: 'x' },
      pathParameters: { id: '42' },
    });
    expect(client).toEqual({
      statusCode: 401,
      headers: {
        'Content-Type': 'application/json',
        'Access-Control-Allow-Origin': 'https://a.example',
        'X-Query': 'x',
        'X-Path': '42',
      },
      body: '{"m":"Unauthorized","raw":"Unauthorized"}',
    });
  });

  it('picks the template by Accept, and answers the plain body when the chosen type has none', () => {
    const response = custom({
      responseTemplates: { 'application/json': '{"a":1}', 'text/plain': 'no $context.requestId' },
    });
    const text = respondGateway([response], {
      responseType: 'UNAUTHORIZED',
      requestId: 'id-1',
      headers: { Accept: 'text/plain' },
    });
    expect(text).toMatchObject({ headers: { 'Content-Type': 'text/plain' }, body: 'no id-1' });
    const bare = respondGateway([custom({})], { responseType: 'UNAUTHORIZED', requestId: 'r', message: 'x' });
    expect(bare).toEqual({
      statusCode: 401,
      headers: { 'Content-Type': 'application/json' },
      body: '{"message":"x"}',
    });
  });

  it('renders null messages as null, and refuses what it does not emulate', () => {
    const response = custom({
      responseTemplates: { 'application/json': '{"m":$context.error.messageString}' },
    });
    expect(
      respondGateway([response], { responseType: 'UNAUTHORIZED', requestId: 'r', message: null }).body,
    ).toBe('{"m":null}');
    const unknownVariable = custom({
      responseTemplates: { 'application/json': '$context.identity.sourceIp' },
    });
    expect(() => respondGateway([unknownVariable], { responseType: 'UNAUTHORIZED', requestId: 'r' })).toThrow(
      /\$context\.identity\.sourceIp is not emulated/,
    );
    const pathTarget = custom({ responseParameters: { 'gatewayresponse.path.x': "'y'" } });
    expect(() => respondGateway([pathTarget], { responseType: 'UNAUTHORIZED', requestId: 'r' })).toThrow(
      /name headers gatewayresponse\.header\.<Name>/,
    );
    const stageSource = custom({ responseParameters: { 'gatewayresponse.header.X': 'stageVariables.x' } });
    expect(() => respondGateway([stageSource], { responseType: 'UNAUTHORIZED', requestId: 'r' })).toThrow(
      /source "stageVariables\.x" is not emulated/,
    );
  });
});
