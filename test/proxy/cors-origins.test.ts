/**
 * The recipe of docs/proxy.md ("Several origins"): @middy/http-cors with an origin list, registered before
 * proxyErrorResponse, so that error responses carry CORS headers for an allowed origin and none for another.
 */
import { describe, expect, it } from '@jest/globals';
import httpCors from '@middy/http-cors';
import { defaultCatalog, proxyErrorResponse } from '../../src/index.js';
import type { ProxyEventKindName } from '../support/events.js';
import { headerValues } from '../support/response-validators.js';
import { parsedBody, respondTo } from './support.js';

const ALLOWED_ORIGINS = [
  'https://app.example.com',
  'https://admin.example.com',
  'https://*.preview.example.com',
];

const recipe = () => [httpCors({ origins: ALLOWED_ORIGINS }), proxyErrorResponse({ logger: false })];
const wrongOrder = () => [proxyErrorResponse({ logger: false }), httpCors({ origins: ALLOWED_ORIGINS })];

/** How each kind's event spells the header: REST v1 keeps the browser's casing, HTTP API 2.0 and ALB lower-case it. */
const ORIGIN_HEADER: Readonly<Record<'rest-v1' | 'http-api-v2' | 'alb', string>> = {
  'rest-v1': 'Origin',
  'http-api-v2': 'origin',
  alb: 'origin',
};
const KINDS = Object.keys(ORIGIN_HEADER) as (keyof typeof ORIGIN_HEADER & ProxyEventKindName)[];

const THROWN = {
  'a catalog 404': () => defaultCatalog.error('NotFound', 'order 42 does not exist'),
  'a crash (500)': () => new TypeError("Cannot read properties of undefined (reading 'id')"),
};

async function errorResponseFor(
  kind: (typeof KINDS)[number],
  thrown: unknown,
  origin: string | undefined,
  middlewares = recipe(),
) {
  const headers = origin === undefined ? {} : { [ORIGIN_HEADER[kind]]: origin };
  return respondTo(kind, thrown, middlewares, { headers });
}

describe.each(KINDS)('several origins with @middy/http-cors on a %s event', (kind) => {
  describe.each(Object.entries(THROWN))('%s', (_, thrown) => {
    it.each(['https://app.example.com', 'https://admin.example.com', 'https://pr-42.preview.example.com'])(
      'echoes the allowed origin %s on the problem response, with Vary: Origin',
      async (origin) => {
        const response = await errorResponseFor(kind, thrown(), origin);
        const status = response.statusCode as number;
        expect(status).toBeGreaterThanOrEqual(400);
        expect(headerValues(response, 'access-control-allow-origin')).toEqual([origin]);
        expect(headerValues(response, 'vary')).toEqual(['Origin']);
        expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
        expect(parsedBody(response).status).toBe(status);
      },
    );

    it.each([
      'https://evil.example',
      'https://app.example.com.evil.example',
      'http://app.example.com',
      'https://a.b.preview.example.com',
      'null',
    ])('sends no Access-Control-Allow-Origin to %s, and still Vary: Origin', async (origin) => {
      const response = await errorResponseFor(kind, thrown(), origin);
      expect(headerValues(response, 'access-control-allow-origin')).toEqual([]);
      expect(headerValues(response, 'vary')).toEqual(['Origin']);
      expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    });

    it('sends no Access-Control-Allow-Origin when the request has no Origin, and still Vary: Origin', async () => {
      const response = await errorResponseFor(kind, thrown(), undefined);
      expect(headerValues(response, 'access-control-allow-origin')).toEqual([]);
      expect(headerValues(response, 'vary')).toEqual(['Origin']);
    });
  });

  it('registered after proxyErrorResponse, http-cors finds no response yet: the error carries no CORS header', async () => {
    const response = await errorResponseFor(
      kind,
      THROWN['a catalog 404'](),
      'https://app.example.com',
      wrongOrder(),
    );
    expect(response.statusCode).toBe(404);
    expect(headerValues(response, 'access-control-allow-origin')).toEqual([]);
    expect(headerValues(response, 'vary')).toEqual([]);
  });
});
