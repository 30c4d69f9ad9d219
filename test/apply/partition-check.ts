import { expect } from '@jest/globals';
import {
  findLambdaMethods,
  integrationResponsesOf,
  methodResponsesOf,
} from '../../src/existing-api/find-apis.js';
import { parseTemplate } from '../../src/existing-api/read-template.js';
import type { IntegrationResponseModel, MethodResponseModel } from '../../src/generate/index.js';
import { defaultCatalog } from '../../src/index.js';
import { expectedStatus, fullCorpus } from '../generate/corpus.js';
import { routeUnderJava } from '../support/java-regex.js';

export interface PartitionCounts {
  readonly corpusSize: number;
  readonly matchedByTwo: number;
  readonly nonEmptyUnrouted: number;
  readonly emptyMatched: number;
  readonly wrongStatus: number;
  readonly statusesWithoutMethodResponse: readonly string[];
}

/**
 * Routes a corpus of error messages through a method's selection patterns with Java's java.util.regex and
 * counts what would go wrong on API Gateway.
 */
export async function partitionCounts(
  integrationResponses: readonly IntegrationResponseModel[],
  methodResponses: readonly MethodResponseModel[],
  taggedStatuses: readonly number[],
  corpusSize = 3_000,
): Promise<PartitionCounts> {
  const corpus = fullCorpus(taggedStatuses, corpusSize, 20261201);
  const routes = await routeUnderJava({ integrationResponses, methodResponses }, corpus);
  const rules = { taggedStatuses, timeoutStatus: 504, catchAllStatus: 500 };
  let matchedByTwo = 0;
  let nonEmptyUnrouted = 0;
  let emptyMatched = 0;
  let wrongStatus = 0;
  corpus.forEach((message, m) => {
    const routed = routes[m] ?? [];
    if (routed.length > 1) matchedByTwo++;
    if (message !== '' && routed.length === 0) nonEmptyUnrouted++;
    if (message === '' && routed.length > 0) emptyMatched++;
    const expected = expectedStatus(message, rules);
    if (routed.join(',') !== (expected === undefined ? '' : String(expected))) wrongStatus++;
  });
  const declared = new Set(methodResponses.map((response) => response.statusCode));
  return {
    corpusSize: corpus.length,
    matchedByTwo,
    nonEmptyUnrouted,
    emptyMatched,
    wrongStatus,
    statusesWithoutMethodResponse: integrationResponses
      .map((response) => response.statusCode)
      .filter((status) => !declared.has(status)),
  };
}

export const CLEAN_PARTITION = {
  matchedByTwo: 0,
  nonEmptyUnrouted: 0,
  emptyMatched: 0,
  wrongStatus: 0,
  statusesWithoutMethodResponse: [],
};

/** Expects `count` non-proxy Lambda methods in the template's text, each with a clean partition under Java. */
export async function expectEveryNonProxyMethodPartitioned(
  text: string,
  name: string,
  count: number,
  statuses: readonly number[] = defaultCatalog.statuses,
): Promise<void> {
  const methods = findLambdaMethods(parseTemplate(text, name)).filter((method) => !method.proxy);
  expect(methods).toHaveLength(count);
  for (const method of methods) {
    const counts = await partitionCounts(integrationResponsesOf(method), methodResponsesOf(method), statuses);
    expect({ where: method.where, ...counts }).toEqual({
      where: method.where,
      corpusSize: counts.corpusSize,
      ...CLEAN_PARTITION,
    });
  }
}
