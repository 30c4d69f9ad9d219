import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fakeLambdaContext } from '../../src/engine/fake-context.js';
import { type AnyHandler, invokeHandler } from '../../src/engine/invoke-handler.js';
import { type RunningServer, serve } from '../../src/serve/server.js';
import { routeUnderJava } from '../support/java-regex.js';

// The server selects integration responses with the JavaScript emulator; API Gateway uses java.util.regex.
// Each case's real errorMessage (the fixture's handler invoked directly) is routed by Java over the template's
// patterns, and the status the server answered over HTTP must be that one.
const TEMPLATE = fileURLToPath(new URL('./fixtures/sam/template.yaml', import.meta.url));
const HANDLER = new URL('./fixtures/sam/handlers/non-proxy.mjs', import.meta.url).href;
const CASES = ['42', 'missing', 'busy', 'crash', 'slow', "O'Brien\nline 2"];

let server: RunningServer;
beforeAll(async () => {
  server = await serve({ template: TEMPLATE, port: 0, log: () => {} });
});
afterAll(() => server.close());

describe('serve: the non-proxy status agrees with Java', () => {
  it('routes each case as java.util.regex full-matching does', async () => {
    const { handler } = (await import(HANDLER)) as { handler: AnyHandler };
    const route = server.api.routes.find((candidate) => candidate.resourcePath === '/orders/{id}');
    if (route === undefined) throw new Error('the fixture has no /orders/{id}');
    const messages = await Promise.all(
      CASES.map(async (id) => {
        const outcome = await invokeHandler(handler, { id }, fakeLambdaContext({ timeoutSeconds: 1 }), {
          timeoutSeconds: 1,
        });
        return outcome.kind === 'error' ? outcome.payload.errorMessage : '';
      }),
    );
    const routed = await routeUnderJava(route.responses, messages);
    const statuses = await Promise.all(
      CASES.map(async (id) => (await fetch(`${server.url}/dev/orders/${encodeURIComponent(id)}`)).status),
    );
    const expected = routed.map((matches) => {
      expect(matches.length).toBeLessThanOrEqual(1);
      return Number(matches[0] ?? '200');
    });
    expect(statuses).toEqual(expected);
    expect(expected).toEqual([200, 404, 503, 500, 504, 200]);
  });
});
