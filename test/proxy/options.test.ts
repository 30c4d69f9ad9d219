import { describe, expect, it } from '@jest/globals';
import { proxyErrorResponse } from '../../src/index.js';

type Options = Parameters<typeof proxyErrorResponse>[0];

describe('proxyErrorResponse options are validated at creation', () => {
  it.each([
    [
      { catalog: { NotFound: { status: 404 } } },
      /option "catalog" must be an ErrorCatalog made by defineErrorCatalog/,
    ],
    [
      { logger: 'console' },
      /option "logger" must be a function, an object with error\(\) and warn\(\) methods, or false, got "console" \(a string\)/,
    ],
    [{ logger: true }, /option "logger" .* got true/],
    [{ logger: { error: () => {} } }, /option "logger"/],
    [{ exposeServerErrors: 'yes' }, /option "exposeServerErrors" must be a boolean, got "yes" \(a string\)/],
    [{ maxDetailBytes: 0 }, /option "maxDetailBytes" must be a positive integer of at most 262144, got 0/],
    [{ maxDetailBytes: 10.5 }, /option "maxDetailBytes" .* got 10.5/],
    [{ maxDetailBytes: 2_000_000 }, /option "maxDetailBytes" .* got 2000000/],
    [{ format: 'xml' }, /option "format" must be one of "problem\+json", "json", "text", got "xml"/],
    [
      { exposeServerError: true },
      /unknown option "exposeServerError"; the options are "catalog", "logger", "consoleClientErrors", "exposeServerErrors", "maxDetailBytes", "onErrorMapped", "format"/,
    ],
  ])('refuses %j', (options, message) => {
    expect(() => proxyErrorResponse(options as unknown as Options)).toThrow(TypeError);
    expect(() => proxyErrorResponse(options as unknown as Options)).toThrow(message);
  });

  it('refuses options that are not an object', () => {
    expect(() => proxyErrorResponse('json' as unknown as Options)).toThrow(
      /proxyErrorResponse: options must be an object such as \{\}, got "json" \(a string\)/,
    );
  });

  it('accepts every valid form', () => {
    for (const options of [
      undefined,
      {},
      { logger: false as const, exposeServerErrors: true, maxDetailBytes: 1, format: 'text' as const },
      { logger: { error() {}, warn() {} } },
      { logger: () => {} },
    ]) {
      expect(Object.keys(proxyErrorResponse(options))).toEqual(['onError']);
    }
  });
});
