import { connect } from 'node:net';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  InternalServerError as DynamoInternalServerError,
  GetItemCommand,
  ProvisionedThroughputExceededException,
  ResourceNotFoundException,
  ThrottlingException,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from '@jest/globals';
import middy from '@middy/core';
import validator from '@middy/validator';
import { transpileSchema } from '@middy/validator/transpile';
import { mockClient } from 'aws-sdk-client-mock';
import createError from 'http-errors';
import { CONFLICT_DETAIL } from '../../src/catalog/dependency-errors.js';
import { MAX_DETAIL_LENGTH } from '../../src/catalog/mapped.js';
import {
  CatalogError,
  classify,
  defaultCatalog,
  defineErrorCatalog,
  type MappedError,
} from '../../src/index.js';

const context = { awsRequestId: 'req-1', getRemainingTimeInMillis: () => 30_000 } as never;

/** Throws `thrown` from inside a real middy handler and returns what the onError middleware saw. */
async function thrownThroughMiddy(
  handler: () => Promise<unknown>,
  ...middlewares: never[]
): Promise<unknown> {
  let seen: unknown;
  const wrapped = middy(handler).use({
    onError: (request) => {
      seen = request.error;
      request.response = 'handled';
    },
  });
  for (const middleware of middlewares) wrapped.use(middleware);
  await wrapped({}, context);
  return seen;
}

async function rejectionOfDynamo(error: Error): Promise<unknown> {
  const dynamo = mockClient(DynamoDBClient);
  dynamo.on(GetItemCommand).rejects(error);
  const client = new DynamoDBClient({ region: 'eu-west-1' });
  try {
    return await thrownThroughMiddy(() =>
      client.send(new GetItemCommand({ TableName: 'secret-table', Key: { id: { S: '1' } } })),
    );
  } finally {
    dynamo.restore();
  }
}

function summary(result: MappedError) {
  const { kind, status, title, detail, exposed, headers, retryAfter, extensions } = result;
  return { kind, status, title, detail, exposed, headers, retryAfter, extensions };
}

describe('classify: catalog errors', () => {
  const catalog = defineErrorCatalog({
    OrderNotFound: { status: 404, title: 'Order not found', type: 'https://example.com/order-not-found' },
    SlowDownPlease: { status: 429, retryAfterSeconds: 30 },
  });

  it('maps a CatalogError to its kind with detail, extensions and filtered headers', () => {
    const error = catalog.error('OrderNotFound', 'order 42 does not exist', {
      extensions: { orderId: 42, title: 'forged', status: 200 },
      headers: {
        'X-Order': '42',
        'Content-Type': 'text/html',
        'content-length': '1',
        'Bad Name': 'x',
        'X-Split': 'a\r\nSet-Cookie: evil=1',
        'X-Nul': 'a\u0000b',
        'X-Number': 5 as unknown as string,
      },
    });
    const result = classify(error, catalog);
    expect(summary(result)).toEqual({
      kind: 'OrderNotFound',
      status: 404,
      title: 'Order not found',
      detail: 'order 42 does not exist',
      exposed: true,
      headers: { 'X-Order': '42' },
      retryAfter: undefined,
      extensions: { orderId: 42 },
    });
    expect(result.type).toBe('https://example.com/order-not-found');
    expect(result.cause).toBe(error);
  });

  it('takes retryAfter from the error, else from the kind', () => {
    expect(classify(catalog.error('SlowDownPlease'), catalog).retryAfter).toBe(30);
    expect(classify(catalog.error('SlowDownPlease', 'x', { retryAfterSeconds: 5 }), catalog).retryAfter).toBe(
      5,
    );
  });

  it('keeps 5xx catalog errors unexposed', () => {
    expect(summary(classify(defaultCatalog.error('BadGateway', 'db password is hunter2')))).toEqual({
      kind: 'BadGateway',
      status: 502,
      title: 'Bad Gateway',
      detail: 'db password is hunter2',
      exposed: false,
      headers: {},
      retryAfter: undefined,
      extensions: {},
    });
  });

  it('recognises an Error named after a kind with the matching status (another copy of the library)', () => {
    const foreign = Object.assign(new Error('order 7'), {
      name: 'OrderNotFound',
      status: 404,
      statusCode: 404,
      expose: true,
      extensions: { orderId: 7 },
      secret: 'never copied',
    });
    expect(summary(classify(foreign, catalog))).toMatchObject({
      kind: 'OrderNotFound',
      status: 404,
      title: 'Order not found',
      detail: 'order 7',
      extensions: { orderId: 7 },
    });
  });

  it('falls back to the status when a CatalogError kind is not in this catalog', () => {
    const error = catalog.error('OrderNotFound', 'order 9');
    expect(summary(classify(error, defaultCatalog))).toMatchObject({
      kind: 'NotFound',
      status: 404,
      title: 'Not Found',
      detail: 'order 9',
      exposed: true,
    });
  });

  it('classifies a CatalogError subclass whose getter throws through the guarded path', () => {
    const error = Object.defineProperty(
      new CatalogError(defaultCatalog.kind('NotFound')!, 'gone'),
      'headers',
      {
        get() {
          throw new Error('getter');
        },
      },
    );
    expect(summary(classify(error))).toMatchObject({
      kind: 'NotFound',
      status: 404,
      detail: 'gone',
      headers: {},
    });
  });

  it('caps the detail without splitting a surrogate pair', () => {
    const long = 'a'.repeat(MAX_DETAIL_LENGTH - 1) + '😀' + 'tail';
    const detail = classify(defaultCatalog.error('BadRequest', long)).detail;
    expect(detail).toBe('a'.repeat(MAX_DETAIL_LENGTH - 1));
  });
});

describe('classify: http-errors and status-carrying errors', () => {
  it.each([
    [createError(404, 'x'), { kind: 'NotFound', status: 404, detail: 'x', exposed: true }],
    [createError(409), { kind: 'Conflict', status: 409, detail: 'Conflict', exposed: true }],
    [
      createError(500, 'secret'),
      { kind: 'InternalServerError', status: 500, detail: 'secret', exposed: false },
    ],
    [createError(503, 'up', { expose: true }), { kind: 'ServiceUnavailable', status: 503, exposed: false }],
    [createError(418, 'teapot'), { kind: 'ClientError', status: 418, title: 'Client Error', exposed: true }],
    [createError(507, 'full'), { kind: 'ServerError', status: 507, title: 'Insufficient Storage' }],
  ])('maps %p', (error, expected) => {
    expect(summary(classify(error))).toMatchObject(expected);
  });

  it('keeps safe headers of an http-errors error', () => {
    const error = createError(401, 'who?', {
      headers: { 'WWW-Authenticate': 'Bearer', 'Content-Type': 'x' },
    });
    expect(classify(error).headers).toEqual({ 'WWW-Authenticate': 'Bearer' });
  });

  it('prefers statusCode over status', () => {
    const error = Object.assign(new Error('m'), { statusCode: 403, status: 404 });
    expect(classify(error).status).toBe(403);
  });

  it.each([['404'], [Number.NaN], [0], [999], [-1], [404.5], [399], [600], [null]])(
    'ignores a status of %p',
    (status) => {
      const error = Object.assign(new Error('m'), { statusCode: status, status });
      expect(summary(classify(error))).toMatchObject({
        kind: 'InternalServerError',
        status: 500,
        exposed: false,
      });
    },
  );

  it('uses a neutral kind when the catalog has no kind for the status', () => {
    const bare = defineErrorCatalog({ Missing: { status: 404 } }, { base: null });
    expect(summary(classify(createError(400, 'bad'), bare))).toMatchObject({
      kind: 'ClientError',
      status: 400,
      title: 'Bad Request',
    });
    expect(summary(classify(new Error('boom'), bare))).toMatchObject({
      kind: 'ServerError',
      status: 500,
      title: 'Internal Server Error',
    });
  });
});

describe('classify: AWS SDK v3 exceptions through aws-sdk-client-mock', () => {
  const metadata = { httpStatusCode: 400, requestId: 'aws-1' };

  it.each([
    [
      'ConditionalCheckFailedException',
      new ConditionalCheckFailedException({ message: 'on secret-table', $metadata: metadata }),
    ],
    [
      'TransactionConflictException',
      new TransactionConflictException({ message: 'secret-table', $metadata: metadata }),
    ],
    [
      'TransactionCanceledException',
      new TransactionCanceledException({
        message: 'secret-table',
        $metadata: metadata,
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }],
      }),
    ],
  ])('%s → 409 with a generic exposed detail', async (_name, exception) => {
    const thrown = await rejectionOfDynamo(exception);
    expect(thrown).toBe(exception);
    expect(summary(classify(thrown))).toEqual({
      kind: 'Conflict',
      status: 409,
      title: 'Conflict',
      detail: CONFLICT_DETAIL,
      exposed: true,
      headers: {},
      retryAfter: undefined,
      extensions: {},
    });
  });

  it.each([
    ['ThrottlingException', new ThrottlingException({ message: 'slow', $metadata: metadata })],
    [
      'ProvisionedThroughputExceededException',
      new ProvisionedThroughputExceededException({ message: 'slow', $metadata: metadata }),
    ],
  ])('%s → 503 with Retry-After 1', async (_name, exception) => {
    expect(summary(classify(await rejectionOfDynamo(exception)))).toMatchObject({
      kind: 'ServiceUnavailable',
      status: 503,
      exposed: false,
      retryAfter: 1,
    });
  });

  it('treats $retryable.throttling as throttling and uses the catalog 503 retryAfterSeconds', async () => {
    const catalog = defineErrorCatalog({ ServiceUnavailable: { status: 503, retryAfterSeconds: 7 } });
    const exception = Object.assign(new ResourceNotFoundException({ message: 'x', $metadata: metadata }), {
      $retryable: { throttling: true },
    });
    expect(summary(classify(await rejectionOfDynamo(exception), catalog))).toMatchObject({
      status: 503,
      retryAfter: 7,
    });
  });

  it('maps a server fault to 502 and any other client fault to 500, nothing exposed', async () => {
    const server = new DynamoInternalServerError({
      message: 'secret internals',
      $metadata: { httpStatusCode: 500 },
    });
    expect(summary(classify(await rejectionOfDynamo(server)))).toMatchObject({
      kind: 'BadGateway',
      status: 502,
      exposed: false,
    });
    const client = new ResourceNotFoundException({
      message: 'Requested resource not found: secret-table',
      $metadata: metadata,
    });
    expect(summary(classify(await rejectionOfDynamo(client)))).toMatchObject({
      kind: 'InternalServerError',
      status: 500,
      exposed: false,
    });
  });

  it('lets the catalog override by exception name, with the kind title as detail', async () => {
    const catalog = defineErrorCatalog({
      TableMissing: { status: 404, title: 'No such thing', awsExceptions: ['ResourceNotFoundException'] },
    });
    const exception = new ResourceNotFoundException({
      message: 'Requested resource not found: secret-table',
      $metadata: metadata,
    });
    expect(summary(classify(await rejectionOfDynamo(exception), catalog))).toEqual({
      kind: 'TableMissing',
      status: 404,
      title: 'No such thing',
      detail: 'No such thing',
      exposed: true,
      headers: {},
      retryAfter: undefined,
      extensions: {},
    });
    const conflictOverride = defineErrorCatalog({
      Duplicate: { status: 422, awsExceptions: ['ConditionalCheckFailedException'] },
    });
    const ccf = new ConditionalCheckFailedException({ message: 'x', $metadata: metadata });
    expect(classify(await rejectionOfDynamo(ccf), conflictOverride).kind).toBe('Duplicate');
  });

  it('maps SDK timeouts and network errors to 504', async () => {
    // Shapes @smithy/node-http-handler produces: a TimeoutError, and a socket error renamed TimeoutError.
    const requestTimeout = Object.assign(
      new Error('a request has exceeded the configured 10 ms requestTimeout.'),
      {
        name: 'TimeoutError',
        code: 'ETIMEDOUT',
      },
    );
    const reset = Object.assign(new Error('socket hang up'), { name: 'TimeoutError', code: 'ECONNRESET' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const serviceTimeout = Object.assign(new Error('timeout'), {
      name: 'RequestTimeoutException',
      $fault: 'client',
      $metadata: {},
    });
    for (const error of [requestTimeout, reset, refused, serviceTimeout]) {
      expect(summary(classify(await rejectionOfDynamo(error)))).toMatchObject({
        kind: 'GatewayTimeout',
        status: 504,
        exposed: false,
      });
    }
  });

  it('maps the error Node raises for a refused connection to 504', async () => {
    // The SDK passes this error through with `$metadata` added (no `$fault`): seen with a real
    // DynamoDBClient against 127.0.0.1:1 outside jest, whose vm realm makes the SDK re-wrap it.
    const refused = await new Promise<unknown>((resolve) => {
      connect({ host: '127.0.0.1', port: 1 }).on('error', resolve);
    });
    Object.assign(refused as object, { $metadata: { attempts: 1, totalRetryDelay: 0 } });
    expect(summary(classify(refused))).toMatchObject({ kind: 'GatewayTimeout', status: 504, exposed: false });
  });
});

describe('classify: middy errors', () => {
  it('maps @middy/validator errors to 400 with a safe errors list', async () => {
    const eventSchema = transpileSchema({
      type: 'object',
      required: ['body'],
      properties: { body: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
    });
    const thrown = await thrownThroughMiddy(async () => 'ok', validator({ eventSchema }) as never);
    // validator runs in `before`, so the onError spy registered first still sees its error.
    const result = classify(thrown);
    expect(summary(result)).toEqual({
      kind: 'BadRequest',
      status: 400,
      title: 'Bad Request',
      detail: 'Event object failed validation',
      exposed: true,
      headers: {},
      retryAfter: undefined,
      extensions: { errors: [{ instancePath: '', message: "must have required property 'body'" }] },
    });
  });

  it('caps the validator errors list and keeps only instancePath and message', () => {
    const data = Array.from({ length: 80 }, (_, i) => ({
      instancePath: `/items/${i}`,
      message: 'm'.repeat(2000),
      params: { secret: 1 },
      data: 'caller value',
    }));
    const error = Object.assign(new Error('Event object failed validation'), {
      status: 400,
      statusCode: 400,
      expose: true,
      cause: { package: '@middy/validator', data },
    });
    const errors = classify(error).extensions.errors as Array<Record<string, string>>;
    expect(errors).toHaveLength(50);
    expect(Object.keys(errors[0] ?? {})).toEqual(['instancePath', 'message']);
    expect(errors[0]?.message?.length).toBe(512);
  });

  it("maps middy's early-timeout error to 504, unexposed", async () => {
    const short = { awsRequestId: 'r', getRemainingTimeInMillis: () => 10 } as never;
    let seen: unknown;
    await middy(() => new Promise((resolve) => setTimeout(resolve, 500)), { timeoutEarlyInMillis: 5 }).use({
      onError: (request) => {
        seen = request.error;
        request.response = 'handled';
      },
    })({}, short);
    expect((seen as Error).name).toBe('TimeoutError');
    expect(summary(classify(seen))).toMatchObject({ kind: 'GatewayTimeout', status: 504, exposed: false });
  });
});

describe('classify: anything else', () => {
  it('maps a plain Error to 500 with its message as unexposed detail', () => {
    const error = new TypeError('x is undefined');
    expect(summary(classify(error))).toEqual({
      kind: 'InternalServerError',
      status: 500,
      title: 'Internal Server Error',
      detail: 'x is undefined',
      exposed: false,
      headers: {},
      retryAfter: undefined,
      extensions: {},
    });
  });

  const cyclic: Record<string, unknown> = { message: 'cyclic message' };
  cyclic.self = cyclic;
  const throwingGetter = Object.defineProperty(new Error('m'), 'message', {
    get() {
      throw new Error('getter');
    },
  });
  const throwingGetters = {
    get message(): string {
      throw new Error('no');
    },
    get statusCode(): number {
      throw new Error('no');
    },
  };
  const hostile = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      getPrototypeOf: () => {
        throw new Error('trap');
      },
      has: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
    },
  );
  const symbol = Symbol('why');

  it.each([
    ['a string', 'plain text', 'plain text'],
    ['a number', 42, 'Non-error value thrown: number 42'],
    ['a bigint', 10n ** 20n, 'Non-error value thrown: bigint 100000000000000000000n'],
    ['a boolean', false, 'Non-error value thrown: boolean false'],
    ['a symbol', symbol, 'Non-error value thrown: Symbol(why)'],
    ['null', null, 'Non-error value thrown: null'],
    ['undefined', undefined, 'Non-error value thrown: undefined'],
    ['a plain object', { message: 'obj message', statusCode: 404 }, 'obj message'],
    ['an object without message', { a: 1 }, '[object]'],
    ['a cyclic object', cyclic, 'cyclic message'],
    ['an Error whose message getter throws', throwingGetter, ''],
    ['an object whose getters throw', throwingGetters, '[object]'],
    ['a Proxy that throws on every trap', hostile, '[object]'],
    ['a function', () => 1, 'Non-error value thrown: [function]'],
  ])('maps %s to 500 without throwing', (_label, thrown, detail) => {
    const result = classify(thrown);
    expect(summary(result)).toEqual({
      kind: 'InternalServerError',
      status: 500,
      title: 'Internal Server Error',
      detail,
      exposed: false,
      headers: {},
      retryAfter: undefined,
      extensions: {},
    });
    expect(result.cause).toBe(thrown);
  });

  it('survives Errors whose headers and extensions are hostile', () => {
    const error = Object.assign(createError(404, 'x'), { headers: hostile, extensions: hostile });
    expect(summary(classify(error))).toMatchObject({ status: 404, headers: {}, extensions: {} });
  });
});
