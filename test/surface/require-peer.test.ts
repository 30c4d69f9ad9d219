// The optional peers as a user without them sees them: node:module's require is replaced by one that cannot
// find the packages named in `absent` (as Node reports a package that is not installed).
import { beforeAll, describe, expect, it, jest } from '@jest/globals';

const absent = new Set<string>();
const broken = new Set<string>();

jest.unstable_mockModule('node:module', () => ({
  createRequire: () => (name: string) => {
    if (broken.has(name)) throw new SyntaxError(`Unexpected token in ${name}`);
    if (absent.has(name)) {
      throw Object.assign(new Error(`Cannot find module '${name}'\nRequire stack:\n- here`), {
        code: 'MODULE_NOT_FOUND',
      });
    }
    return { name };
  },
}));

let peers: typeof import('../../src/surface/require-peer.js');
let errors: typeof import('../../src/surface/errors.js');
beforeAll(async () => {
  peers = await import('../../src/surface/require-peer.js');
  errors = await import('../../src/surface/errors.js');
});

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(errors.MissingPeerDependencyError);
    return (error as Error).message;
  }
  throw new Error('expected a MissingPeerDependencyError');
}

describe('optional peer dependencies', () => {
  it('load when installed', () => {
    absent.clear();
    expect(peers.requirePeer('yaml', 'Writing YAML')).toEqual({ name: 'yaml' });
    expect(() => peers.requirePeers(['yaml', 'refa', 'scslre'], 'lint')).not.toThrow();
  });

  it('name the one missing package and how to install it', () => {
    absent.clear();
    absent.add('velocityjs');
    expect(messageOf(() => peers.requirePeer('velocityjs', 'Rendering mapping templates'))).toBe(
      'Rendering mapping templates needs the package "velocityjs", an optional peer dependency of lambda-error-map that is not installed: run `npm install --save-dev velocityjs`',
    );
    // Node's own not-found error stays reachable.
    expect(() => peers.requirePeer('velocityjs', 'Rendering')).toThrow(
      expect.objectContaining({ cause: expect.objectContaining({ code: 'MODULE_NOT_FOUND' }) }),
    );
  });

  it('name every missing package of a feature, and one command for them all', () => {
    absent.clear();
    for (const name of ['yaml', 'refa', 'scslre']) absent.add(name);
    expect(messageOf(() => peers.requirePeers(['yaml', 'refa', 'scslre'], 'lint'))).toBe(
      'lint needs the packages "yaml", "refa" and "scslre", optional peer dependencies of lambda-error-map that are not installed: run `npm install --save-dev yaml refa scslre`',
    );
    absent.delete('yaml');
    expect(messageOf(() => peers.requirePeers(['yaml', 'refa', 'scslre'], 'lint'))).toContain(
      'the packages "refa" and "scslre", optional peer dependencies',
    );
  });

  it('let an installed package that fails to load fail with its own error', () => {
    absent.clear();
    broken.add('yaml');
    try {
      expect(() => peers.requirePeer('yaml', 'Writing YAML')).toThrow(SyntaxError);
    } finally {
      broken.clear();
    }
  });
});
