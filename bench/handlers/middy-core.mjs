// Sample handler: @middy/core alone, no error mapping (the size and start-up floor of a middy handler).
import middy from '@middy/core';

async function getOrder(event) {
  const id = event.pathParameters?.id;
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id }) };
}

export const handler = middy(getOrder);
