/**
 * `integration: lambda` (non-proxy) endpoint: errors leave the function as tagged errorMessages
 * (`[404] {...}`), which the integration responses the plugin generated route to a status and a body.
 */
import middy from '@middy/core';
import { taggedErrorMessage } from 'lambda-error-map';
import { catalog } from './catalog.js';
import { lookUpOrder, type Order } from './orders.js';

/** The part of the framework's default request template this handler reads. */
export interface NonProxyEvent {
  readonly path?: { readonly case?: string };
}

export const handler = middy(
  async (event: NonProxyEvent): Promise<Order> => lookUpOrder(event.path?.case),
).use(taggedErrorMessage({ catalog }));
