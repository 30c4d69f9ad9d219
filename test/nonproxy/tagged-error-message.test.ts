import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import fc from 'fast-check';
import createError from 'http-errors';
import {
  classify,
  defaultCatalog,
  defineErrorCatalog,
  formatTaggedMessage,
  type TaggedErrorMessageOptions,
  taggedErrorMessage,
} from '../../src/index.js';
import { routableError } from '../../src/tagged/format-tagged-message.js';
import { CLASSIFICATION_CASES, SECRET } from './cases.js';

const context = { awsRequestId: 'c0ffee-1', functionName: 'orders' } as never;
const TAG = /^\[(\d{3})\] (\{.*\})$/s;
const LINE_BREAKS = /[\n\r\u0085\u2028\u2029]/;

/** Runs a real middy handler that throws `thrown` and returns what Lambda would receive. */
async function rejectionOf(
  thrown: unknown,
  options: TaggedErrorMessageOptions = { logger: false },
): Promise<Error> {
  const handler = middy(async () => {
    throw thrown;
  }).use(taggedErrorMessage(options));
  try {
    await handler({ anything: true }, context);
  } catch (error) {
    return error as Error;
  }
  throw new Error('the handler did not reject');
}

function parseTagged(message: string): { status: number; problem: Record<string, unknown> } {
  const match = TAG.exec(message);
  if (!match) throw new Error(`not a tagged message: ${JSON.stringify(message.slice(0, 200))}`);
  return { status: Number(match[1]), problem: JSON.parse(match[2] ?? '') };
}

describe('taggedErrorMessage: every classification case', () => {
  it.each(CLASSIFICATION_CASES)('%s → one tagged line routed to classify’s status', async (_label, make) => {
    const thrown = make();
    const error = await rejectionOf(thrown);
    const expected = routableError(classify(thrown), defaultCatalog);

    expect(error).toBeInstanceOf(Error);
    expect(error.message).not.toMatch(LINE_BREAKS);
    expect(error.message).not.toMatch(/[\ud800-\udfff]/); // none of the cases holds a surrogate pair, so any surrogate here would be a raw lone one
    const { status, problem } = parseTagged(error.message);
    expect(status).toBe(expected.status);
    expect(error.name).toBe(expected.kind);
    expect(problem).toMatchObject({
      type: expected.type,
      title: expected.title,
      status: expected.status,
      requestId: 'c0ffee-1',
    });
    expect(typeof problem.detail).toBe('string');
    expect(error.cause).toBe(thrown);
    if (status >= 500) {
      expect(error.message).not.toContain('hunter2');
      expect(problem.detail).toBe(expected.title);
    }
    expect(Buffer.byteLength(error.message)).toBeLessThanOrEqual(8192);
  });

  it('exposes 4xx details and safe extensions, escaping line separators', async () => {
    const error = await rejectionOf(
      defaultCatalog.error('NotFound', 'a\u2028b\nc', {
        extensions: { orderId: 42 },
        headers: { 'X-A': '1' },
      }),
    );
    expect(error.message).toBe(
      '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"a\\u2028b\\nc","requestId":"c0ffee-1","orderId":42}',
    );
  });

  it('escapes lone surrogates', async () => {
    const error = await rejectionOf(createError(400, 'x\ud800y'));
    expect(error.message).toContain('"detail":"x\\ud800y"');
  });

  it('carries retryAfter for throttling and the validator errors list', async () => {
    const throttled = await rejectionOf(
      defaultCatalog.error('ServiceUnavailable', SECRET, { retryAfterSeconds: 3 }),
    );
    expect(parseTagged(throttled.message).problem).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'Service Unavailable',
      requestId: 'c0ffee-1',
      retryAfter: 3,
    });
    const invalid = await rejectionOf(
      Object.assign(createError(400, 'Event object failed validation'), {
        cause: {
          package: '@middy/validator',
          data: [{ instancePath: '/a', message: 'must be string', params: {} }],
        },
      }),
    );
    expect(parseTagged(invalid.message).problem.errors).toEqual([
      { instancePath: '/a', message: 'must be string' },
    ]);
  });

  it('never sends 5xx extensions, and shows 5xx details only with exposeServerErrors', async () => {
    const thrown = () =>
      defaultCatalog.error('BadGateway', 'upstream said no', { extensions: { host: 'db.internal' } });
    const hidden = await rejectionOf(thrown());
    expect(hidden.message).not.toContain('db.internal');
    expect(hidden.message).not.toContain('upstream said no');
    const shown = await rejectionOf(thrown(), { logger: false, exposeServerErrors: true });
    expect(parseTagged(shown.message).problem).toMatchObject({
      detail: 'upstream said no',
      host: 'db.internal',
    });
  });

  it('falls back to the class default for statuses the catalog lacks', async () => {
    const teapot = await rejectionOf(createError(418, 'teapot'));
    expect([teapot.name, parseTagged(teapot.message).status]).toEqual(['BadRequest', 400]);
    const storage = await rejectionOf(createError(507, 'full'));
    expect([storage.name, parseTagged(storage.message).status]).toEqual(['InternalServerError', 500]);
    const own = defineErrorCatalog({ Teapot: { status: 418 } });
    const kept = await rejectionOf(createError(418, 'teapot'), { logger: false, catalog: own });
    expect([kept.name, parseTagged(kept.message).status]).toEqual(['Teapot', 418]);
  });

  it('logs the original error once, with the request id', async () => {
    const entries: unknown[] = [];
    const original = new Error(SECRET);
    await rejectionOf(original, { logger: (entry) => entries.push(entry) });
    expect(entries).toEqual([
      expect.objectContaining({
        level: 'error',
        status: 500,
        kind: 'InternalServerError',
        requestId: 'c0ffee-1',
        error: expect.objectContaining({ name: 'Error', message: SECRET }),
      }),
    ]);
  });
});

describe('taggedErrorMessage: the error it throws', () => {
  // @middy/core sets originalError on an error an onError middleware throws; the error already has it (cheaper).
  it('carries the thrown value as cause and as originalError, with or without @middy/core', async () => {
    const thrown = defaultCatalog.error('Conflict', 'order 42 changed meanwhile');
    let direct: (Error & { originalError?: unknown }) | undefined;
    try {
      taggedErrorMessage({ logger: false }).onError?.({ error: thrown, context, event: {} } as never);
    } catch (error) {
      direct = error as Error & { originalError?: unknown };
    }
    const throughMiddy = (await rejectionOf(thrown)) as Error & { originalError?: unknown };
    for (const error of [direct, throughMiddy]) {
      expect([error?.name, error?.cause, error?.originalError]).toEqual(['Conflict', thrown, thrown]);
      expect(Object.getOwnPropertyDescriptor(error, 'cause')?.enumerable).toBe(false);
    }
  });
});

describe('taggedErrorMessage: byte cap', () => {
  it('shortens the detail to fit and keeps valid JSON', async () => {
    const error = await rejectionOf(createError(400, `${'"\u2028\u0000é😀'.repeat(100_000)}`), {
      logger: false,
      maxMessageBytes: 1000,
      maxDetailBytes: 256 * 1024,
    });
    expect(Buffer.byteLength(error.message)).toBeLessThanOrEqual(1000);
    expect(Buffer.byteLength(error.message)).toBeGreaterThan(900);
    const { problem } = parseTagged(error.message);
    expect(String(problem.detail).endsWith('…')).toBe(true);
  });

  it('drops extensions that cannot fit', () => {
    const mapped = classify(
      defaultCatalog.error('NotFound', 'short', { extensions: { blob: 'x'.repeat(5000) } }),
    );
    const { message } = formatTaggedMessage(mapped, { maxMessageBytes: 300, requestId: 'r' });
    expect(parseTagged(message).problem).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'short',
      requestId: 'r',
    });
  });

  it('holds for any detail, cap and exposure (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.integer({ min: 256, max: 4000 }),
        fc.constantFrom(400, 404, 418, 500, 503, 507),
        fc.boolean(),
        (detail, maxMessageBytes, status, exposeServerErrors) => {
          const mapped = classify(createError(status, detail));
          const result = formatTaggedMessage(mapped, {
            maxMessageBytes,
            exposeServerErrors,
            requestId: 'r-1',
          });
          expect(Buffer.byteLength(result.message)).toBeLessThanOrEqual(maxMessageBytes);
          expect(result.message).not.toMatch(LINE_BREAKS);
          const { status: tagStatus, problem } = parseTagged(result.message);
          expect(tagStatus).toBe(result.status);
          expect(problem.status).toBe(result.status);
          expect(defaultCatalog.statuses).toContain(tagStatus);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('taggedErrorMessage: options are checked when the middleware is created', () => {
  it.each([
    [{ catalog: {} }, /option "catalog" must be an ErrorCatalog/],
    [{ logger: 'console' }, /option "logger" must be a function/],
    [{ exposeServerErrors: 'yes' }, /option "exposeServerErrors" must be a boolean/],
    [{ maxMessageBytes: 10 }, /option "maxMessageBytes" must be an integer from 256 to 1048576/],
    [
      { maxMessageBytes: '8192' },
      /^taggedErrorMessage: option "maxMessageBytes" must be an integer from 256 to 1048576 \(bytes\), got "8192" \(a string\); omit it for 8192$/,
    ],
    [{ maxMessageBytes: 1.5 }, /option "maxMessageBytes"/],
    [{ maxMesageBytes: 1000 }, /unknown option "maxMesageBytes"/],
    ['fast', /options must be an object/],
  ])('%p', (options, message) => {
    expect(() => taggedErrorMessage(options as never)).toThrow(TypeError);
    expect(() => taggedErrorMessage(options as never)).toThrow(message);
  });
});
