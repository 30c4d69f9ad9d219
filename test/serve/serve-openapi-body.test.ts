import { get as httpGet } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ServedFixture, serveFixture } from './support/start-server.js';

// A RestApi whose methods are an inline OpenAPI Body, no stage, and an AWS::ApiGateway::GatewayResponse resource.
let served: ServedFixture;
beforeAll(async () => {
  served = await serveFixture('openapi-body/template.yaml');
});
afterAll(() => served.server.close());

const request = (path: string, init?: RequestInit) => served.request(path, init);

describe('serve: an OpenAPI Body on an AWS::ApiGateway::RestApi', () => {
  it('serves at the root when the template names no stage', () => {
    expect(served.server.api.stageName).toBeUndefined();
  });

  it('renders $input.params(name) from the query string and headers (any case), and $input.params()', async () => {
    const response = await request('/echo?q=a%20b&x=1', { headers: { 'user-agent': 'probe/1' } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ q: 'a b', agent: 'probe/1', all: 2 });
  });

  it('a request template that fails to render, or renders no JSON: 500, the reason in the log', async () => {
    for (const contentType of ['text/plain', 'application/xml']) {
      const response = await request('/echo', { headers: { 'content-type': contentType } });
      expect(response.status).toBe(500);
      expect(response.text).toBe('{"message": "Internal server error"}');
    }
    expect(served.logged.some((line) => line.includes('Unable to transform request'))).toBe(true);
    expect(served.logged.some((line) => line.includes('is not JSON: not json at all'))).toBe(true);
  });

  it('passes the body through when no template is for its content type', async () => {
    const response = await request('/items/9', {
      method: 'PATCH',
      headers: { 'content-type': 'application/vnd.custom' },
      body: '{"passed": true}',
    });
    expect(JSON.parse(response.text)).toEqual({ passed: true });
  });

  it('sends the rendered template, not the body, when a template is for its content type', async () => {
    const response = await request('/items/9', {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"passed": true}',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ route: 'any {id}', id: '9' });
  });

  it('sends {} for an empty body when no template is for its content type', async () => {
    const response = await request('/items/9', { method: 'PUT', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({});
  });

  it('answers a request without an Accept header with the JSON response', async () => {
    const answer = await new Promise<{ status: number | undefined; type: string | undefined; body: string }>(
      (resolve, reject) => {
        const outgoing = httpGet(`${served.server.url}/items/literal`, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
          });
          response.on('end', () =>
            resolve({ status: response.statusCode, type: response.headers['content-type'], body }),
          );
        });
        outgoing.on('error', reject);
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.type).toBe('application/json');
    expect(JSON.parse(answer.body)).toEqual({ route: 'get literal' });
  });

  it('prefers a literal segment over {param}, and a method of its own over ANY', async () => {
    expect(JSON.parse((await request('/items/literal')).text)).toEqual({ route: 'get literal' });
    expect(JSON.parse((await request('/items/other')).text)).toEqual({ route: 'any {id}', id: 'other' });
    expect(JSON.parse((await request('/items/literal', { method: 'DELETE' })).text)).toEqual({
      route: 'any {id}',
      id: 'literal',
    });
  });

  it('answers HEAD with no body', async () => {
    const response = await request('/items/7', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.text).toBe('');
  });

  it('two patterns matching one message: a 500, and the reason in the log', async () => {
    const response = await request('/ambiguous', { method: 'POST', body: '{"message": "x"}' });
    expect(response.status).toBe(500);
    expect(served.logged.some((line) => line.includes('selection patterns are ambiguous'))).toBe(true);
  });

  it("uses the template's own Gateway Response resource, with $context.error and its headers", async () => {
    const response = await request('/nowhere');
    expect(response.status).toBe(404);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(JSON.parse(response.text)).toEqual({
      error: 'Missing Authentication Token',
      type: 'MISSING_AUTHENTICATION_TOKEN',
    });
  });
});

describe('lambda-error-map serve: closing', () => {
  it('stops listening once closed, and refuses to close a server that is not running', async () => {
    const own = await serveFixture('openapi-body/template.yaml');
    expect((await own.request('/items/literal')).status).toBe(200);
    await own.server.close();
    await expect(fetch(`${own.server.url}/items/literal`)).rejects.toThrow('fetch failed');
    await expect(own.server.close()).rejects.toMatchObject({ code: 'ERR_SERVER_NOT_RUNNING' });
  });
});
