// A REST API (v1) proxy event and a Lambda context shaped like AWS's own samples. Every variant gets
// the same objects, so the event kind costs the same everywhere.

/** The REST v1 proxy event of `GET /orders/{id}`; `id` decides the path the sample handlers take. */
export function restV1Event(orderId) {
  return {
    resource: '/orders/{id}',
    path: `/orders/${orderId}`,
    httpMethod: 'GET',
    headers: {
      Accept: 'application/json',
      Host: 'abc123.execute-api.eu-west-1.amazonaws.com',
      'User-Agent': 'bench/1.0',
      'X-Forwarded-Proto': 'https',
    },
    multiValueHeaders: {
      Accept: ['application/json'],
      Host: ['abc123.execute-api.eu-west-1.amazonaws.com'],
      'User-Agent': ['bench/1.0'],
      'X-Forwarded-Proto': ['https'],
    },
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: { id: String(orderId) },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      httpMethod: 'GET',
      path: `/prod/orders/${orderId}`,
      protocol: 'HTTP/1.1',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      requestTimeEpoch: 1428582896000,
      resourceId: '123456',
      resourcePath: '/orders/{id}',
      stage: 'prod',
      identity: { sourceIp: '203.0.113.7', userAgent: 'bench/1.0' },
    },
    body: null,
    isBase64Encoded: false,
  };
}

/** A Lambda context with `getRemainingTimeInMillis`, so middy arms its early-timeout timer as on AWS. */
export function lambdaContext() {
  return {
    functionName: 'orders',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:orders',
    memoryLimitInMB: '1024',
    awsRequestId: '8f5e1b2c-0d3e-4a7f-9c1b-6a2d3e4f5a6b',
    logGroupName: '/aws/lambda/orders',
    logStreamName: '2026/01/01/[$LATEST]0123456789abcdef',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => 29_000,
  };
}
