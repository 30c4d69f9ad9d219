import { describe, expect, it } from '@jest/globals';
import { fakeLambdaContext, invokeHandler, lambdaErrorPayload } from '../../src/testing/index.js';

class NotFound extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OrderNotFound';
  }
}

describe('lambdaErrorPayload (classic runtime, src/Errors.js toRapidResponse)', () => {
  it('uses error.name, not the class name, and drops custom properties', () => {
    const error = Object.assign(new NotFound('order 42'), { status: 404 });
    const payload = lambdaErrorPayload(error);
    expect(payload.errorType).toBe('OrderNotFound');
    expect(payload.errorMessage).toBe('order 42');
    expect(payload.trace[0]).toBe('OrderNotFound: order 42');
    expect(Object.keys(payload)).toEqual(['errorType', 'errorMessage', 'trace']);
  });

  it('reports a class without an explicit name as Error', () => {
    class Unnamed extends Error {}
    expect(lambdaErrorPayload(new Unnamed('x')).errorType).toBe('Error');
  });

  it('turns a thrown string into errorType "string"', () => {
    expect(lambdaErrorPayload('boom')).toEqual({ errorType: 'string', errorMessage: 'boom', trace: [] });
  });

  it('turns a plain object into "[object Object]"', () => {
    expect(lambdaErrorPayload({ statusCode: 404 })).toEqual({
      errorType: 'object',
      errorMessage: '[object Object]',
      trace: [],
    });
  });

  it('turns a number into its text', () => {
    expect(lambdaErrorPayload(42)).toEqual({ errorType: 'number', errorMessage: '42', trace: [] });
  });

  it('turns a rejected null or undefined into the string "handled"', () => {
    expect(lambdaErrorPayload(null)).toEqual({ errorType: 'string', errorMessage: 'handled', trace: [] });
    expect(lambdaErrorPayload(undefined)).toEqual({
      errorType: 'string',
      errorMessage: 'handled',
      trace: [],
    });
  });

  it('treats an error-like object (string name, message and stack) as an error', () => {
    const payload = lambdaErrorPayload({ name: 'Fake', message: 'm', stack: 'Fake: m\n  at x' });
    expect(payload).toEqual({ errorType: 'Fake', errorMessage: 'm', trace: ['Fake: m', '  at x'] });
  });

  it('falls back to "handled" when the error cannot be read (no stack, no toString)', () => {
    const noStack = new Error('x');
    noStack.stack = undefined;
    expect(lambdaErrorPayload(noStack).errorType).toBe('handled');
    expect(lambdaErrorPayload(Object.create(null)).errorMessage).toMatch(
      /^callback called with Error argument/,
    );
  });
});

describe('lambdaErrorPayload (v4 runtime, src/utils/error.ts formatError)', () => {
  it('reports null as errorType "object", message "null", and escapes DEL', () => {
    expect(lambdaErrorPayload(null, 'v4')).toEqual({ errorType: 'object', errorMessage: 'null', trace: [] });
    expect(lambdaErrorPayload(new Error('a\x7Fb'), 'v4').errorMessage).toBe('a%7Fb');
  });

  it('falls back to "handled" when reading the error throws', () => {
    const error = new Error('hidden');
    Object.defineProperty(error, 'message', {
      get() {
        throw new Error('getter fails');
      },
    });
    expect(lambdaErrorPayload(error, 'v4')).toEqual({
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
      trace: [],
    });
  });

  it('reports an empty trace for an Error without a stack', () => {
    const error = new TypeError('no stack');
    error.stack = undefined;
    expect(lambdaErrorPayload(error, 'v4')).toEqual({
      errorType: 'TypeError',
      errorMessage: 'no stack',
      trace: [],
    });
  });
});

describe('invokeHandler', () => {
  const context = () => fakeLambdaContext({ awsRequestId: 'req-1' });

  it('serialises a success as JSON, undefined as null', async () => {
    expect(await invokeHandler(async () => ({ a: 1 }), {}, context())).toEqual({
      kind: 'success',
      payload: '{"a":1}',
    });
    expect(await invokeHandler(async () => undefined, {}, context())).toEqual({
      kind: 'success',
      payload: 'null',
    });
  });

  it('treats returning {errorMessage} as a success', async () => {
    const outcome = await invokeHandler(async () => ({ errorMessage: '[404] x' }), {}, context());
    expect(outcome.kind).toBe('success');
  });

  it('reports a rejected null as "handled" and a synchronous throw of null as a success (classic callback)', async () => {
    const rejectsNull = () => Promise.reject(null);
    const throwsNull = () => {
      throw null;
    };
    expect(await invokeHandler(rejectsNull, {}, context())).toEqual({
      kind: 'error',
      payload: { errorType: 'string', errorMessage: 'handled', trace: [] },
    });
    expect(await invokeHandler(throwsNull, {}, context())).toEqual({ kind: 'success', payload: 'null' });
  });

  it('reports a synchronous throw as the error under v4, where the classic runtime routes it through the callback', async () => {
    const throwsError = () => {
      throw new RangeError('sync');
    };
    const outcome = await invokeHandler(throwsError, {}, context(), { runtime: 'v4' });
    expect(outcome.kind).toBe('error');
    expect(outcome.kind === 'error' && outcome.payload.errorType).toBe('RangeError');
    expect(outcome.kind === 'error' && outcome.payload.errorMessage).toBe('sync');
    const throwsNull = () => {
      throw null;
    };
    expect(await invokeHandler(throwsNull, {}, context(), { runtime: 'v4' })).toEqual({
      kind: 'error',
      payload: { errorType: 'object', errorMessage: 'null', trace: [] },
    });
  });

  it('succeeds with null for a handler that returns a plain value without taking a callback', async () => {
    expect(await invokeHandler(() => 'ignored', {}, context())).toEqual({ kind: 'success', payload: 'null' });
  });

  it('fails the invocation when the result cannot be serialised', async () => {
    const outcome = await invokeHandler(async () => ({ big: 1n }), {}, context());
    expect(outcome.kind === 'error' && outcome.payload.errorMessage).toBe(
      'Unable to stringify response body',
    );
  });

  it('settles callback-style handlers through the callback', async () => {
    const handler = (_event: unknown, _context: unknown, callback: (e: unknown, r?: unknown) => void) => {
      setImmediate(() => callback('bad input'));
    };
    expect(await invokeHandler(handler, {}, context())).toEqual({
      kind: 'error',
      payload: { errorType: 'string', errorMessage: 'bad input', trace: [] },
    });
  });

  it('reports a handler that outlives its timeout with Lambda timeout error', async () => {
    const slow = () => new Promise(() => {});
    const outcome = await invokeHandler(slow, {}, context(), { timeoutSeconds: 0.05 });
    expect(outcome).toEqual({
      kind: 'error',
      payload: {
        errorType: 'Sandbox.Timedout',
        errorMessage: 'RequestId: req-1 Error: Task timed out after 0.05 seconds',
        trace: [],
      },
    });
  });

  it('builds a default context whose callback-era methods explain they are not emulated', () => {
    const fake = fakeLambdaContext();
    expect(fake.functionName).toBe('lambda-error-map-emulated');
    expect(fake.memoryLimitInMB).toBe('128');
    expect(fake.getRemainingTimeInMillis()).toBeLessThanOrEqual(3000);
    expect(() => fake.succeed('x')).toThrow(
      'context.succeed() is not emulated: return a value or throw from an async handler instead',
    );
    expect(() => fake.done()).toThrow('context.done() is not emulated');
  });

  it('passes a realistic context', async () => {
    let seen: Record<string, unknown> = {};
    await invokeHandler(
      async (_event: unknown, ctx: { getRemainingTimeInMillis(): number } & Record<string, unknown>) => {
        seen = { ...ctx, remaining: ctx.getRemainingTimeInMillis() };
      },
      {},
      fakeLambdaContext({ functionName: 'orders', timeoutSeconds: 6 }),
    );
    expect(seen.functionName).toBe('orders');
    expect(seen.invokedFunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:orders');
    expect(seen.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.remaining).toBeGreaterThan(0);
    expect(seen.remaining).toBeLessThanOrEqual(6000);
  });
});
