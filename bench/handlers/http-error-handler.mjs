// Sample handler: the same endpoint written the way @middy/http-error-handler's users write it.
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import createError from 'http-errors';

async function getOrder(event) {
  const id = event.pathParameters?.id;
  if (id !== '1') throw createError(404, `order ${id} does not exist`);
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id }) };
}

export const handler = middy(getOrder).use(
  httpErrorHandler({ logger: false, fallbackMessage: 'Internal Server Error' }),
);
