// Issue 9, "Done when": for every classification case, the non-proxy path (taggedErrorMessage, selection
// by Java's Pattern.matches over the generated integration responses, the emulator's template rendering)
// gives the client the same status, Retry-After and problem members as the proxy path.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { integrationResponses } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { type InvocationOutcome, respondNonProxy } from '../../src/testing/index.js';
import {
  type ClientView,
  CROSS_PATH_CASES,
  expectedNonProxyView,
  nonProxyOutcome,
  proxyView,
  selectUnderJava,
} from '../support/cross-path.js';

const model = integrationResponses(defaultCatalog);

interface Outcomes {
  outcome: InvocationOutcome & { kind: 'error' };
  javaStatus: string;
}

const outcomes = new Map<string, Outcomes>();

beforeAll(async () => {
  const collected: [string, InvocationOutcome & { kind: 'error' }][] = [];
  for (const [label, make] of CROSS_PATH_CASES) {
    const outcome = await nonProxyOutcome(make());
    if (outcome.kind !== 'error') throw new Error(`${label}: the invocation succeeded`);
    collected.push([label, outcome]);
  }
  const selected = await selectUnderJava(
    model,
    collected.map(([, outcome]) => outcome.payload.errorMessage),
  );
  collected.forEach(([label, outcome], index) => {
    outcomes.set(label, { outcome, javaStatus: selected[index]!.statusCode });
  });
}, 60_000);

describe('proxy and non-proxy answer the same', () => {
  it.each(CROSS_PATH_CASES)('%s', async (label, make) => {
    const { outcome, javaStatus } = outcomes.get(label)!;
    const response = respondNonProxy({ outcome, integration: model, requestId: 'apigw-request-1' });
    expect(String(response.statusCode)).toBe(javaStatus);
    const nonProxy: ClientView = {
      status: response.statusCode,
      retryAfter: response.headers['Retry-After'],
      problem: JSON.parse(response.body) as Record<string, unknown>,
    };
    const proxy = await proxyView(make());
    expect(nonProxy).toEqual(expectedNonProxyView(make(), proxy));
  });

  it('covers an own Retry-After header with a value in both paths', async () => {
    const proxy = await proxyView(
      CROSS_PATH_CASES.find(([label]) => label.startsWith('http-errors 503 with'))![1](),
    );
    expect(proxy).toMatchObject({ status: 503, retryAfter: '12', problem: { retryAfter: 12 } });
  });
});
