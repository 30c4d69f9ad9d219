import type { Context } from 'aws-lambda';
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
export declare function fakeLambdaContext(options?: FakeContextOptions): Context;
//# sourceMappingURL=fake-context.d.ts.map