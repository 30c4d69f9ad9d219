import { randomUUID } from 'node:crypto';
import type { LambdaContext as Context } from '../util/lambda-types.js';

export interface FakeContextOptions {
  functionName?: string;
  awsRequestId?: string;
  /** The function's configured timeout; `getRemainingTimeInMillis` counts down from it. Default 3 (Lambda's default). */
  timeoutSeconds?: number;
  memoryLimitInMB?: number;
  region?: string;
  accountId?: string;
}

/**
 * A Lambda context shaped like the one the Node.js runtime passes: real-looking ARN, log group and stream names,
 * a fresh request id, and a remaining time that counts down from the configured timeout.
 */
export function fakeLambdaContext(options: FakeContextOptions = {}): Context {
  const functionName = options.functionName ?? 'lambda-error-map-emulated';
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const deadline = Date.now() + (options.timeoutSeconds ?? 3) * 1000;
  const unsupported = (name: string) => () => {
    throw new Error(
      `context.${name}() is not emulated: return a value or throw from an async handler instead`,
    );
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${functionName}`,
    memoryLimitInMB: String(options.memoryLimitInMB ?? 128),
    awsRequestId: options.awsRequestId ?? randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${new Date().toISOString().slice(0, 10).replaceAll('-', '/')}/[$LATEST]${randomUUID().replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported('done'),
    fail: unsupported('fail'),
    succeed: unsupported('succeed'),
  };
}
