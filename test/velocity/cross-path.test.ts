// Issue 9, "Done when", under Apache Velocity 1.7: for every classification case, the template Java's
// Pattern.matches selects, rendered by Velocity 1.7 with Jackson, gives the client the proxy path's status,
// Retry-After and problem members (a status the catalog lacks is tagged with its class default).
import { beforeAll, describe, expect, it } from '@jest/globals';
import { integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import {
  type ClientView,
  CROSS_PATH_CASES,
  expectedNonProxyView,
  nonProxyOutcome,
  proxyView,
  renderedView,
  selectUnderJava,
} from '../support/cross-path.js';
import { renderWithVelocity, type VelocityResult } from './apache-velocity.js';

const model = integrationResponses(defaultCatalog);
const views = new Map<string, ClientView | VelocityResult>();

beforeAll(async () => {
  const payloads: string[] = [];
  const messages: string[] = [];
  for (const [label, make] of CROSS_PATH_CASES) {
    const outcome = await nonProxyOutcome(make());
    if (outcome.kind !== 'error') throw new Error(`${label}: the invocation succeeded`);
    payloads.push(JSON.stringify(outcome.payload));
    messages.push(outcome.payload.errorMessage);
  }
  const selected = await selectUnderJava(model, messages);
  const results = await renderWithVelocity(
    selected.map((response, index) => ({
      template: response.responseTemplates['application/json']!,
      body: payloads[index]!,
      requestId: 'apigw-request-1',
    })),
  );
  CROSS_PATH_CASES.forEach(([label], index) => {
    const result = results[index]!;
    views.set(label, result.kind === 'rendered' ? renderedView(selected[index]!, result) : result);
  });
}, 120_000);

describe('Apache Velocity 1.7: proxy and non-proxy answer the same', () => {
  it.each(CROSS_PATH_CASES)('%s', async (label, make) => {
    const proxy = await proxyView(make());
    expect(views.get(label)).toEqual(expectedNonProxyView(make(), proxy));
  });
});
