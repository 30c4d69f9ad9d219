/**
 * Proxy endpoint, behind both a REST API (`http`) and an HTTP API (`httpApi`): the middleware answers
 * each with the response shape its event needs and an RFC 9457 problem body.
 */
import middy from '@middy/core';
import type { ALBEvent, APIGatewayProxyEvent, APIGatewayProxyEventV2 } from 'aws-lambda';
import { detectEventKind, proxyErrorResponse } from 'lambda-error-map';
import { catalog } from './catalog.js';
import { lookUpOrder } from './orders.js';

type ProxyEvent = APIGatewayProxyEvent | APIGatewayProxyEventV2 | ALBEvent;

/** The case comes from the path (API Gateway routes) or from `?case=` (ALBs and Function URLs have no routes). */
function requestedCase(event: ProxyEvent): string | undefined {
  const fromPath = 'pathParameters' in event ? event.pathParameters?.case : undefined;
  const fromMultiValueQuery =
    'multiValueQueryStringParameters' in event ? event.multiValueQueryStringParameters?.case?.[0] : undefined;
  return fromPath ?? event.queryStringParameters?.case ?? fromMultiValueQuery;
}

/** An ALB in multi-value mode reads multiValueHeaders only: `headers` would be dropped, Content-Type with it. */
function jsonHeaders(event: ProxyEvent) {
  return detectEventKind(event) === 'alb-multi-value'
    ? { multiValueHeaders: { 'Content-Type': ['application/json'] } }
    : { headers: { 'Content-Type': 'application/json' } };
}

export const handler = middy(async (event: ProxyEvent) => ({
  statusCode: 200,
  ...jsonHeaders(event),
  body: JSON.stringify(lookUpOrder(requestedCase(event))),
})).use(proxyErrorResponse({ catalog }));
