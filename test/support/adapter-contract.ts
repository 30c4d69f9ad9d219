// What every router adapter must answer, on realistic REST v1 and HTTP API 2.0 events: a catalog error with its
// status and problem, an unknown error as a 500 that shows nothing, AWS SDK v3 throttling as 503 + Retry-After,
// HEAD without a body; each logged once, as the middlewares log. Each adapter's test runs it through its router.
import { DynamoDBClient, GetItemCommand, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { defineErrorCatalog, type ErrorLogEntry } from '../../src/index.js';
import { httpApiV2Event, lambdaContext, type RequestOptions, restV1Event } from './events.js';
import { assertValidProxyResponse, headerValues } from './response-validators.js';

export const adapterCatalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
});
/** The request id of `lambdaContext()`. */
export const REQUEST_ID = lambdaContext().awsRequestId;
const SECRET = 'password=hunter2 at db-1.internal';

export const throwsNotFound = async (): Promise<never> => {
  throw adapterCatalog.error('OrderNotFound', 'order 42 does not exist');
};

/** The proxy result a router returns for an event (what the Lambda runtime sends to API Gateway). */
export interface RouterResult {
  statusCode?: number | undefined;
  body?: string | undefined;
}

/**
 * Resolves `event` with a router whose GET and HEAD /orders/:id run `handler`, the adapter built with
 * `{ catalog: adapterCatalog, logger: (entry) => entries.push(entry) }` registered as its error handler.
 */
export type ResolveThroughRouter = (
  handler: () => Promise<unknown>,
  entries: ErrorLogEntry[],
  event: object,
) => Promise<RouterResult>;

const EVENTS = [
  ['rest-v1', restV1Event],
  ['http-api-v2', httpApiV2Event],
] as const;

export function describeAdapterContract(name: string, resolve: ResolveThroughRouter): void {
  const dynamo = mockClient(DynamoDBClient);
  afterEach(() => {
    dynamo.reset();
  });

  describe.each(EVENTS)(`${name} on a %s event`, (kind, event: (options?: RequestOptions) => object) => {
    it('answers a catalog error with its status, problem+json and the instance and request id', async () => {
      const entries: ErrorLogEntry[] = [];
      const response = await resolve(throwsNotFound, entries, event());
      assertValidProxyResponse(kind, response);
      expect(response.statusCode).toBe(404);
      expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
      expect(JSON.parse(response.body ?? '')).toEqual({
        type: 'about:blank',
        title: 'Order not found',
        status: 404,
        detail: 'order 42 does not exist',
        instance: '/orders/42',
        requestId: REQUEST_ID,
      });
      expect(entries).toEqual([
        expect.objectContaining({ level: 'warn', status: 404, kind: 'OrderNotFound', requestId: REQUEST_ID }),
      ]);
    });

    it('hides the detail of an unknown error behind a 500 and logs the original', async () => {
      const entries: ErrorLogEntry[] = [];
      const throwsSecret = async () => {
        throw new Error(SECRET);
      };
      const response = await resolve(throwsSecret, entries, event());
      assertValidProxyResponse(kind, response);
      expect(response.statusCode).toBe(500);
      expect(JSON.stringify(response)).not.toContain('hunter2');
      expect(JSON.parse(response.body ?? '')).toMatchObject({
        title: 'Internal Server Error',
        status: 500,
        detail: 'Internal Server Error',
      });
      expect(entries).toEqual([
        expect.objectContaining({
          level: 'error',
          status: 500,
          kind: 'InternalServerError',
          error: expect.objectContaining({ message: SECRET }),
        }),
      ]);
    });

    it('answers AWS SDK v3 throttling with 503 and Retry-After', async () => {
      dynamo.on(GetItemCommand).rejects(new ThrottlingException({ message: SECRET, $metadata: {} }));
      const client = new DynamoDBClient({ region: 'eu-west-1' });
      const read = () => client.send(new GetItemCommand({ TableName: 'orders', Key: {} }));
      const response = await resolve(read, [], event());
      assertValidProxyResponse(kind, response);
      expect(response.statusCode).toBe(503);
      expect(headerValues(response, 'retry-after')).toEqual(['1']);
      expect(JSON.parse(response.body ?? '')).toMatchObject({ status: 503, retryAfter: 1 });
      expect(JSON.stringify(response)).not.toContain('hunter2');
    });

    it('answers a HEAD request without a body', async () => {
      const response = await resolve(throwsNotFound, [], event({ method: 'HEAD' }));
      assertValidProxyResponse(kind, response);
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe('');
      expect(headerValues(response, 'content-type')).toEqual(['application/problem+json']);
    });
  });
}
