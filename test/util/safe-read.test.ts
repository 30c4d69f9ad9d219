import { runInNewContext } from 'node:vm';
import { describe, expect, it } from '@jest/globals';
import {
  isErrorInstance,
  ownEntries,
  ownKeys,
  readObject,
  readProperty,
  readRequestId,
  readString,
  textOf,
} from '../../src/util/safe-read.js';

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

describe('isErrorInstance', () => {
  const otherRealm = () => runInNewContext('new TypeError("from another realm")') as unknown;

  it('knows errors of this realm and of another, and nothing else', () => {
    expect(isErrorInstance(new RangeError('x'))).toBe(true);
    expect(isErrorInstance(otherRealm())).toBe(true);
    expect([{ message: 'x', name: 'Error' }, 'Error', null].map(isErrorInstance)).toEqual([
      false,
      false,
      false,
    ]);
  });

  // process.getBuiltinModule arrived in Node 20.16; the module falls back to the builtin tag without it.
  it('knows errors of another realm on a Node without process.getBuiltinModule', async () => {
    const saved = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
    Reflect.deleteProperty(process, 'getBuiltinModule');
    try {
      // A query makes a second instance of the module, evaluated now, without process.getBuiltinModule.
      const specifier = '../../src/util/safe-read.js?without-get-builtin-module';
      const fresh = (await import(specifier)) as typeof import('../../src/util/safe-read.js');
      expect(fresh.isErrorInstance(otherRealm())).toBe(true);
      expect(fresh.isErrorInstance({ message: 'x' })).toBe(false);
    } finally {
      if (saved) Object.defineProperty(process, 'getBuiltinModule', saved);
    }
  });
});
