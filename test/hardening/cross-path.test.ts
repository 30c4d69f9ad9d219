// Issue 9, "Done when": for every classification case, the non-proxy path (taggedErrorMessage, selection
// by Java's Pattern.matches over the generated integration responses, the emulator's template rendering)
// gives the client the same status, Retry-After and problem members as the proxy path.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { integrationResponses } from '../../src/generate/index.js';
import { classify, defaultCatalog, routableError } from '../../src/index.js';
import { type InvocationOutcome, respondNonProxy } from '../../src/testing/index.js';
import {
  type ClientView,
  CROSS_PATH_CASES,
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

/** What the proxy path gives, with the status (and its title and type) the non-proxy tag falls back to. */
function expectedNonProxy(thrown: unknown, proxy: ClientView): ClientView {
  const routable = routableError(classify(thrown), defaultCatalog);
  if (routable.status === proxy.status) return proxy;
  // A status the catalog lacks is tagged with its class default (documented): only these members differ.
  return {
    ...proxy,
    status: routable.status,
    problem: {
      ...proxy.problem,
      status: routable.status,
      title: routable.title,
      type: routable.type,
      // A hidden detail repeats the title, so it repeats the fallback's title.
      detail: proxy.problem.detail === proxy.problem.title ? routable.title : proxy.problem.detail,
    },
  };
}

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
    expect(nonProxy).toEqual(expectedNonProxy(make(), proxy));
  });

  it('covers an own Retry-After header with a value in both paths', async () => {
    const proxy = await proxyView(
      CROSS_PATH_CASES.find(([label]) => label.startsWith('http-errors 503 with'))![1](),
    );
    expect(proxy).toMatchObject({ status: 503, retryAfter: '12', problem: { retryAfter: 12 } });
  });
});
