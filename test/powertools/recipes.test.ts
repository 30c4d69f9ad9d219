// The recipes of docs/powertools.md, run: the real Powertools Logger as `logger` and a real Metrics single
// metric per error kind from `onErrorMapped`, through the real HTTP router and problemErrorHandler.
import { Router } from '@aws-lambda-powertools/event-handler/http';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { defineErrorCatalog, type ErrorMappedEvent } from '../../src/index.js';
import { problemErrorHandler } from '../../src/powertools/index.js';
import { lambdaContext, restV1Event } from '../support/events.js';

type Printed = Record<string, unknown>;

let printed: Printed[];
const ENV = ['POWERTOOLS_DEV', 'POWERTOOLS_METRICS_DISABLED'] as const;
let previousEnv: (string | undefined)[];

beforeEach(() => {
  printed = [];
  previousEnv = ENV.map((name) => process.env[name]);
  // Dev mode makes Powertools print through the global console, where the test reads it; it also turns
  // metrics off unless they are enabled explicitly.
  process.env.POWERTOOLS_DEV = 'true';
  process.env.POWERTOOLS_METRICS_DISABLED = 'false';
  for (const method of ['info', 'warn', 'error', 'debug', 'log'] as const) {
    jest.spyOn(console, method).mockImplementation((line: unknown) => {
      printed.push(JSON.parse(String(line)) as Printed);
    });
  }
});

afterEach(() => {
  jest.restoreAllMocks();
  ENV.forEach((name, i) => {
    const previous = previousEnv[i];
    if (previous === undefined) delete process.env[name];
    else process.env[name] = previous;
  });
});

const catalog = defineErrorCatalog({ OrderNotFound: { status: 404, title: 'Order not found' } });

describe('the Powertools recipes', () => {
  it('logs through Logger and counts one MappedError per error with the kind as a dimension', async () => {
    const logger = new Logger({ serviceName: 'orders' });
    const metrics = new Metrics({ namespace: 'Shop', serviceName: 'orders' });
    const recordMappedError = ({ kind }: ErrorMappedEvent): void => {
      const metric = metrics.singleMetric();
      metric.addDimension('errorKind', kind);
      metric.addMetric('MappedError', MetricUnit.Count, 1);
    };
    const app = new Router({ logger });
    app.get('/orders/:id', async () => {
      throw catalog.error('OrderNotFound', 'order 42 does not exist');
    });
    app.errorHandler(Error, problemErrorHandler({ catalog, logger, onErrorMapped: recordMappedError }));

    const response = await app.resolve(restV1Event(), lambdaContext('req-7'));
    expect(response.statusCode).toBe(404);
    const logLine = printed.find((line) => line.message === 'lambda-error-map: 404 OrderNotFound');
    expect(logLine).toMatchObject({
      level: 'WARN',
      service: 'orders',
      kind: 'OrderNotFound',
      requestId: 'req-7',
    });
    const emf = printed.find((line) => '_aws' in line);
    expect(emf).toMatchObject({
      errorKind: 'OrderNotFound',
      service: 'orders',
      MappedError: 1,
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: 'Shop',
            Dimensions: [expect.arrayContaining(['service', 'errorKind'])],
            Metrics: [{ Name: 'MappedError', Unit: 'Count' }],
          },
        ],
      },
    });
  });
});
