/**
 * The example service's error catalog, shared by its handlers and by the Serverless plugin (which reads the
 * compiled copy, .build/catalog.mjs, at package time).
 */
import { defineErrorCatalog } from 'lambda-error-map';

export const catalog = defineErrorCatalog({
  OrderNotFound: {
    status: 404,
    title: 'Order not found',
    type: 'https://example.com/problems/order-not-found',
  },
  OutOfStock: { status: 409, title: 'Out of stock', type: 'https://example.com/problems/out-of-stock' },
  StoreBusy: {
    status: 503,
    title: 'Store busy',
    retryAfterSeconds: 2,
    awsExceptions: ['ThrottlingException', 'ProvisionedThroughputExceededException'],
  },
});

export default catalog;
