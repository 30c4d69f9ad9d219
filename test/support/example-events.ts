// The requests the example service's proxy handler (examples/serverless/proxy.ts) reads its case from, for
// each kind of proxy event: from the path on API Gateway routes, from `?case=` on Function URLs and ALBs.
import type { ProxyEventKind } from '../../src/proxy/event-kinds.js';
import {
  albEvent,
  albMultiValueEvent,
  functionUrlEvent,
  httpApiV1Event,
  httpApiV2Event,
  restV1Event,
} from './events.js';

export function exampleProxyEvent(kind: ProxyEventKind, exampleCase: string): object {
  switch (kind) {
    case 'rest-v1':
      return {
        ...restV1Event({ path: `/proxy/orders/${exampleCase}` }),
        pathParameters: { case: exampleCase },
      };
    case 'http-api-v1':
      return {
        ...httpApiV1Event({ path: `/api/v1/orders/${exampleCase}` }),
        pathParameters: { case: exampleCase },
      };
    case 'http-api-v2':
      return {
        ...httpApiV2Event({ path: `/api/orders/${exampleCase}` }),
        pathParameters: { case: exampleCase },
      };
    case 'function-url':
      return { ...functionUrlEvent({ path: '/orders' }), queryStringParameters: { case: exampleCase } };
    case 'alb-multi-value':
      return {
        ...albMultiValueEvent({ path: '/orders' }),
        multiValueQueryStringParameters: { case: [exampleCase] },
      };
    default:
      return { ...albEvent({ path: '/orders' }), queryStringParameters: { case: exampleCase } };
  }
}
