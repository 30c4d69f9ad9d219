// Sample handler: @middy/http-error-handler without http-errors (an Error given statusCode/expose by
// hand), to show what the middleware itself adds to a bundle apart from http-errors' CommonJS tree.
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';

async function getOrder(event) {
  const id = event.pathParameters?.id;
  if (id !== '1')
    throw Object.assign(new Error(`order ${id} does not exist`), { statusCode: 404, expose: true });
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id }) };
}

export const handler = middy(getOrder).use(
  httpErrorHandler({ logger: false, fallbackMessage: 'Internal Server Error' }),
);
