/**
 * Proxy endpoint, behind both a REST API (`http`) and an HTTP API (`httpApi`): the middleware answers
 * each with the response shape its event needs and an RFC 9457 problem body.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { proxyErrorResponse } from '../src/index.js';
import { catalog } from './catalog.js';
import { lookUpOrder } from './orders.js';

export const handler = middy(async (event: APIGatewayProxyEvent | APIGatewayProxyEventV2) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(lookUpOrder(event.pathParameters?.case)),
})).use(proxyErrorResponse({ catalog }));
