import { describe, expect, it } from '@jest/globals';
import httpCors from '@middy/http-cors';
import { defaultCatalog, proxyErrorResponse } from '../../src/index.js';
import { EVENT_KINDS } from '../support/events.js';
import { headerValues } from '../support/response-validators.js';
import { parsedBody, respondTo } from './support.js';

const ORIGIN = 'https://shop.example.com';
const quiet = () => proxyErrorResponse({ logger: false });
const notFound = () => defaultCatalog.error('NotFound', 'order 42');

/** An onError middleware that leaves a response behind, as an earlier-running error middleware would. */
function presetResponse(response: Record<string, unknown>) {
  return {
    onError: (request: { response: unknown }) => {
      request.response = structuredClone(response);
    },
  };
}

const KINDS_HTTP_CORS_SUPPORTS = EVENT_KINDS.filter((kind) => kind !== 'alb-multi-value');

describe.each(KINDS_HTTP_CORS_SUPPORTS)('http-cors used before proxyErrorResponse, on a %s event', (kind) => {
  it("carries CORS headers (http-cors's onError runs after ours and adds them)", async () => {
    const response = await respondTo(kind, notFound(), [httpCors({ origin: ORIGIN }), quiet()], {
      headers: { origin: ORIGIN },
    });
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'access-control-allow-origin')).toEqual([ORIGIN]);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
  });
});

describe('http-cors on an ALB multi-value event', () => {
  // http-cors only writes `headers`; in multi-value mode ALB reads `multiValueHeaders`, so its CORS
  // headers land in a map ALB does not use. Our part of the response stays correct.
  it('adds a `headers` map next to our multiValueHeaders, which our response did not have', async () => {
    const response = await respondTo(
      'alb-multi-value',
      notFound(),
      [httpCors({ origin: ORIGIN }), quiet()],
      { headers: { origin: ORIGIN } },
      false,
    );
    expect(response.multiValueHeaders).toEqual({ 'Content-Type': ['application/problem+json'] });
    expect(response.headers).toEqual({ 'Access-Control-Allow-Origin': ORIGIN });
  });
});

describe.each(EVENT_KINDS)('response headers on a %s event', (kind) => {
  it('keeps headers an earlier error middleware set, names compared case-insensitively, never its Content-Type', async () => {
    const earlier = presetResponse({
      statusCode: 500,
      headers: {
        'access-control-allow-origin': ORIGIN,
        'content-type': 'text/html',
        'Content-Length': '999',
        'X-Injected': 'a\r\nSet-Cookie: stolen=1',
      },
      body: '<h1>oops</h1>',
    });
    const error = defaultCatalog.error('Unauthorized', 'token expired', {
      headers: { 'Access-Control-Allow-Origin': '*', 'WWW-Authenticate': 'Bearer realm="orders"' },
    });
    const response = await respondTo(kind, error, [quiet(), earlier]);
    expect(response.statusCode).toBe(401);
    expect(headerValues(response, 'access-control-allow-origin')).toEqual([ORIGIN]);
    expect(headerValues(response, 'www-authenticate')).toEqual(['Bearer realm="orders"']);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    expect(headerValues(response, 'content-length')).toEqual([]);
    expect(headerValues(response, 'x-injected')).toEqual([]);
    expect(JSON.stringify(response)).not.toContain('stolen');
    expect(parsedBody(response).detail).toBe('token expired');
  });

  it('never lets an error set Content-Type or a header value with CR/LF', async () => {
    const error = Object.assign(new Error('teapot'), {
      status: 418,
      expose: true,
      headers: {
        'Content-Type': 'text/html',
        'X-Split': 'ok\nLocation: https://evil.example',
        'X-Fine': 'yes',
      },
    });
    const response = await respondTo(kind, error, [quiet()]);
    expect(response.statusCode).toBe(418);
    expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    expect(headerValues(response, 'x-split')).toEqual([]);
    expect(headerValues(response, 'x-fine')).toEqual(['yes']);
  });
});

describe('header forms per kind', () => {
  const withCookies = presetResponse({
    statusCode: 500,
    multiValueHeaders: { 'Set-Cookie': ['a=1; Secure', 'b=2; Secure'], Vary: ['Origin', 'Accept'] },
  });

  it('REST v1 puts several values in multiValueHeaders only', async () => {
    const response = await respondTo('rest-v1', notFound(), [quiet(), withCookies]);
    expect(response.headers).toEqual({ 'Content-Type': 'application/problem+json' });
    expect(response.multiValueHeaders).toEqual({
      'Set-Cookie': ['a=1; Secure', 'b=2; Secure'],
      Vary: ['Origin', 'Accept'],
    });
  });

  it('HTTP API 2.0 comma-joins headers and moves Set-Cookie to cookies', async () => {
    const response = await respondTo('http-api-v2', notFound(), [quiet(), withCookies]);
    expect(response.headers).toEqual({ 'Content-Type': 'application/problem+json', Vary: 'Origin, Accept' });
    expect(response.cookies).toEqual(['a=1; Secure', 'b=2; Secure']);
  });

  it('Function URL keeps a cookies array the response already had, and has none otherwise', async () => {
    const kept = await respondTo('function-url', notFound(), [
      quiet(),
      presetResponse({ cookies: ['theme=dark'] }),
    ]);
    expect(kept.cookies).toEqual(['theme=dark']);
    const none = await respondTo('function-url', notFound(), [quiet()]);
    expect(none).not.toHaveProperty('cookies');
  });

  it('ALB multi-value mode keeps every value, single-value mode joins them', async () => {
    const multi = await respondTo('alb-multi-value', notFound(), [quiet(), withCookies]);
    expect(multi.multiValueHeaders).toEqual({
      'Content-Type': ['application/problem+json'],
      'Set-Cookie': ['a=1; Secure', 'b=2; Secure'],
      Vary: ['Origin', 'Accept'],
    });
    const single = await respondTo('alb', notFound(), [quiet(), withCookies]);
    expect(single.headers).toEqual({
      'Content-Type': 'application/problem+json',
      'Set-Cookie': 'b=2; Secure',
      Vary: 'Origin, Accept',
    });
  });
});

describe('http-cors used after proxyErrorResponse', () => {
  // In middy, onError middlewares run in reverse order of .use(): here http-cors's onError runs first,
  // finds no response yet and does nothing (its documented behaviour), so it cannot add its headers.
  it.each(EVENT_KINDS)('still answers a valid %s error response (without CORS headers)', async (kind) => {
    const response = await respondTo(kind, notFound(), [quiet(), httpCors({ origin: ORIGIN })], {
      headers: { origin: ORIGIN },
    });
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'access-control-allow-origin')).toEqual([]);
  });
});

describe('detail size', () => {
  it('caps the detail in UTF-8 bytes without splitting a surrogate pair', async () => {
    const huge = '😀'.repeat(300_000);
    const response = await respondTo('alb', defaultCatalog.error('BadRequest', huge), [
      proxyErrorResponse({ logger: false, maxDetailBytes: 1001 }),
    ]);
    const detail = parsedBody(response).detail as string;
    expect(Buffer.byteLength(detail)).toBeLessThanOrEqual(1001);
    expect(detail.endsWith('…')).toBe(true);
    expect(detail).toBe(`${'😀'.repeat(249)}…`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(detail)).toBe(false);
  });

  it('keeps the whole body far below the ALB 1 MB limit by default, even with huge extensions', async () => {
    const error = defaultCatalog.error('UnprocessableContent', 'x'.repeat(2_000_000), {
      extensions: {
        errors: Array.from({ length: 50_000 }, (_, i) => ({ path: `/items/${i}`, message: 'bad' })),
      },
    });
    const response = await respondTo('alb-multi-value', error, [quiet()]);
    expect(Buffer.byteLength(response.body as string)).toBeLessThan(8 * 1024);
    expect(parsedBody(response)).toMatchObject({ status: 422, title: 'Unprocessable Content' });
  });

  it('sends small safe extensions of exposed errors, never over the standard members', async () => {
    const error = defaultCatalog.error('Conflict', 'version 3 is stale', {
      extensions: { currentVersion: 4, status: 200, title: 'OK', detail: 'fine' },
    });
    const body = parsedBody(await respondTo('rest-v1', error, [quiet()]));
    expect(body).toMatchObject({
      status: 409,
      title: 'Conflict',
      detail: 'version 3 is stale',
      currentVersion: 4,
    });
  });
});
