/** The errors the orders function can answer with, shared by the function and by the API's configuration. */
import { defineErrorCatalog } from 'lambda-error-map';

export const catalog = defineErrorCatalog({
  OrderNotFound: { status: 404, title: 'Order not found' },
  OrderLocked: { status: 409, title: 'Order locked', retryAfterSeconds: 5 },
});
