// Issue 20 item 6: without velocityjs, the emulator's non-proxy helpers throw the MissingPeerDependencyError
// docs/testing.md promises instead of answering a silent 500. node:module's require is replaced by one that
// cannot find velocityjs (as Node reports a package that is not installed) and loads everything else.
import { createRequire as realCreateRequire } from 'node:module';
import { beforeAll, describe, expect, it, jest } from '@jest/globals';

jest.unstable_mockModule('node:module', () => ({
  createRequire: (from: string) => {
    const load = realCreateRequire(from);
    return (name: string) => {
      if (name === 'velocityjs') {
        throw Object.assign(new Error(`Cannot find module '${name}'\nRequire stack:\n- here`), {
          code: 'MODULE_NOT_FOUND',
        });
      }
      return load(name);
    };
  },
}));

let testing: typeof import('../../src/testing/index.js');
let generate: typeof import('../../src/generate/index.js');
let catalogs: typeof import('../../src/index.js');
beforeAll(async () => {
  testing = await import('../../src/testing/index.js');
  generate = await import('../../src/generate/index.js');
  catalogs = await import('../../src/index.js');
});

const MISSING =
  'Rendering mapping templates (lambda-error-map/testing) needs the package "velocityjs", an optional peer dependency of lambda-error-map that is not installed: run `npm install --save-dev velocityjs`';

describe('the non-proxy emulator without velocityjs', () => {
  it('invokeNonProxy rejects with MissingPeerDependencyError, not a 500', async () => {
    const { defaultCatalog, taggedErrorMessage } = catalogs;
    const middleware = taggedErrorMessage({ logger: false });
    const handler = async (event: unknown, context: unknown) => {
      const request = {
        event,
        context,
        response: undefined,
        error: defaultCatalog.error('NotFound', 'x') as unknown,
      };
      middleware.onError(request);
      throw request.error;
    };
    const log: string[] = [];
    const invocation = testing.invokeNonProxy({
      handler,
      event: {},
      integration: generate.integrationResponses(defaultCatalog),
      log: (line) => log.push(line),
    });
    await expect(invocation).rejects.toThrow(MISSING);
    await expect(invocation).rejects.toBeInstanceOf(testing.MissingPeerDependencyError);
    expect(log).toEqual([]);
  });

  it('respondNonProxy throws it too', () => {
    const respond = () =>
      testing.respondNonProxy({
        outcome: {
          kind: 'error',
          payload: testing.lambdaErrorPayload(catalogs.defaultCatalog.error('Conflict')),
        },
        integration: generate.integrationResponses(catalogs.defaultCatalog),
        requestId: 'r-1',
      });
    expect(respond).toThrow(MISSING);
    expect(respond).toThrow(testing.MissingPeerDependencyError);
  });
});
