/**
 * The example's domain logic, shared by every endpoint. The case named in the request decides what
 * happens, so that each kind of failure can be provoked from the outside.
 */
import { ThrottlingException } from '@aws-sdk/client-dynamodb';
import { catalog } from './catalog.js';

export const EXAMPLE_CASES = ['ok', 'notfound', 'conflict', 'throttled', 'crash'] as const;
export type ExampleCase = (typeof EXAMPLE_CASES)[number];

/** Appears only in the crash's own message: a client must never see it. */
export const CRASH_SECRET = 'postgres://orders:hunter2@db.internal:5432/orders';

export interface Order {
  readonly orderId: string;
  readonly state: string;
}

export function lookUpOrder(exampleCase: string | undefined): Order {
  switch (exampleCase) {
    case 'ok':
      return { orderId: '42', state: 'shipped' };
    case 'notfound':
      throw catalog.error('OrderNotFound', 'Order 42 does not exist.', { extensions: { orderId: '42' } });
    case 'conflict':
      throw catalog.error('OutOfStock', 'Item sku-7 has 0 left; 3 were requested.');
    case 'throttled':
      // What the DynamoDB client throws when the table's capacity is exhausted.
      throw new ThrottlingException({
        message: 'Throughput exceeds the current capacity of table orders-prod',
        $metadata: { httpStatusCode: 400, requestId: 'DDB-REQUEST-1' },
      });
    case 'crash':
      throw new Error(`connect ECONNREFUSED ${CRASH_SECRET}`);
    default:
      throw catalog.error(
        'BadRequest',
        `Unknown case ${JSON.stringify(exampleCase)}; use one of ${EXAMPLE_CASES.join(', ')}.`,
      );
  }
}
