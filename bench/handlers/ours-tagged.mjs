// Sample handler: a non-proxy (Lambda custom) integration whose errors lambda-error-map tags.
import middy from '@middy/core';
import { defaultCatalog, taggedErrorMessage } from '../../dist/index.js';

async function getOrder(event) {
  const id = event.pathParameters?.id;
  if (id !== '1') throw defaultCatalog.error('NotFound', `order ${id} does not exist`);
  return { id };
}

export const handler = middy(getOrder).use(taggedErrorMessage({ logger: false }));
