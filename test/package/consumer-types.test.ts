// The published types declare the Middy request and the Lambda context locally (so consumers need neither
// @middy/core nor aws-lambda); these checks, compiled by `npm run typecheck`, keep them compatible both ways.
import { describe, expect, it } from '@jest/globals';
import middy, { type MiddlewareObj, type Request } from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { defaultCatalog, proxyErrorResponse, taggedErrorMessage } from '../../src/index.js';
import { fakeLambdaContext } from '../../src/testing/index.js';
import type { LambdaContext, MiddyErrorRequest } from '../../src/util/lambda-types.js';

describe('the locally declared Middy and Lambda types', () => {
  it('fit typed Middy handlers and aws-lambda contexts in both directions', async () => {
    const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>(async () => {
      throw defaultCatalog.error('NotFound', 'no such order');
    })
      .use(proxyErrorResponse({ logger: false }))
      .use(taggedErrorMessage({ logger: false }) satisfies MiddlewareObj);
    const awsContext: Context = fakeLambdaContext({ awsRequestId: 'r-1' });
    const ours: LambdaContext = awsContext;
    const request: MiddyErrorRequest = {} as Request<APIGatewayProxyEvent, APIGatewayProxyResult>;
    expect(request).toEqual({});
    await expect(handler({} as APIGatewayProxyEvent, ours)).rejects.toThrow(/^\[404\] /);
  });
});
