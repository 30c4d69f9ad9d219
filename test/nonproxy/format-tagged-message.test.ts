import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import createError from 'http-errors';
import {
  classify,
  defaultCatalog,
  defineErrorCatalog,
  formatTaggedMessage,
  type TaggedErrorMessageOptions,
  taggedErrorMessage,
} from '../../src/index.js';
import { DEFAULT_MAX_MESSAGE_BYTES, routableError } from '../../src/tagged/format-tagged-message.js';

function problemOf(message: string): Record<string, unknown> {
  const match = /^\[\d{3}\] (\{.*\})$/s.exec(message);
  if (!match) throw new Error(`not a tagged message: ${message.slice(0, 200)}`);
  return JSON.parse(match[1] ?? '');
}

async function rejectionOf(
  thrown: unknown,
  context: unknown,
  options: TaggedErrorMessageOptions,
): Promise<Error> {
  const handler = middy(async () => {
    throw thrown;
  }).use(taggedErrorMessage(options));
  return handler({}, context as never).then(
    () => {
      throw new Error('the handler did not reject');
    },
    (error: Error) => error,
  );
}

describe('formatTaggedMessage defaults', () => {
  it('uses the default catalog, no request id and an 8192-byte cap when given no options', () => {
    const mapped = classify(createError(404, 'order 9'));
    expect(formatTaggedMessage(mapped)).toEqual({
      kind: 'NotFound',
      status: 404,
      message: '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"order 9"}',
    });
    const long = classify(createError(400, 'x'.repeat(20_000)));
    const { message } = formatTaggedMessage(long, { maxDetailBytes: 256 * 1024 });
    expect(Buffer.byteLength(message)).toBe(DEFAULT_MAX_MESSAGE_BYTES);
    expect(String(problemOf(message).detail).endsWith('x…')).toBe(true);
  });
});

describe('routableError', () => {
  it('routes a status the catalog lacks to 500 when the catalog has no 400 either', () => {
    const catalog = defineErrorCatalog({ Gone: { status: 410 }, Oops: { status: 500 } }, { base: null });
    const routed = routableError(classify(createError(418, 'teapot'), catalog), catalog);
    expect(routed).toMatchObject({
      kind: 'Oops',
      status: 500,
      title: 'Internal Server Error',
      type: 'about:blank',
    });
    expect(formatTaggedMessage(classify(createError(418, 'teapot'), catalog), { catalog }).message).toBe(
      '[500] {"type":"about:blank","title":"Internal Server Error","status":500,"detail":"Internal Server Error"}',
    );
  });

  it('routes to a neutral 500 when the catalog has neither 400 nor 500', () => {
    const catalog = defineErrorCatalog(
      { Gone: { status: 410, type: 'https://example.com/gone', title: 'Gone for good' } },
      { base: null },
    );
    const mapped = classify(createError(409, 'clash'), catalog);
    expect(routableError(mapped, catalog)).toMatchObject({
      kind: 'ServerError',
      status: 500,
      title: 'Internal Server Error',
      type: 'about:blank',
      detail: 'clash',
      exposed: false,
    });
    const gone = classify(createError(410, 'bye'), catalog);
    expect(routableError(gone, catalog)).toBe(gone);
  });
});

describe('formatTaggedMessage byte cap', () => {
  it('falls back to the bare status problem when the kind’s own type URI exceeds the cap', () => {
    const catalog = defineErrorCatalog({
      Verbose: { status: 404, type: `https://example.com/${'p'.repeat(400)}`, title: 'Verbose' },
    });
    const mapped = classify(catalog.error('Verbose', 'detail'), catalog);
    expect(formatTaggedMessage(mapped, { catalog, maxMessageBytes: 300, requestId: 'r-1' }).message).toBe(
      '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":""}',
    );
  });

  it('keeps requestId and retryAfter when it drops the extensions', () => {
    const mapped = classify(
      defaultCatalog.error('TooManyRequests', 'slow down', {
        retryAfterSeconds: 9,
        extensions: { blob: 'b'.repeat(2000) },
      }),
    );
    expect(
      problemOf(formatTaggedMessage(mapped, { maxMessageBytes: 300, requestId: 'r-2' }).message),
    ).toEqual({
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'slow down',
      requestId: 'r-2',
      retryAfter: 9,
    });
  });

  it('keeps the longest detail that fits, even when escapes come first (150 NULs, then plain text)', () => {
    const detail = '\u0000'.repeat(150) + 'a'.repeat(3000);
    const mapped = classify(createError(400, detail));
    const { message } = formatTaggedMessage(mapped, { maxMessageBytes: 1000 });
    const kept = (problemOf(message) as { detail: string }).detail;
    // Every further "a" adds one byte, so the longest fitting detail fills the cap exactly.
    expect(Buffer.byteLength(message, 'utf8')).toBe(1000);
    expect(kept.startsWith('\u0000'.repeat(150))).toBe(true);
    expect(kept.slice(150)).toMatch(/^a+…?$/);
  });
});

describe('problem members in tagged messages', () => {
  it('never lets an extension replace requestId or retryAfter', () => {
    const mapped = classify(
      defaultCatalog.error('TooManyRequests', 'slow', {
        retryAfterSeconds: 4,
        extensions: { requestId: 'forged', retryAfter: 999, orderId: 5 },
      }),
    );
    expect(problemOf(formatTaggedMessage(mapped, { requestId: 'real' }).message)).toEqual({
      type: 'about:blank',
      title: 'Too Many Requests',
      status: 429,
      detail: 'slow',
      requestId: 'real',
      retryAfter: 4,
      orderId: 5,
    });
  });

  it('keeps a large extension while the problem JSON stays within 64 KiB, and drops it beyond', () => {
    const options = { maxMessageBytes: 1024 * 1024 };
    const large = classify(
      defaultCatalog.error('NotFound', 'x', { extensions: { blob: 'b'.repeat(30_000) } }),
    );
    expect(problemOf(formatTaggedMessage(large, options).message).blob).toHaveLength(30_000);
    const tooLarge = classify(
      defaultCatalog.error('NotFound', 'x', { extensions: { blob: 'b'.repeat(70_000) } }),
    );
    expect(problemOf(formatTaggedMessage(tooLarge, options).message)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'x',
    });
  });

  it.each([
    ['two-byte characters', 'é'.repeat(10), 10, 'ééé…'],
    ['four-byte characters', '😀'.repeat(5), 10, '😀…'],
    ['three-byte characters', '€'.repeat(5), 10, '€€…'],
    ['lone surrogates (3 bytes each)', '\ud800'.repeat(5), 9, '\ud800\ud800…'],
    ['a fitting mixed text', 'aé€😀', 10, 'aé€😀'],
    ['a budget below the ellipsis', 'abcdefgh', 2, 'ab'],
  ])('caps the detail to maxDetailBytes on code points: %s', (_label, detail, maxDetailBytes, expected) => {
    const mapped = classify(createError(400, detail));
    expect(problemOf(formatTaggedMessage(mapped, { maxDetailBytes }).message).detail).toBe(expected);
  });
});

describe('taggedErrorMessage request id', () => {
  it.each([
    ['no context', undefined],
    ['no awsRequestId', {}],
    ['an empty awsRequestId', { awsRequestId: '' }],
    ['a numeric awsRequestId', { awsRequestId: 42 }],
    [
      'a throwing awsRequestId getter',
      {
        get awsRequestId(): string {
          throw new Error('no');
        },
      },
    ],
  ])('omits requestId with %s', async (_label, context) => {
    const error = await rejectionOf(createError(404, 'gone'), context, { logger: false });
    expect(error.message).toBe(
      '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"gone"}',
    );
  });
});
