import { describe, expect, it } from '@jest/globals';
import { readRequestId } from '../../src/context/request-id.js';
import {
  isErrorInstance,
  ownEntries,
  ownKeys,
  readObject,
  readProperty,
  readString,
  textOf,
} from '../../src/safe-read/safe-read.js';

/** An object whose every trap throws, as a hostile thrown value, event or context can be. */
function hostile(): object {
  const fail = () => {
    throw new Error('trap');
  };
  return new Proxy(
    {},
    { get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail },
  );
}

describe('the safe-read helpers never throw', () => {
  it('read nothing from an object whose traps throw', () => {
    const value = hostile();
    expect([readProperty(value, 'a'), readString(value, 'a'), readObject(value, 'a')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect([ownKeys(value), ownEntries(value), isErrorInstance(value)]).toEqual([[], [], false]);
    expect(readRequestId(value)).toBeUndefined();
  });

  it('read what is there', () => {
    const value = { a: 'x', b: { c: 1 }, n: 5 };
    expect([readString(value, 'a'), readObject(value, 'b'), readString(value, 'n')]).toEqual([
      'x',
      { c: 1 },
      undefined,
    ]);
    expect(ownEntries(value)).toEqual([
      ['a', 'x'],
      ['b', { c: 1 }],
      ['n', 5],
    ]);
    expect(readRequestId({ awsRequestId: 'id-1' })).toBe('id-1');
    expect([readRequestId({ awsRequestId: '' }), readRequestId('id'), readRequestId(null)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('turn any value into text', () => {
    const unprintable = {
      toString() {
        throw new Error('no');
      },
    };
    expect([textOf('s'), textOf(Symbol('x')), textOf(Object.create(null)), textOf(unprintable)]).toEqual([
      's',
      'Symbol(x)',
      '[unprintable object]',
      '[unprintable object]',
    ]);
  });
});
