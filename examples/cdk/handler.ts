/**
 * The function behind the non-proxy method: errors leave it as tagged errorMessages (`[404] {...}`), which
 * the integration responses errorMappedIntegration wrote route to a status and a problem body.
 */
import middy from '@middy/core';
import { taggedErrorMessage } from 'lambda-error-map';
import { catalog } from './catalog.js';

/** The part of the request template's event (lambda-error-map/cdk's REQUEST_TEMPLATE) this handler reads. */
export interface OrderRequest {
  readonly path?: { readonly id?: string };
}

export const handler = middy(async (event: OrderRequest) => {
  const id = event.path?.id;
  if (id === '42') return { orderId: '42', state: 'shipped' };
  if (id === '7') throw catalog.error('OrderLocked', 'Order 7 is being packed.');
  throw catalog.error('OrderNotFound', `Order ${JSON.stringify(id)} does not exist.`);
}).use(taggedErrorMessage({ catalog }));
