import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  GATEWAY_RESPONSE_TYPES,
  type GatewayResponseModel,
  type GatewayResponsesOptions,
  gatewayResponses,
} from '../../src/generate/index.js';
import { defaultCatalog, defineErrorCatalog } from '../../src/index.js';
import { AWS_GATEWAY_MESSAGES, respondGateway } from '../../src/testing/index.js';

const REQUEST_ID = '7f1e0c3a-2b6d-4f5e-9a1b-0c2d3e4f5a6b';

function byType(responses: readonly GatewayResponseModel[], type: string): GatewayResponseModel {
  const found = responses.find((response) => response.responseType === type);
  if (!found) throw new Error(`no ${type}`);
  return found;
}

describe('gatewayResponses', () => {
  const responses = gatewayResponses(defaultCatalog);

  it('has one response per type, each keeping the status API Gateway gives that type', () => {
    expect(responses.map((response) => response.responseType)).toEqual(Object.keys(GATEWAY_RESPONSE_TYPES));
    expect(responses).toHaveLength(21);
    for (const response of responses) {
      const status = GATEWAY_RESPONSE_TYPES[response.responseType as keyof typeof GATEWAY_RESPONSE_TYPES];
      expect(response.statusCode).toBe(status === undefined ? undefined : String(status));
    }
    expect(byType(responses, 'THROTTLED').statusCode).toBe('429');
    expect(byType(responses, 'MISSING_AUTHENTICATION_TOKEN').statusCode).toBe('403');
    expect(byType(responses, 'INTEGRATION_TIMEOUT').statusCode).toBe('504');
    expect(byType(responses, 'DEFAULT_4XX').statusCode).toBeUndefined();
  });

  it('gives THROTTLED the same type and title as the Lambda error of that status', () => {
    const catalog = defineErrorCatalog({
      SlowDown: { status: 429, title: 'Slow down', type: 'https://example.com/problems/slow-down' },
    });
    // The base catalog's TooManyRequests is the canonical 429 kind; without a base, SlowDown is.
    const own = defineErrorCatalog(
      { SlowDown: { status: 429, title: 'Slow down', type: 'https://example.com/problems/slow-down' } },
      { base: null },
    );
    for (const each of [catalog, own]) {
      const kind = each.kindForStatus(429);
      const client = respondGateway(gatewayResponses(each), {
        responseType: 'THROTTLED',
        requestId: REQUEST_ID,
      });
      expect(JSON.parse(client.body)).toEqual({
        type: kind?.type,
        title: kind?.title,
        status: 429,
        detail: 'Too Many Requests',
        requestId: REQUEST_ID,
        gatewayResponseType: 'THROTTLED',
        retryAfter: 1,
      });
    }
  });

  it('falls back to about:blank and the reason phrase when the catalog has no kind of that status', () => {
    const bare = defineErrorCatalog({ Missing: { status: 404 } }, { base: null });
    const client = respondGateway(gatewayResponses(bare), {
      responseType: 'REQUEST_TOO_LARGE',
      requestId: 'r',
    });
    expect(JSON.parse(client.body)).toMatchObject({
      type: 'about:blank',
      title: 'Content Too Large',
      status: 413,
    });
  });

  it('renders every type, with AWS message, as parseable problem+json with the request id', () => {
    for (const type of Object.keys(GATEWAY_RESPONSE_TYPES)) {
      const client = respondGateway(responses, {
        responseType: type,
        requestId: REQUEST_ID,
        status: type === 'DEFAULT_4XX' ? 405 : 503,
      });
      const body = JSON.parse(client.body);
      expect(client.headers['Content-Type']).toBe('application/problem+json');
      expect(body.requestId).toBe(REQUEST_ID);
      expect(body.gatewayResponseType).toBe(type);
      expect(body.detail).toBe(AWS_GATEWAY_MESSAGES[type]);
    }
  });

  it('sets Retry-After on THROTTLED (default 1 s), none on QUOTA_EXCEEDED unless configured', () => {
    const header = 'gatewayresponse.header.Retry-After';
    expect(byType(responses, 'THROTTLED').responseParameters[header]).toBe("'1'");
    expect(byType(responses, 'QUOTA_EXCEEDED').responseParameters).not.toHaveProperty(header);
    expect(responses.filter((response) => header in response.responseParameters)).toHaveLength(1);

    const configured = gatewayResponses(defaultCatalog, {
      throttledRetryAfterSeconds: 5,
      quotaExceededRetryAfterSeconds: 3600,
    });
    expect(byType(configured, 'THROTTLED').responseParameters[header]).toBe("'5'");
    expect(byType(configured, 'QUOTA_EXCEEDED').responseParameters[header]).toBe("'3600'");
    const quota = respondGateway(configured, { responseType: 'QUOTA_EXCEEDED', requestId: 'r' });
    expect(quota.headers['Retry-After']).toBe('3600');
    expect(JSON.parse(quota.body)).toMatchObject({ retryAfter: 3600, detail: 'Limit Exceeded' });

    const none = gatewayResponses(defaultCatalog, { throttledRetryAfterSeconds: false });
    expect(byType(none, 'THROTTLED').responseParameters).not.toHaveProperty(header);
    expect(
      JSON.parse(respondGateway(none, { responseType: 'THROTTLED', requestId: 'r' }).body),
    ).not.toHaveProperty('retryAfter');
  });

  it('sends no CORS header unless configured, and the configured ones on every response', () => {
    for (const response of responses) {
      expect(
        Object.keys(response.responseParameters).filter((name) => name.includes('Access-Control')),
      ).toEqual([]);
    }
    const cors = gatewayResponses(defaultCatalog, {
      corsOrigin: 'https://app.example.com',
      corsAllowHeaders: ['Content-Type', 'Authorization', 'Content-Type'],
      corsAllowCredentials: true,
    });
    for (const response of cors) {
      expect(response.responseParameters).toMatchObject({
        'gatewayresponse.header.Access-Control-Allow-Origin': "'https://app.example.com'",
        'gatewayresponse.header.Access-Control-Allow-Headers': "'Content-Type,Authorization'",
        'gatewayresponse.header.Access-Control-Allow-Credentials': "'true'",
      });
    }
    const client = respondGateway(cors, { responseType: 'MISSING_AUTHENTICATION_TOKEN', requestId: 'r' });
    expect(client.headers).toEqual({
      'Content-Type': 'application/problem+json',
      'Access-Control-Allow-Origin': 'https://app.example.com',
      'Access-Control-Allow-Headers': 'Content-Type,Authorization',
      'Access-Control-Allow-Credentials': 'true',
    });
    expect(client.statusCode).toBe(403);
    const header = gatewayResponses(defaultCatalog, { corsOrigin: '*', corsAllowHeaders: ['X-Api-Key'] });
    expect(
      byType(header, 'DEFAULT_5XX').responseParameters['gatewayresponse.header.Access-Control-Allow-Headers'],
    ).toBe("'X-Api-Key'");
  });

  it('takes a list of one origin as that origin', () => {
    expect(
      gatewayResponses(defaultCatalog, {
        corsOrigin: ['https://app.example.com'],
        corsAllowCredentials: true,
      }),
    ).toEqual(
      gatewayResponses(defaultCatalog, { corsOrigin: 'https://app.example.com', corsAllowCredentials: true }),
    );
  });

  it('with several origins sends no CORS header: a static value would be wrong for all but one', () => {
    const several = gatewayResponses(defaultCatalog, {
      corsOrigin: ['https://app.example.com', 'https://admin.example.com'],
    });
    expect(several).toEqual(gatewayResponses(defaultCatalog));
    const client = respondGateway(several, { responseType: 'THROTTLED', requestId: 'r' });
    expect(Object.keys(client.headers).sort()).toEqual(['Content-Type', 'Retry-After']);
    expect(client.statusCode).toBe(429);
  });

  it('why not echo the Origin: a method.request.header.Origin mapping answers every origin alike', () => {
    const [base] = gatewayResponses(defaultCatalog) as [GatewayResponseModel];
    const echoing: GatewayResponseModel = {
      ...base,
      responseParameters: {
        ...base.responseParameters,
        'gatewayresponse.header.Access-Control-Allow-Origin': 'method.request.header.Origin',
      },
    };
    for (const origin of ['https://app.example.com', 'https://evil.example']) {
      const client = respondGateway([echoing], {
        responseType: base.responseType,
        requestId: 'r',
        status: 403,
        headers: { Origin: origin },
      });
      expect(client.headers['Access-Control-Allow-Origin']).toBe(origin);
    }
  });

  it.each<[string, GatewayResponsesOptions, RegExp]>([
    [
      'allow-headers with several origins',
      { corsOrigin: ['https://a.example', 'https://b.example'], corsAllowHeaders: ['A'] },
      /^gatewayResponses: corsAllowHeaders needs a single corsOrigin; with several origins/,
    ],
    [
      'credentials with several origins',
      { corsOrigin: ['https://a.example', 'https://b.example'], corsAllowCredentials: true },
      /corsAllowCredentials needs a single corsOrigin/,
    ],
    ['an empty list of origins', { corsOrigin: [] }, /corsOrigin must name at least one origin/],
    ['"*" in a list', { corsOrigin: ['https://a.example', '*'] }, /"\*" already allows every origin/],
    [
      'a bad origin in a list',
      { corsOrigin: ['https://a.example', 'b.example'] },
      /corsOrigin must be a non-empty origin/,
    ],
    ['an origin with a path', { corsOrigin: 'https://a.example/x' }, /corsOrigin must be a non-empty origin/],
    ['a quoted origin', { corsOrigin: "'*'" }, /corsOrigin must be/],
    ['allow-headers without an origin', { corsAllowHeaders: ['A'] }, /corsAllowHeaders needs corsOrigin/],
    [
      'credentials without an origin',
      { corsAllowCredentials: false },
      /corsAllowCredentials needs corsOrigin/,
    ],
    ['credentials with *', { corsOrigin: '*', corsAllowCredentials: true }, /other than "\*"/],
    [
      'credentials not a boolean',
      { corsOrigin: '*', corsAllowCredentials: 'yes' as never },
      /corsAllowCredentials must be true or false, got "yes" \(a string\)/,
    ],
    ['a header name with a space', { corsOrigin: '*', corsAllowHeaders: ['X Y'] }, /list of header names/],
    ['a header name with a quote', { corsOrigin: '*', corsAllowHeaders: ["X'Y"] }, /list of header names/],
    ['no header names', { corsOrigin: '*', corsAllowHeaders: [] }, /list of header names/],
    [
      'a fractional Retry-After',
      { throttledRetryAfterSeconds: 1.5 },
      /throttledRetryAfterSeconds must be a whole number.*or false/,
    ],
    [
      'a negative quota Retry-After',
      { quotaExceededRetryAfterSeconds: -1 },
      /quotaExceededRetryAfterSeconds must be a whole number of seconds from 0 to 86400, got -1/,
    ],
    [
      'an unknown option',
      { corsOrigins: '*' } as never,
      /^gatewayResponses: options has unknown option\(s\) corsOrigins; known options: corsOrigin, corsAllowHeaders/,
    ],
  ])('refuses %s with a message naming the fix', (_, options, message) => {
    expect(() => gatewayResponses(defaultCatalog, options)).toThrow(message);
  });

  it('refuses options that are not an object', () => {
    expect(() => gatewayResponses(defaultCatalog, null as never)).toThrow(/options must be an object/);
  });

  it('accepts allow-headers as a comma-separated string, as serverless.yml users write them', () => {
    const responses = gatewayResponses(defaultCatalog, {
      corsOrigin: '*',
      corsAllowHeaders: 'Content-Type, X-Api-Key' as never,
    });
    expect(responses[0]?.responseParameters['gatewayresponse.header.Access-Control-Allow-Headers']).toBe(
      "'Content-Type,X-Api-Key'",
    );
  });
});

describe('gatewayResponses, for any message and any catalog text', () => {
  it('renders a body that parses, with the message and the catalog title unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary', minLength: 1 }),
        fc.constantFrom(
          ...Object.keys(GATEWAY_RESPONSE_TYPES).filter((type) => !type.startsWith('DEFAULT_')),
        ),
        (message, title, responseType) => {
          const status = GATEWAY_RESPONSE_TYPES[
            responseType as keyof typeof GATEWAY_RESPONSE_TYPES
          ] as number;
          fc.pre(title.trim() !== '');
          let catalog: ReturnType<typeof defineErrorCatalog>;
          try {
            catalog = defineErrorCatalog({ Kind: { status, title } }, { base: null });
          } catch {
            fc.pre(false);
            return;
          }
          const client = respondGateway(gatewayResponses(catalog), { responseType, requestId: 'r', message });
          expect(JSON.parse(client.body)).toMatchObject({
            title: catalog.kindForStatus(status)?.title,
            detail: message,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
