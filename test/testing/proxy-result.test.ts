import { describe, expect, it } from '@jest/globals';
import { proxyResult } from '../../src/testing/index.js';

const restBadGateway = {
  statusCode: 502,
  headers: { 'Content-Type': 'application/json' },
  multiValueHeaders: { 'Content-Type': ['application/json'] },
  body: '{"message": "Internal server error"}',
};
const httpApiError = {
  statusCode: 500,
  headers: { 'Content-Type': 'application/json' },
  multiValueHeaders: { 'Content-Type': ['application/json'] },
  body: '{"message":"Internal Server Error"}',
};

describe('proxyResult: REST API and HTTP API payload 1.0', () => {
  it('merges headers and multiValueHeaders, multi-value winning, and joins repeated values', () => {
    const response = proxyResult(
      {
        statusCode: 404,
        headers: { 'Content-Type': 'application/problem+json', 'X-A': 'single' },
        multiValueHeaders: { 'x-a': ['1', '2'], 'Set-Cookie': ['a=1', 'b=2'] },
        body: '{"status":404}',
        isBase64Encoded: false,
      },
      'rest-v1',
    );
    expect(response).toEqual({
      statusCode: 404,
      headers: { 'Content-Type': 'application/problem+json', 'x-a': '1, 2', 'Set-Cookie': 'a=1, b=2' },
      multiValueHeaders: {
        'Content-Type': ['application/problem+json'],
        'x-a': ['1', '2'],
        'Set-Cookie': ['a=1', 'b=2'],
      },
      body: '{"status":404}',
    });
  });

  it('sends number and boolean header values as text, omits an empty header list, and a missing body as empty', () => {
    expect(
      proxyResult(
        {
          statusCode: 204,
          headers: { 'X-Count': 3, 'X-Cached': false },
          multiValueHeaders: { 'X-None': [] },
        },
        'http-api-v1',
      ),
    ).toEqual({
      statusCode: 204,
      headers: { 'X-Count': '3', 'X-Cached': 'false' },
      multiValueHeaders: { 'X-Count': ['3'], 'X-Cached': ['false'] },
      body: '',
    });
  });

  it('decodes a base64 body', () => {
    const body = Buffer.from('héllo').toString('base64');
    expect(proxyResult({ statusCode: 200, body, isBase64Encoded: true }, 'http-api-v1').body).toBe('héllo');
  });

  it.each([
    ['an extra key such as cookies', { statusCode: 200, body: '', cookies: ['a=1'] }],
    ['a non-string body', { statusCode: 200, body: { a: 1 } }],
    ['a string statusCode', { statusCode: '200', body: '' }],
    ['a fractional statusCode', { statusCode: 200.5, body: '' }],
    ['no statusCode', { body: 'x' }],
    ['a bare string', 'hello'],
    ['null', null],
    ['an object header value', { statusCode: 200, headers: { a: { b: 1 } } }],
    ['a string isBase64Encoded', { statusCode: 200, body: 'eA==', isBase64Encoded: 'true' }],
    ['a multiValueHeaders value that is not an array', { statusCode: 200, multiValueHeaders: { a: 'x' } }],
  ])('answers REST 502 and HTTP API 1.0 500 for %s', (_label, result) => {
    expect(proxyResult(result, 'rest-v1')).toEqual(restBadGateway);
    expect(proxyResult(result, 'http-api-v1')).toEqual(httpApiError);
  });
});

describe('proxyResult: HTTP API payload 2.0 and Function URLs', () => {
  it('sends cookies as Set-Cookie lines', () => {
    const response = proxyResult(
      { statusCode: 201, headers: { 'content-type': 'text/plain' }, cookies: ['a=1', 'b=2'], body: 'made' },
      'http-api-v2',
    );
    expect(response).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'text/plain', 'Set-Cookie': 'a=1, b=2' },
      multiValueHeaders: { 'content-type': ['text/plain'], 'Set-Cookie': ['a=1', 'b=2'] },
      body: 'made',
    });
  });

  it('treats an object without statusCode as a 200 JSON body, and a string as the body text', () => {
    expect(proxyResult({ id: 'o-1', status: 404 }, 'function-url')).toEqual({
      statusCode: 200,
      headers: { 'Content-Type': 'application/json' },
      multiValueHeaders: { 'Content-Type': ['application/json'] },
      body: '{"id":"o-1","status":404}',
    });
    expect(proxyResult('hello', 'http-api-v2').body).toBe('hello');
    expect(proxyResult('hello', 'http-api-v2').statusCode).toBe(200);
  });

  it('sends no Set-Cookie for an empty cookies list, and a null body for an undefined result', () => {
    expect(proxyResult({ statusCode: 200, cookies: [], body: 'ok' }, 'http-api-v2')).toEqual({
      statusCode: 200,
      headers: {},
      multiValueHeaders: {},
      body: 'ok',
    });
    expect(proxyResult(undefined, 'function-url').body).toBe('null');
  });

  it('answers 500 (HTTP API) or 502 (Function URL) for a malformed response', () => {
    expect(proxyResult({ statusCode: 200, cookies: 'a=1' }, 'http-api-v2')).toEqual(httpApiError);
    expect(proxyResult({ statusCode: 200, cookies: ['a=1', 2] }, 'http-api-v2')).toEqual(httpApiError);
    expect(proxyResult({ statusCode: 200, body: 42 }, 'http-api-v2')).toEqual(httpApiError);
    expect(proxyResult({ statusCode: 'x' }, 'function-url').statusCode).toBe(502);
  });
});

describe('proxyResult: ALB', () => {
  const result = {
    statusCode: 503,
    statusDescription: '503 Service Unavailable',
    headers: { 'Retry-After': '5' },
    multiValueHeaders: { 'Retry-After': ['7'], Vary: ['Origin', 'Accept'] },
    body: 'later',
  };

  it('uses headers in single-value mode and multiValueHeaders in multi-value mode', () => {
    expect(proxyResult(result, 'alb')).toEqual({
      statusCode: 503,
      headers: { 'Retry-After': '5' },
      multiValueHeaders: { 'Retry-After': ['5'] },
      body: 'later',
    });
    expect(proxyResult(result, 'alb-multi-value')).toEqual({
      statusCode: 503,
      headers: { 'Retry-After': '7', Vary: 'Origin, Accept' },
      multiValueHeaders: { 'Retry-After': ['7'], Vary: ['Origin', 'Accept'] },
      body: 'later',
    });
  });

  it('answers 502 Bad Gateway (HTML) for a malformed result', () => {
    const response = proxyResult({ statusCode: 200, body: { a: 1 } }, 'alb');
    expect(response.statusCode).toBe(502);
    expect(response.headers).toEqual({ 'Content-Type': 'text/html' });
    expect(response.body).toContain('<h1>502 Bad Gateway</h1>');
  });

  it('refuses an unknown event kind', () => {
    expect(() => proxyResult({}, 'websocket' as never)).toThrow(/unknown proxy event kind "websocket"/);
  });
});
