import {
  ConditionalCheckFailedException,
  InternalServerError as DynamoInternalServerError,
  ResourceNotFoundException,
  ThrottlingException,
} from '@aws-sdk/client-dynamodb';
import createError from 'http-errors';
import { defaultCatalog } from '../../src/index.js';

/** A secret every 5xx case carries in its message: it must never reach an errorMessage. */
export const SECRET = 'postgres://admin:hunter2@db.internal';

const metadata = { httpStatusCode: 400, requestId: 'aws-req' };

function cyclic(): object {
  const value: Record<string, unknown> = { message: SECRET };
  value.self = value;
  return value;
}

function hostileProxy(): object {
  const trap = () => {
    throw new Error('trap');
  };
  return new Proxy(
    {},
    { get: trap, getPrototypeOf: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap },
  );
}

function throwingGetters(): object {
  return {
    get message(): string {
      throw new Error('no');
    },
    get name(): string {
      throw new Error('no');
    },
  };
}

function validatorError(): Error {
  return Object.assign(createError(400, 'Event object failed validation'), {
    cause: {
      package: '@middy/validator',
      data: [{ instancePath: '/body/name', message: 'must be string\u2028 with [500] {"a":1}\n' }],
    },
  });
}

function middyTimeout(): Error {
  const error = new Error(`[AbortError]: The operation was aborted. ${SECRET}`, {
    cause: { package: '@middy/core' },
  });
  error.name = 'TimeoutError';
  return error;
}

/** Every classification case of the README's classification table, as fresh values (label, factory). */
export const CLASSIFICATION_CASES: ReadonlyArray<readonly [string, () => unknown]> = [
  ['catalog 404', () => defaultCatalog.error('NotFound', 'order 42\nline two\r\u2028\u2029\u0085 "quoted"')],
  [
    'catalog 429 with retryAfter',
    () => defaultCatalog.error('TooManyRequests', 'slow', { retryAfterSeconds: 9 }),
  ],
  ['catalog 502', () => defaultCatalog.error('BadGateway', SECRET)],
  [
    'catalog 404 with extensions',
    () => defaultCatalog.error('NotFound', 'x', { extensions: { id: 'a\nb' } }),
  ],
  ['http-errors 404', () => createError(404, 'no such order')],
  ['http-errors 418 (not in catalog)', () => createError(418, 'teapot')],
  ['http-errors 500', () => createError(500, SECRET)],
  ['http-errors 507 (not in catalog)', () => createError(507, SECRET)],
  ['status 999', () => Object.assign(new Error(SECRET), { statusCode: 999 })],
  [
    'conditional check failed',
    () => new ConditionalCheckFailedException({ message: SECRET, $metadata: metadata }),
  ],
  ['throttling', () => new ThrottlingException({ message: SECRET, $metadata: metadata })],
  ['aws server fault', () => new DynamoInternalServerError({ message: SECRET, $metadata: metadata })],
  ['aws client fault', () => new ResourceNotFoundException({ message: SECRET, $metadata: metadata })],
  ['sdk timeout', () => Object.assign(new Error(SECRET), { name: 'TimeoutError', code: 'ETIMEDOUT' })],
  ['network error', () => Object.assign(new Error(SECRET), { code: 'ECONNREFUSED' })],
  ['validator', validatorError],
  ['middy early timeout', middyTimeout],
  ['plain Error', () => new Error(`${SECRET}\n    at stack`)],
  ['string', () => SECRET],
  ['number', () => 42],
  ['bigint', () => 10n],
  ['boolean', () => true],
  ['symbol', () => Symbol(SECRET)],
  ['null', () => null],
  ['undefined', () => undefined],
  ['plain object', () => ({ message: SECRET })],
  ['cyclic object', cyclic],
  ['throwing getters', throwingGetters],
  ['hostile Proxy', hostileProxy],
  ['lone surrogate detail', () => createError(400, 'bad \ud800 half')],
];
