import { describe, expect, it } from '@jest/globals';
import {
  fullMatch,
  type IntegrationResponsesModel,
  type IntegrationResponsesOptions,
  integrationResponses,
} from '../../src/generate/index.js';
import { defaultCatalog, defineErrorCatalog, type ErrorCatalog } from '../../src/index.js';
import { routeUnderJava } from '../support/java-regex.js';
import { expectedStatus, fullCorpus, namedMessages, type RoutingRules, randomMessages } from './corpus.js';

interface PartitionReport {
  readonly corpusSize: number;
  readonly javaMilliseconds: number;
  readonly matchedByTwo: string[];
  readonly nonEmptyMatchedByNone: string[];
  readonly emptyMatchedBy: string[];
  readonly wrongStatus: string[];
  readonly javaScriptDisagrees: string[];
}

function preview(message: string): string {
  return JSON.stringify(message.length > 80 ? `${message.slice(0, 80)}…(${message.length} chars)` : message);
}

function jsRoutes(model: IntegrationResponsesModel, message: string): string[] {
  return model.integrationResponses
    .filter(
      (response) => response.selectionPattern !== undefined && fullMatch(response.selectionPattern, message),
    )
    .map((response) => response.statusCode);
}

async function checkPartition(
  catalog: ErrorCatalog,
  options: IntegrationResponsesOptions,
  rules: RoutingRules,
  seed: number,
): Promise<PartitionReport> {
  return checkModel(
    integrationResponses(catalog, options),
    fullCorpus(catalog.statuses, 30_000, seed),
    rules,
  );
}

async function checkModel(
  model: IntegrationResponsesModel,
  corpus: readonly string[],
  rules: RoutingRules,
): Promise<PartitionReport> {
  const started = performance.now();
  const javaRoutes = await routeUnderJava(model, corpus);
  const javaMilliseconds = Math.round(performance.now() - started);
  const report: PartitionReport = {
    corpusSize: corpus.length,
    javaMilliseconds,
    matchedByTwo: [],
    nonEmptyMatchedByNone: [],
    emptyMatchedBy: [],
    wrongStatus: [],
    javaScriptDisagrees: [],
  };
  corpus.forEach((message, m) => {
    const routes = javaRoutes[m] ?? [];
    const label = `${preview(message)} → [${routes.join(',')}]`;
    if (message === '' && routes.length > 0) report.emptyMatchedBy.push(label);
    if (message !== '' && routes.length === 0) report.nonEmptyMatchedByNone.push(label);
    if (routes.length > 1) report.matchedByTwo.push(label);
    const expected = expectedStatus(message, rules);
    if (routes.join(',') !== (expected === undefined ? '' : String(expected))) {
      report.wrongStatus.push(`${label}, expected ${expected ?? 'none'}`);
    }
    const js = jsRoutes(model, message);
    if (js.join(',') !== routes.join(','))
      report.javaScriptDisagrees.push(`${label}, JavaScript [${js.join(',')}]`);
  });
  const perStatus = new Map<string, number>();
  for (const routes of javaRoutes)
    perStatus.set(routes.join('+'), (perStatus.get(routes.join('+')) ?? 0) + 1);
  console.log(
    `partition (${rules.taggedStatuses.join(',')}): ${report.corpusSize} messages, Java ${report.javaMilliseconds} ms for ${model.integrationResponses.length - 1} patterns; routed: ${[...perStatus].map(([status, n]) => `${status || 'none'}=${n}`).join(' ')}`,
  );
  return report;
}

function expectClean(report: PartitionReport): void {
  expect({
    matchedByTwo: report.matchedByTwo.slice(0, 5),
    nonEmptyMatchedByNone: report.nonEmptyMatchedByNone.slice(0, 5),
    emptyMatchedBy: report.emptyMatchedBy,
    wrongStatus: report.wrongStatus.slice(0, 5),
    javaScriptDisagrees: report.javaScriptDisagrees.slice(0, 5),
  }).toEqual({
    matchedByTwo: [],
    nonEmptyMatchedByNone: [],
    emptyMatchedBy: [],
    wrongStatus: [],
    javaScriptDisagrees: [],
  });
}

describe('generated selection patterns form a partition under Java (java.util.regex, full match)', () => {
  it('for the default catalog', async () => {
    const report = await checkPartition(
      defaultCatalog,
      {},
      { taggedStatuses: defaultCatalog.statuses, timeoutStatus: 504, catchAllStatus: 500 },
      1,
    );
    expect(report.corpusSize).toBeGreaterThan(20_000);
    expectClean(report);
  });

  it('for a custom catalog with 418 and two kinds sharing 404', async () => {
    const catalog = defineErrorCatalog({
      Teapot: { status: 418, title: "I'm a teapot" },
      OrderNotFound: { status: 404, title: 'Order not found' },
    });
    expect(catalog.kinds.filter((kind) => kind.status === 404)).toHaveLength(2);
    const model = integrationResponses(catalog);
    expect(model.integrationResponses.filter((response) => response.statusCode === '404')).toHaveLength(1);
    expectClean(
      await checkPartition(
        catalog,
        {},
        { taggedStatuses: catalog.statuses, timeoutStatus: 504, catchAllStatus: 500 },
        2,
      ),
    );
  });

  it('for a catalog without 500 and 504, timeouts sent to the catch-all status', async () => {
    const catalog = defineErrorCatalog({ Teapot: { status: 418 }, Busy: { status: 503 } }, { base: null });
    expectClean(
      await checkPartition(
        catalog,
        { timeoutStatus: 502, catchAllStatus: 502 },
        { taggedStatuses: [418, 503], timeoutStatus: 502, catchAllStatus: 502 },
        3,
      ),
    );
  });
});

describe('the partition check itself', () => {
  it('catches the Serverless Framework v3 default patterns ("contains [NNN] anywhere")', async () => {
    const statuses = [400, 404, 500];
    const serverlessDefaults: IntegrationResponsesModel = {
      integrationResponses: [
        { statusCode: '200', selectionPattern: undefined, responseTemplates: {}, responseParameters: {} },
        ...statuses.map((status) => ({
          statusCode: String(status),
          selectionPattern: `[\\s\\S]*\\[${status}\\][\\s\\S]*`,
          responseTemplates: {},
          responseParameters: {},
        })),
      ],
      methodResponses: [],
    };
    // Without the megabyte messages: "[\s\S]*\[404\]" backtracks over them for seconds.
    const corpus = [...namedMessages(statuses), ...randomMessages(statuses, 5_000, 4)];
    const report = await checkModel(serverlessDefaults, corpus, {
      taggedStatuses: statuses,
      timeoutStatus: 500,
      catchAllStatus: 500,
    });
    expect(report.matchedByTwo.length).toBeGreaterThan(0);
    expect(report.nonEmptyMatchedByNone).toContain('"Process exited before completing request" → []');
    expect(report.emptyMatchedBy).toEqual([]);
    expect(report.javaScriptDisagrees).toEqual([]);
  });
});
