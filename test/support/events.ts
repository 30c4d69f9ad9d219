// Realistic proxy events, shaped like the samples in AWS's documentation (API Gateway developer guide
// "Lambda proxy integration" input formats, HTTP API payload 1.0 / 2.0, Lambda Function URL payload,
// ALB "Lambda functions as targets"). Each builder returns a fresh object; pass overrides to change fields.
import type {
  ALBEvent,
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyWebsocketEventV2,
  Context,
  LambdaFunctionURLEvent,
} from 'aws-lambda';
import type { ProxyEventKind } from '../../src/proxy/event-kinds.js';

export type ProxyEventKindName = ProxyEventKind;

export interface RequestOptions {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
}

const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36';

/** REST API (v1) Lambda proxy integration event. */
export function restV1Event({
  method = 'GET',
  path = '/orders/42',
  headers = {},
}: RequestOptions = {}): APIGatewayProxyEvent {
  const allHeaders = {
    Accept: 'application/json',
    Host: 'abcdef1234.execute-api.us-east-1.amazonaws.com',
    'User-Agent': USER_AGENT,
    'X-Amzn-Trace-Id': 'Root=1-5e66d96f-7491f09xmpl79d18acf3d050',
    'X-Forwarded-For': '198.51.100.7',
    'X-Forwarded-Port': '443',
    'X-Forwarded-Proto': 'https',
    ...headers,
  };
  return {
    resource: '/orders/{id}',
    path,
    httpMethod: method,
    headers: allHeaders,
    multiValueHeaders: Object.fromEntries(Object.entries(allHeaders).map(([name, value]) => [name, [value]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { id: '42' },
    stageVariables: null,
    requestContext: {
      resourceId: '2gxmpl',
      resourcePath: '/orders/{id}',
      httpMethod: method,
      extendedRequestId: 'JJbxmHrcvHcFdxA=',
      requestTime: '10/Mar/2020:00:03:59 +0000',
      path: `/Prod${path}`,
      accountId: '123456789012',
      protocol: 'HTTP/1.1',
      stage: 'Prod',
      domainPrefix: 'abcdef1234',
      requestTimeEpoch: 1583798639428,
      requestId: '77375676-xmpl-4b79-853a-f982474efe18',
      identity: {
        cognitoIdentityPoolId: null,
        accountId: null,
        cognitoIdentityId: null,
        caller: null,
        sourceIp: '198.51.100.7',
        principalOrgId: null,
        accessKey: null,
        cognitoAuthenticationType: null,
        cognitoAuthenticationProvider: null,
        userArn: null,
        userAgent: USER_AGENT,
        user: null,
        apiKey: null,
        apiKeyId: null,
        clientCert: null,
      },
      domainName: 'abcdef1234.execute-api.us-east-1.amazonaws.com',
      apiId: 'abcdef1234',
      authorizer: undefined,
    },
    body: null,
    isBase64Encoded: false,
  };
}

/** HTTP API event with payload format version 1.0 (the REST shape plus `version: "1.0"`). */
export function httpApiV1Event(options: RequestOptions = {}): APIGatewayProxyEvent & { version: '1.0' } {
  const rest = restV1Event(options);
  return {
    version: '1.0',
    ...rest,
    resource: '/orders/{id}',
    requestContext: {
      ...rest.requestContext,
      resourcePath: '/orders/{id}',
      path: rest.path,
      stage: '$default',
      domainName: 'r3pmxmplak.execute-api.us-east-2.amazonaws.com',
      apiId: 'r3pmxmplak',
    },
  };
}

function v2Base(
  { method = 'GET', path = '/orders/42', headers = {} }: RequestOptions,
  domainName: string,
  routeKey: string,
): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: 'expand=items',
    cookies: ['session=abc123'],
    headers: {
      accept: 'application/json',
      'content-length': '0',
      host: domainName,
      'user-agent': USER_AGENT,
      'x-amzn-trace-id': 'Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e',
      'x-forwarded-for': '198.51.100.7',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
      ...headers,
    },
    queryStringParameters: { expand: 'items' },
    requestContext: {
      accountId: '123456789012',
      apiId: domainName.split('.')[0]!,
      domainName,
      domainPrefix: domainName.split('.')[0]!,
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: USER_AGENT },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey,
      stage: '$default',
      time: '10/Mar/2020:05:16:23 +0000',
      timeEpoch: 1583817383220,
    },
    isBase64Encoded: false,
  };
}

/** HTTP API event with payload format version 2.0. */
export function httpApiV2Event(options: RequestOptions = {}): APIGatewayProxyEventV2 {
  return v2Base(
    options,
    'r3pmxmplak.execute-api.us-east-2.amazonaws.com',
    `${options.method ?? 'GET'} /orders/{id}`,
  );
}

/** Lambda Function URL event (payload 2.0 with a `.lambda-url.` domain and `$default` route). */
export function functionUrlEvent(options: RequestOptions = {}): LambdaFunctionURLEvent {
  return v2Base(options, 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6.lambda-url.us-west-2.on.aws', '$default');
}

/** ALB target event, target group without multi-value headers. */
export function albEvent({
  method = 'GET',
  path = '/orders/42',
  headers = {},
}: RequestOptions = {}): ALBEvent {
  return {
    requestContext: {
      elb: {
        targetGroupArn:
          'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/lambda-279XGJDqGZ5rsrHC2Fjr/49e9d65c45c6791a',
      },
    },
    httpMethod: method,
    path,
    queryStringParameters: { expand: 'items' },
    headers: {
      accept: 'application/json',
      'accept-encoding': 'gzip',
      connection: 'keep-alive',
      host: 'lambda-alb-123578498.us-east-2.elb.amazonaws.com',
      'user-agent': USER_AGENT,
      'x-amzn-trace-id': 'Root=1-5c536348-3d683b8b04734faae651f476',
      'x-forwarded-for': '72.12.164.125',
      'x-forwarded-port': '80',
      'x-forwarded-proto': 'http',
      ...headers,
    },
    body: '',
    isBase64Encoded: false,
  };
}

/** ALB target event, target group with multi-value headers on: the event has only the multi-value maps. */
export function albMultiValueEvent(options: RequestOptions = {}): ALBEvent {
  const { headers, queryStringParameters, ...rest } = albEvent(options);
  return {
    ...rest,
    multiValueQueryStringParameters: Object.fromEntries(
      Object.entries(queryStringParameters ?? {}).map(([name, value]) => [name, [value ?? '']]),
    ),
    multiValueHeaders: Object.fromEntries(
      Object.entries(headers ?? {}).map(([name, value]) => [name, [value ?? '']]),
    ),
  };
}

export type WebSocketEventType = 'CONNECT' | 'MESSAGE' | 'DISCONNECT';

const WEBSOCKET_ROUTES: Readonly<Record<WebSocketEventType, string>> = {
  CONNECT: '$connect',
  MESSAGE: 'placeOrder',
  DISCONNECT: '$disconnect',
};

/**
 * API Gateway WebSocket event through a Lambda proxy integration (developer guide, "WebSocket API
 * integration requests"): no HTTP method or path; `$connect` carries the upgrade request's headers.
 */
export function webSocketEvent(eventType: WebSocketEventType = 'MESSAGE'): APIGatewayProxyWebsocketEventV2 {
  const domainName = 'w3bsxmpl42.execute-api.us-east-1.amazonaws.com';
  const upgradeHeaders =
    eventType === 'CONNECT'
      ? {
          headers: {
            Host: domainName,
            'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
            'Sec-WebSocket-Version': '13',
          },
          multiValueHeaders: {
            Host: [domainName],
            'Sec-WebSocket-Key': ['dGhlIHNhbXBsZSBub25jZQ=='],
            'Sec-WebSocket-Version': ['13'],
          },
        }
      : {};
  return {
    ...upgradeHeaders,
    requestContext: {
      routeKey: WEBSOCKET_ROUTES[eventType],
      ...(eventType === 'MESSAGE' ? { messageId: 'Lm5fGdXmoAMCF4A=' } : {}),
      eventType,
      extendedRequestId: 'Lm5fGFTqoAMFpAw=',
      requestTime: '06/Dec/2026:22:45:13 +0000',
      messageDirection: 'IN',
      stage: 'production',
      connectedAt: 1796597113000,
      requestTimeEpoch: 1796597113512,
      requestId: 'Lm5fGFTqoAMFpAw=',
      domainName,
      connectionId: 'Lm5fFdMmoAMCF4A=',
      apiId: 'w3bsxmpl42',
    },
    ...(eventType === 'MESSAGE' ? { body: '{"action":"placeOrder","orderId":"42"}' } : {}),
    isBase64Encoded: false,
  } as APIGatewayProxyWebsocketEventV2;
}

export const EVENT_BUILDERS: Readonly<Record<ProxyEventKindName, (options?: RequestOptions) => object>> = {
  'rest-v1': restV1Event,
  'http-api-v1': httpApiV1Event,
  'http-api-v2': httpApiV2Event,
  'function-url': functionUrlEvent,
  alb: albEvent,
  'alb-multi-value': albMultiValueEvent,
};

export const EVENT_KINDS = Object.keys(EVENT_BUILDERS) as ProxyEventKindName[];

/** A Lambda context like the Node.js runtime passes. */
export function lambdaContext(awsRequestId = 'c6af9ac6-7b61-11e6-9a41-93e812345678'): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'orders-api',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders-api',
    memoryLimitInMB: '256',
    awsRequestId,
    logGroupName: '/aws/lambda/orders-api',
    logStreamName: '2024/01/01/[$LATEST]abcdef0123456789abcdef0123456789',
    getRemainingTimeInMillis: () => 30_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
