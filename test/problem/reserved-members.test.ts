import { describe, expect, it } from '@jest/globals';
import { isReservedMember, STANDARD_MEMBERS } from '../../src/catalog/mapped.js';
import {
  classify,
  defaultCatalog,
  errorResponseForEvent,
  formatTaggedMessage,
  type MappedError,
} from '../../src/index.js';
import { buildProblem } from '../../src/problem/build-problem.js';
import { lambdaContext, restV1Event } from '../support/events.js';

// Written out here on purpose: a member dropped from the list in src/ fails this test.
const RESERVED = ['type', 'title', 'status', 'detail', 'instance', 'requestId', 'retryAfter', '__proto__'];

/** Extensions that try every reserved member, `__proto__` as an own key (as JSON.parse makes it). */
function forgedExtensions(): Record<string, unknown> {
  const forged = JSON.parse('{"__proto__": {"polluted": true}, "orderId": 5}') as Record<string, unknown>;
  for (const name of RESERVED) if (name !== '__proto__') forged[name] = `forged ${name}`;
  return forged;
}

/** A 429 with a Retry-After, so that every member the package writes has a value of its own. */
function forgingError(): Error {
  return defaultCatalog.error('TooManyRequests', 'slow down', {
    retryAfterSeconds: 4,
    extensions: forgedExtensions(),
  });
}

/** The same error as another copy of the library (or any http-errors-style error) makes it. */
function foreignForgingError(): Error {
  return Object.assign(new Error('slow down'), {
    name: 'TooManyRequests',
    status: 429,
    retryAfterSeconds: 4,
    extensions: forgedExtensions(),
  });
}

const REAL_MEMBERS = {
  type: 'about:blank',
  title: 'Too Many Requests',
  status: 429,
  detail: 'slow down',
  requestId: 'id-1',
  retryAfter: 4,
  orderId: 5,
};

function expectNoPollution(value: object): void {
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  expect((value as { polluted?: unknown }).polluted).toBeUndefined();
}

describe('the reserved problem members (one list, every path)', () => {
  it('are the members the package writes, and __proto__', () => {
    expect(RESERVED.every(isReservedMember)).toBe(true);
    expect([...STANDARD_MEMBERS, '__proto__']).toEqual(RESERVED);
    expect(['orderId', 'errors', 'Type', 'proto'].some(isReservedMember)).toBe(false);
  });

  it.each([
    ['a CatalogError', forgingError],
    ['an error of a catalog kind from another copy', foreignForgingError],
  ])('never reach the mapped extensions from %s', (_, make) => {
    const mapped = classify(make());
    expect(mapped.extensions).toEqual({ orderId: 5 });
    expect(Object.keys(mapped.extensions)).toEqual(['orderId']);
  });

  it.each([
    ['a CatalogError', forgingError],
    ['an error of a catalog kind from another copy', foreignForgingError],
  ])('never replace a member of the proxy response body for %s', (_, make) => {
    const response = errorResponseForEvent(make(), restV1Event(), lambdaContext('id-1'), { logger: false });
    const body = JSON.parse(response.body) as Record<string, unknown>;
    expect(body).toEqual({ ...REAL_MEMBERS, instance: '/orders/42' });
    expectNoPollution(body);
  });

  it('never replace a member of the non-proxy tagged message', () => {
    const { message } = formatTaggedMessage(classify(forgingError()), { requestId: 'id-1' });
    const problem = JSON.parse(message.replace(/^\[429\] /, '')) as Record<string, unknown>;
    expect(problem).toEqual(REAL_MEMBERS);
    expectNoPollution(problem);
  });

  it('never replace a member when a mapped error reaches buildProblem without classify', () => {
    const mapped: MappedError = {
      kind: 'TooManyRequests',
      status: 429,
      title: 'Too Many Requests',
      type: 'about:blank',
      detail: 'slow down',
      exposed: true,
      headers: {},
      retryAfter: 4,
      extensions: forgedExtensions(),
      cause: undefined,
    };
    const problem = buildProblem(mapped, {
      exposeServerErrors: false,
      maxDetailBytes: 4096,
      requestId: 'id-1',
      instance: '/orders/42',
    });
    expect({ ...problem }).toEqual({ ...REAL_MEMBERS, instance: '/orders/42' });
    expectNoPollution(problem);
  });
});
