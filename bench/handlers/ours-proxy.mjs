// Sample handler: a proxy integration answered with problem+json by lambda-error-map.
import middy from '@middy/core';
import { defaultCatalog, proxyErrorResponse } from '../../dist/index.js';

async function getOrder(event) {
  const id = event.pathParameters?.id;
  if (id !== '1') throw defaultCatalog.error('NotFound', `order ${id} does not exist`);
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id }) };
}

export const handler = middy(getOrder).use(proxyErrorResponse({ logger: false }));
