import fc from 'fast-check';
import createError from 'http-errors';
import {
  defaultCatalog,
  defineErrorCatalog,
  type ErrorCatalog,
  type ErrorKindDefinition,
  type ProxyResponseFormat,
} from '../../src/index.js';

/** Pieces that break naive error mappers: line breaks of every kind, NUL, lone surrogates, tags, quotes. */
const NASTY_PIECES = [
  '\n',
  '\r',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0000',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '"',
  '\\',
  '{',
  '}',
  '[404] {',
  '[500] {"status":500}',
  '[418] {',
  '[404]',
  'Task timed out after 3.00 seconds',
  'RequestId: 6d9a2f7e-1c1b-4f6e-9d3c-0a8f4e2b7c11 Error: ',
  'Runtime exited with error: signal: killed',
  '$context.requestId',
  '#set($x = 1)',
  '$' + '{AWS::Region}', // a CloudFormation !Sub reference, as text
  '\t',
  ' ',
];

/** Arbitrary text: any code points, plus the pieces above, so every run mixes in a few hostile ones. */
export function hostileText(maxLength = 40): fc.Arbitrary<string> {
  return fc.string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...NASTY_PIECES),
      },
    ),
    maxLength,
  });
}

/** Occasionally a megabyte: long inputs find quadratic code and size caps that do not hold. */
export function sometimesHuge(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 50, arbitrary: text },
    {
      weight: 1,
      arbitrary: text.map((piece) => (piece || 'x').repeat(Math.ceil(1_048_576 / Math.max(1, piece.length)))),
    },
  );
}

const SECRET_STATUS_LIKE = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(Number.NaN, 0, 999, -1, 4.5, 404, 503, 429),
  fc.constantFrom('404', '500', 'abc', ''),
);

function throwingGetters(): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const key of [
    'message',
    'name',
    'stack',
    'statusCode',
    'status',
    'expose',
    'headers',
    'cause',
    '$metadata',
  ]) {
    Object.defineProperty(value, key, {
      enumerable: true,
      get() {
        throw new Error('getter exploded');
      },
    });
  }
  return value;
}

// fast-check itself probes every generated value for these symbols (to clone and to print it); the Proxy
// answers them, and only them, so that it can be generated at all. No code under test uses them.
const FAST_CHECK_PROBES = new Set<PropertyKey>([fc.cloneMethod, fc.toStringMethod, fc.asyncToStringMethod]);

function throwingProxy(target: object): object {
  const explode = () => {
    throw new Error('proxy trap exploded');
  };
  const printable = () => `throwingProxy(${Array.isArray(target) ? '[]' : typeof target})`;
  return new Proxy(target, {
    get: (_target, key) =>
      key === fc.toStringMethod ? printable : FAST_CHECK_PROBES.has(key) ? undefined : explode(),
    has: (_target, key) =>
      key === fc.toStringMethod ? true : FAST_CHECK_PROBES.has(key) ? false : explode(),
    ownKeys: explode,
    getOwnPropertyDescriptor: explode,
    getPrototypeOf: explode,
    set: explode,
    defineProperty: explode,
    deleteProperty: explode,
    apply: explode,
    construct: explode,
    isExtensible: explode,
    preventExtensions: explode,
    setPrototypeOf: explode,
  });
}

function cyclic(message: string): Record<string, unknown> {
  const value: Record<string, unknown> = { message };
  value.self = value;
  value.cause = value;
  return value;
}

function errorWithCauseCycle(message: string): Error {
  const first = new Error(message);
  const second = new Error('second', { cause: first });
  (first as Error & { cause?: unknown }).cause = second;
  return first;
}

function errorWithStatus(message: string, status: unknown): Error {
  return Object.assign(new Error(message), { statusCode: status, status });
}

function errorWithNonStringMessage(message: unknown): Error {
  const error = new Error('placeholder');
  Object.defineProperty(error, 'message', { value: message, enumerable: false });
  return error;
}

function awsLikeException(
  message: string,
  fault: 'client' | 'server',
  throttling: boolean,
  name: string,
): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: fault,
    $metadata: { httpStatusCode: fault === 'server' ? 500 : 400, requestId: 'R1', attempts: 1 },
    ...(throttling ? { $retryable: { throttling: true } } : {}),
  });
}

/** An AWS SDK v2 service error as the `aws-sdk` package builds it (its own properties, no `$fault`). */
export function awsSdkV2Error(message: string, name: string, statusCode: number, requestId = 'R1'): Error {
  return Object.assign(new Error(message), {
    name,
    code: name,
    statusCode,
    retryable: statusCode >= 500,
    requestId,
    time: new Date(0),
  });
}

/**
 * An HTTP client's error for an upstream answer, the shapes axios and got give it: the request (URL, headers,
 * body) and the upstream response travel on the error.
 */
export function httpClientError(
  client: 'axios' | 'got',
  status: number,
  text: string,
  secret: string,
): Error {
  const request = {
    url: `https://payments.internal/${text}`,
    headers: { authorization: secret },
    data: text,
  };
  if (client === 'axios') {
    return Object.assign(new Error(`Request failed with status code ${status}: ${text}`), {
      name: 'AxiosError',
      isAxiosError: true,
      code: 'ERR_BAD_REQUEST',
      status,
      config: request,
      response: { status, headers: { 'x-upstream': secret }, data: text },
    });
  }
  const error = Object.assign(new Error(`Response code ${status}: GET ${request.url}`), {
    name: 'HTTPError',
    code: 'ERR_NON_2XX_3XX_RESPONSE',
    input: undefined,
    timings: { start: 0 },
    options: request,
  });
  return Object.defineProperty(error, 'response', { value: { statusCode: status, body: text } });
}

/** Anything a handler might throw, the way real code (and real bugs) throw it. */
export function thrownValue(text: fc.Arbitrary<string> = hostileText()): fc.Arbitrary<unknown> {
  return fc.oneof(
    text,
    fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.bigInt()),
    fc.constantFrom(null, undefined, Symbol('thrown'), Symbol.for('shared')),
    fc.object(),
    fc.object().map((value) => Object.freeze(value)),
    text.map(cyclic),
    fc.constant(null).map(throwingGetters),
    fc.constantFrom({}, [], () => undefined).map(throwingProxy),
    text.map((message) => new Error(message)),
    fc
      .tuple(text, fc.constantFrom('TypeError', 'RangeError', '', 'NotFound', 'ThrottlingException'))
      .map(([message, name]) => Object.assign(new Error(message), { name })),
    fc
      .oneof(fc.integer(), fc.object(), fc.constant(null), fc.constant(Symbol('m')))
      .map(errorWithNonStringMessage),
    fc.tuple(text, SECRET_STATUS_LIKE).map(([message, status]) => errorWithStatus(message, status)),
    text.map(errorWithCauseCycle),
    fc
      .tuple(fc.constantFrom(...defaultCatalog.kinds.map((kind) => kind.kind)), text)
      .map(([kind, detail]) => defaultCatalog.error(kind as 'NotFound', detail)),
    fc
      .tuple(fc.integer({ min: 400, max: 599 }), text)
      .map(([status, message]) => createError(status, message)),
    fc
      .tuple(
        text,
        fc.constantFrom('client', 'server') as fc.Arbitrary<'client' | 'server'>,
        fc.boolean(),
        fc.constantFrom(
          'ThrottlingException',
          'ConditionalCheckFailedException',
          'ValidationException',
          'InternalServerError',
        ),
      )
      .map(([message, fault, throttling, name]) => awsLikeException(message, fault, throttling, name)),
    fc
      .tuple(
        text,
        fc.constantFrom('ConditionalCheckFailedException', 'ThrottlingException', 'AccessDeniedException'),
        fc.constantFrom(400, 403, 404, 429, 500, 503),
      )
      .map(([message, name, statusCode]) => awsSdkV2Error(message, name, statusCode)),
    fc
      .tuple(
        fc.constantFrom('axios', 'got') as fc.Arbitrary<'axios' | 'got'>,
        fc.integer({ min: 100, max: 599 }),
        text,
      )
      .map(([client, status, message]) => httpClientError(client, status, message, 'secret')),
  );
}

export { throwingGetters, throwingProxy };

// ---------------------------------------------------------------------------------------------------------
// Added for the property suite (test/fuzz): more hostile thrown values, secret-bearing server errors,
// random valid catalogs and the messages API Gateway's selection patterns see.

class ErrorWithExplodingMessage extends Error {
  override get message(): string {
    throw new Error('message getter exploded');
  }
}

function explodingPrimitive(): object {
  const explode = () => {
    throw new Error('conversion exploded');
  };
  return { [Symbol.toPrimitive]: explode, toString: explode, valueOf: explode, toJSON: explode };
}

function deepCauseChain(message: string, depth: number): Error {
  // Capturing 10,000 stack traces would dominate the run; only the outermost error needs one.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let error = new Error(message);
  try {
    for (let level = 1; level < depth; level++) error = new Error(`level ${level}`, { cause: error });
  } finally {
    Error.stackTraceLimit = limit;
  }
  return new Error('outermost', { cause: error });
}

function nullPrototypeError(message: string): object {
  return Object.assign(Object.create(null) as object, { message, name: 'Error', statusCode: 404 });
}

/** Extensions that JSON.stringify cannot write: a BigInt, a cycle, a throwing getter. */
function unserialisableExtensions(): Record<string, unknown> {
  const cycle: Record<string, unknown> = {};
  cycle.self = cycle;
  const extensions: Record<string, unknown> = { big: 10n, cycle };
  Object.defineProperty(extensions, 'exploding', {
    enumerable: true,
    get() {
      throw new Error('extension getter exploded');
    },
  });
  return extensions;
}

const HOSTILE_HEADER_VALUES = fc.constantFrom(
  'a\r\nSet-Cookie: x=1',
  'nul\u0000',
  42,
  null,
  'ok',
  'x'.repeat(9000),
);

/** Thrown values {@link thrownValue} lacks: Error instances that fight back, deep chains, odd prototypes. */
export function hostileErrorValue(text: fc.Arbitrary<string> = hostileText()): fc.Arbitrary<unknown> {
  return fc.oneof(
    text.map((message) => throwingProxy(new Error(message))),
    fc.constant(null).map(() => new ErrorWithExplodingMessage('x')),
    fc.constant(null).map(() => Object.freeze(Object.assign(new Error('frozen'), { statusCode: 409 }))),
    fc.constant(null).map(explodingPrimitive),
    fc
      .tuple(text, fc.oneof(fc.integer({ min: 1, max: 20 }), fc.constant(10_000)))
      .map(([message, depth]) => deepCauseChain(message, depth)),
    text.map(nullPrototypeError),
    fc.tuple(text, fc.integer({ min: 400, max: 599 }), fc.boolean()).map(([message, status, expose]) =>
      Object.assign(new Error(message), {
        statusCode: status,
        expose,
        extensions: unserialisableExtensions(),
      }),
    ),
    fc
      .tuple(text, fc.integer({ min: 400, max: 599 }), fc.dictionary(hostileText(8), HOSTILE_HEADER_VALUES))
      .map(([message, status, headers]) => createError(status, message, { headers })),
    fc
      .tuple(text, fc.oneof(fc.constant(Number.NaN), fc.string(), fc.constant(undefined)))
      .map(([message, httpStatusCode]) =>
        Object.assign(new Error(message), {
          name: 'ServiceFault',
          $fault: 'server',
          $metadata: { httpStatusCode },
        }),
      ),
    text.map((message) =>
      Object.defineProperty(
        Object.assign(new Error(message), { name: 'ServiceFault', $fault: 'client' }),
        '$metadata',
        {
          enumerable: true,
          get(): never {
            throw new Error('$metadata getter exploded');
          },
        },
      ),
    ),
    fc
      .tuple(text, fc.oneof(fc.integer(), fc.string(), fc.constant(Symbol('n'))))
      .map(([message, name]) => Object.assign(new Error(message), { name })),
  );
}

/** Every thrown value of {@link thrownValue} and {@link hostileErrorValue}. */
export function anyThrownValue(text: fc.Arbitrary<string> = hostileText()): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: thrownValue(text) },
    { weight: 1, arbitrary: hostileErrorValue(text) },
  );
}

/** Where {@link secretBearingServerError} hid the secret. */
export type SecretPlacement =
  | 'thrown string'
  | 'message'
  | 'object message'
  | 'cause message'
  | 'custom property'
  | 'extensions'
  | 'headers'
  | 'name'
  | 'http-errors 5xx message'
  | 'status error message'
  | 'catalog 5xx detail'
  | 'catalog 5xx extensions'
  | 'AWS server fault message'
  | 'AWS throttling message'
  | 'AWS $metadata'
  | 'AWS SDK v2 message'
  | 'AWS SDK v2 requestId'
  | 'axios request and response'
  | 'got request and response';

export interface SecretBearingError {
  readonly placement: SecretPlacement;
  readonly thrown: unknown;
}

const SERVER_KINDS = [
  'InternalServerError',
  'NotImplemented',
  'BadGateway',
  'ServiceUnavailable',
  'GatewayTimeout',
] as const;

function secretBearers(
  secret: string,
  around: string,
  status: number,
): Record<SecretPlacement, () => unknown> {
  const text = `${around}${secret}${around}`;
  return {
    'thrown string': () => text,
    message: () => new Error(text),
    'object message': () => ({ message: text, statusCode: status }),
    'cause message': () => new Error(around, { cause: new Error(text, { cause: text }) }),
    'custom property': () => Object.assign(new Error(around), { query: text, secret, statusCode: status }),
    extensions: () => Object.assign(new Error(around), { statusCode: status, extensions: { secret: text } }),
    headers: () => createError(status, around, { headers: { 'X-Debug': secret } }),
    name: () => Object.assign(new Error(around), { name: secret, statusCode: status }),
    'http-errors 5xx message': () => createError(status, text),
    'status error message': () => Object.assign(new Error(text), { statusCode: status, expose: false }),
    'catalog 5xx detail': () =>
      defaultCatalog.error(SERVER_KINDS[status % SERVER_KINDS.length] as 'InternalServerError', text, {
        cause: new Error(text),
      }),
    'catalog 5xx extensions': () =>
      defaultCatalog.error(SERVER_KINDS[status % SERVER_KINDS.length] as 'InternalServerError', around, {
        extensions: { secret: text, nested: { secret } },
      }),
    'AWS server fault message': () => awsLikeException(text, 'server', false, 'InternalServerError'),
    'AWS throttling message': () => awsLikeException(text, 'client', true, 'ThrottlingException'),
    'AWS $metadata': () =>
      Object.assign(awsLikeException(around, 'server', false, 'InternalServerError'), {
        $metadata: { httpStatusCode: status, requestId: secret, extendedRequestId: text, cfId: secret },
      }),
    // A 4xx of our own call to AWS, or of a dependency answering us: hidden 5xx, never the caller's 4xx.
    'AWS SDK v2 message': () => awsSdkV2Error(text, 'AccessDeniedException', 400 + (status % 100)),
    'AWS SDK v2 requestId': () => awsSdkV2Error(around, 'ValidationException', 400, secret),
    'axios request and response': () => httpClientError('axios', 400 + (status % 100), text, secret),
    'got request and response': () => httpClientError('got', 400 + (status % 100), text, secret),
  };
}

export const SECRET_PLACEMENTS = Object.keys(secretBearers('', '', 500)) as SecretPlacement[];

/**
 * A server error (5xx, not exposed) with `secret` hidden in one place. Text around the secret is hostile
 * but short, so that an exposed message would keep the secret whole.
 */
export function secretBearingServerError(secret: string): fc.Arbitrary<SecretBearingError> {
  return fc
    .tuple(fc.constantFrom(...SECRET_PLACEMENTS), hostileText(20), fc.integer({ min: 500, max: 599 }))
    .map(([placement, around, status]) => ({
      placement,
      thrown: secretBearers(secret, around, status)[placement](),
    }));
}

/** A secret no error mapper would write by accident: letters and digits only, so no escaping changes it. */
export function secretMarker(): fc.Arbitrary<string> {
  return fc
    .string({ unit: fc.constantFrom(...'ABCDEFGHJKMNPQRSTUVWXYZ23456789'), minLength: 12, maxLength: 12 })
    .map((random) => `S3CR3T-${random}`);
}

const KIND_NAME_START = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const KIND_NAME_REST = `${KIND_NAME_START}0123456789_`;

/** Kind names defineErrorCatalog accepts, including ones that collide with Object.prototype members. */
export function kindName(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...KIND_NAME_START),
          fc.string({ unit: fc.constantFrom(...KIND_NAME_REST), maxLength: 12 }),
        )
        .map(([first, rest]) => first + rest),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'constructor',
        'toString',
        'hasOwnProperty',
        'NotFound',
        'InternalServerError',
      ),
    },
  );
}

/** Single-line text that defineErrorCatalog accepts as a title or type (U+2028 and friends included). */
function catalogText(): fc.Arbitrary<string> {
  return hostileText(30).filter((text) => text.trim() !== '' && !/[\r\n]/.test(text));
}

export interface RandomCatalog {
  readonly catalog: ErrorCatalog;
  /** What was passed to defineErrorCatalog, to print a failing case. */
  readonly definitions: Record<string, ErrorKindDefinition>;
  readonly base: 'default' | 'none';
  /** How fast-check prints it in a counterexample: the defineErrorCatalog call. */
  readonly [fc.toStringMethod]: () => string;
}

/** The default catalog, printed by name in counterexamples. */
export function theDefaultCatalog(): RandomCatalog {
  return {
    catalog: defaultCatalog,
    definitions: {},
    base: 'default',
    [fc.toStringMethod]: () => 'defaultCatalog',
  };
}

/** A valid catalog: 0–8 random kinds of status 400–599, on top of the default catalog or of nothing. */
export function randomCatalog(): fc.Arbitrary<RandomCatalog> {
  const definition: fc.Arbitrary<ErrorKindDefinition> = fc.record(
    {
      status: fc.integer({ min: 400, max: 599 }),
      title: catalogText(),
      type: catalogText(),
      expose: fc.boolean(),
      retryAfterSeconds: fc.nat({ max: 86_400 }),
    },
    { requiredKeys: ['status'] },
  );
  return fc
    .tuple(
      fc.dictionary(kindName(), definition, { maxKeys: 8 }),
      fc.constantFrom('default', 'none') as fc.Arbitrary<'default' | 'none'>,
    )
    .map(([definitions, base]) => ({
      catalog: defineErrorCatalog(definitions, { base: base === 'default' ? defaultCatalog : null }),
      definitions,
      base,
      [fc.toStringMethod]: () => `defineErrorCatalog(${fc.stringify(definitions)}, { base: ${base} })`,
    }));
}

/** Options of integrationResponses for error statuses: any valid timeout and catch-all status, or the defaults. */
export function routingOptions(): fc.Arbitrary<{ timeoutStatus?: number; catchAllStatus?: number }> {
  return fc.record(
    { timeoutStatus: fc.integer({ min: 400, max: 599 }), catchAllStatus: fc.integer({ min: 400, max: 599 }) },
    { requiredKeys: [] },
  );
}

const LAMBDA_REQUEST_ID = fc.oneof(
  fc.uuid(),
  fc.string({ unit: fc.constantFrom('a', '-', '1', ' ', '\n', 'É'), minLength: 0, maxLength: 140 }),
);

/**
 * The errorMessages a non-proxy integration sees: tags of any status (the catalog's and others, well and
 * badly formed), Lambda timeouts and crashes of both generations, and hostile text before and after.
 */
export function selectionMessage(statuses: readonly number[]): fc.Arbitrary<string> {
  const status = fc.oneof(
    fc.constantFrom(...(statuses.length > 0 ? statuses : [500])),
    fc.integer({ min: 0, max: 1000 }),
  );
  const start = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom(...(statuses.length > 0 ? statuses : [500])).map((code) => `[${code}] {`),
    },
    status.map((code) => `[${code}] {`),
    status.map((code) => `[${code}]{`),
    status.map((code) => `[${code}] `),
    status.map((code) => ` [${code}] {`),
    fc.constant('Task timed out after '),
    LAMBDA_REQUEST_ID.map((id) => `RequestId: ${id} Error: Task timed out after `),
    LAMBDA_REQUEST_ID.map((id) => `2019-04-25T16:58:39.621Z ${id} Task timed out after `),
    LAMBDA_REQUEST_ID.map((id) => `RequestId: ${id} Error: Runtime exited with error: signal: killed`),
    fc.constant('Process exited before completing request'),
    fc.constant(''),
  );
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(start, hostileText()).map(([head, tail]) => head + tail) },
    { weight: 1, arbitrary: hostileText() },
    { weight: 1, arbitrary: fc.tuple(hostileText(), start, hostileText()).map((parts) => parts.join('')) },
  );
}

/** proxyErrorResponse's options as a case draws them: mostly the default catalog, any format, exposure, detail cap. */
export function proxyOptions() {
  return {
    catalog: fc.oneof(
      { weight: 3, arbitrary: fc.constant(theDefaultCatalog()) },
      { weight: 1, arbitrary: randomCatalog() },
    ),
    format: fc.constantFrom('problem+json', 'json', 'text') as fc.Arbitrary<ProxyResponseFormat>,
    exposeServerErrors: fc.boolean(),
    maxDetailBytes: fc.option(fc.integer({ min: 1, max: 256 * 1024 }), { nil: undefined }),
  };
}
