import { defineErrorCatalog } from '../../src/index.js';

/** A catalog on top of the default one: a 404 kind with its own type and title, a 503 kind with Retry-After. */
export const ordersCatalog = defineErrorCatalog({
  OrderNotFound: {
    status: 404,
    title: 'Order not found',
    type: 'https://errors.example.com/order-not-found',
  },
  PaymentsDown: { status: 503, retryAfterSeconds: 30 },
});

/** A catalog with one kind and no default kinds: the statuses the Gateway Responses add stand out. */
export const bareOrdersCatalog = defineErrorCatalog({ OrderNotFound: { status: 404 } }, { base: null });

/**
 * The statuses of an operation for bareOrdersCatalog with its Gateway Responses: its own (200, 404, the 500
 * catch-all, the 504 timeout) and API Gateway's (400, 401, 403, 413, 415, 429), in the order JSON keeps them.
 */
export const BARE_STATUSES_WITH_GATEWAY = [
  '200',
  '400',
  '401',
  '403',
  '404',
  '413',
  '415',
  '429',
  '500',
  '504',
];
