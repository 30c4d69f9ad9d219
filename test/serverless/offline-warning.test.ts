import { describe, expect, it } from '@jest/globals';
import LambdaErrorMapPlugin from '../../src/serverless/index.js';
import type { ServerlessLike } from '../../src/serverless/serverless-types.js';

/** A service with a non-proxy event, an asynchronous one, a proxy one and the string shorthand. */
function service(): ServerlessLike {
  return {
    service: {
      custom: { lambdaErrorMap: { catalog: 'does-not-matter.mjs' } },
      functions: {
        orders: {
          handler: 'orders.handler',
          events: [
            { http: { path: 'orders/{id}', method: 'get', integration: 'lambda' } },
            { http: { path: 'orders', method: 'post', integration: 'lambda', async: true } },
            { http: { path: 'proxy/{id}', method: 'get' } },
            { http: 'GET hello' },
          ],
        },
        stock: {
          handler: 'stock.handler',
          events: [{ http: { path: 'stock', method: 'get', integration: 'aws' } }],
        },
        empty: null,
      },
    },
    serviceDir: '/nowhere',
  };
}

async function underOffline(hooks: readonly string[], withWarning = true) {
  const warnings: string[] = [];
  const verbose: string[] = [];
  const serverless = service();
  const before = JSON.stringify(serverless.service);
  const log = withWarning
    ? { verbose: (line: string) => verbose.push(line), warning: (line: string) => warnings.push(line) }
    : { verbose: (line: string) => verbose.push(line) };
  const plugin = new LambdaErrorMapPlugin(serverless, {}, { log });
  for (const hook of hooks) await plugin.hooks[hook]?.();
  return { warnings, verbose, unchanged: JSON.stringify(serverless.service) === before };
}

describe('the plugin under serverless offline', () => {
  it('warns once per synchronous non-proxy http event and points to serve, writing nothing', async () => {
    const run = await underOffline(['before:offline:start']);
    expect(run.warnings).toEqual([
      'lambda-error-map: function "orders", http event GET /orders/{id} (integration: lambda): serverless-offline does not apply the selection patterns or response templates (it takes the first [NNN] anywhere in the error message, else 502), so its error responses differ from API Gateway\'s; run `npx lambda-error-map serve --template serverless.yml` (or `--template .serverless` after `serverless package`) to serve them as API Gateway does',
      expect.stringMatching(
        /^lambda-error-map: function "stock", http event GET \/stock \(integration: lambda\)/,
      ),
    ]);
    expect(run.verbose).toEqual([]);
    // No catalog is read (the path does not exist) and no response is written: offline reads response.headers.
    expect(run.unchanged).toBe(true);
  });

  it('warns once although both of offline lifecycles run, on the verbose log where warning is missing', async () => {
    const both = await underOffline(['before:offline:start:init', 'before:offline:start']);
    expect(both.warnings).toHaveLength(2);
    const old = await underOffline(['before:offline:start:init'], false);
    expect(old.verbose).toHaveLength(2);
  });

  it('says nothing for a service without non-proxy events', async () => {
    const warnings: string[] = [];
    const plugin = new LambdaErrorMapPlugin(
      { service: { custom: {}, functions: undefined }, serviceDir: '/nowhere' },
      {},
      { log: { verbose: () => undefined, warning: (line) => warnings.push(line) } },
    );
    await plugin.hooks['before:offline:start']?.();
    expect(warnings).toEqual([]);
  });
});
