import { describe, expect, it } from '@jest/globals';
import httpErrorHandler from '@middy/http-error-handler';
import createError from 'http-errors';
import { defaultCatalog, proxyErrorResponse } from '../../src/index.js';
import { headerValues } from '../support/response-validators.js';
import { parsedBody, respondTo } from './support.js';

const theirs = () => httpErrorHandler({ logger: false });
const ours = () => proxyErrorResponse({ logger: false });
const SECRET = 'api key sk_live_51HxSECRET';

describe('our errors handled by @middy/http-error-handler alone', () => {
  it('give the catalog status and the exposed message', async () => {
    const response = await respondTo('rest-v1', defaultCatalog.error('Gone', 'order 42 was archived'), [
      theirs(),
    ]);
    expect(response).toMatchObject({ statusCode: 410, body: 'order 42 was archived' });
  });

  it('keep a 5xx message hidden (their 500 has no body at all: not validated here)', async () => {
    const response = await respondTo(
      'rest-v1',
      defaultCatalog.error('BadGateway', SECRET),
      [theirs()],
      {},
      false,
    );
    expect(response.statusCode).toBe(500);
    expect(JSON.stringify(response)).not.toContain('sk_live');
  });
});

describe.each([
  ['used before ours (our onError runs first)', () => [theirs(), ours()]],
  ['used after ours (theirs runs first, ours replaces its response)', () => [ours(), theirs()]],
])('@middy/http-error-handler %s', (_order, middlewares) => {
  it('answers a 404 with our problem+json', async () => {
    const response = await respondTo('http-api-v2', createError(404, 'gone fishing'), middlewares());
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    expect(parsedBody(response)).toMatchObject({ status: 404, detail: 'gone fishing' });
  });

  it('answers a secret 500 without the secret', async () => {
    const response = await respondTo('alb', new Error(SECRET), middlewares());
    expect(response.statusCode).toBe(500);
    expect(JSON.stringify(response)).not.toContain('sk_live');
  });
});

describe('proxyErrorResponse instead of @middy/http-error-handler', () => {
  it('honours http-errors status, expose and headers', async () => {
    const error = createError(401, 'token expired', { headers: { 'WWW-Authenticate': 'Bearer' } });
    const response = await respondTo('rest-v1', error, [ours()]);
    expect(response.statusCode).toBe(401);
    expect(headerValues(response, 'www-authenticate')).toEqual(['Bearer']);
    expect(parsedBody(response).detail).toBe('token expired');
  });

  it('hides an http-errors 5xx message and a 4xx one created with expose: false', async () => {
    const server = await respondTo('rest-v1', createError(500, SECRET), [ours()]);
    const unexposed = await respondTo('rest-v1', createError(403, SECRET, { expose: false }), [ours()]);
    expect(server.statusCode).toBe(500);
    expect(unexposed.statusCode).toBe(403);
    expect(JSON.stringify([server, unexposed])).not.toContain('sk_live');
    expect(parsedBody(unexposed).detail).toBe('Forbidden');
  });
});
