import fc from 'fast-check';
import createError from 'http-errors';
import { defaultCatalog } from '../../src/index.js';

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

function throwingProxy(target: object): object {
  const explode = () => {
    throw new Error('proxy trap exploded');
  };
  return new Proxy(target, {
    get: explode,
    has: explode,
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
  );
}

export { throwingGetters, throwingProxy };
