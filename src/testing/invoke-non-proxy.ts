import { randomUUID } from 'node:crypto';
import { fakeLambdaContext } from '../engine/fake-context.js';
import type { EmulatedResponse } from '../engine/internal-server-error.js';
import { type AnyHandler, invokeHandler } from '../engine/invoke-handler.js';
import type { RuntimeFlavour } from '../engine/lambda-error-payload.js';
import type { LambdaContext as Context } from '../util/lambda-types.js';
import { type IntegrationConfig, respondNonProxy } from './respond-non-proxy.js';

export interface InvokeNonProxyOptions {
  /** A plain Lambda handler (async or callback style) or a middy-wrapped one. */
  readonly handler: AnyHandler;
  /** The event, as the integration's request template would have built it. */
  readonly event: unknown;
  /** Fields that replace those of the realistic fake context. */
  readonly context?: Partial<Context>;
  readonly integration: IntegrationConfig;
  readonly accept?: string;
  /** API Gateway's `$context.requestId` (a fresh UUID by default; Lambda's awsRequestId is another one). */
  readonly requestId?: string;
  readonly requestContext?: Readonly<Record<string, unknown>>;
  readonly stageVariables?: Readonly<Record<string, string>>;
  readonly runtime?: RuntimeFlavour;
  /** The function's timeout; past it the invocation fails with Lambda's timeout error. Default 3. */
  readonly timeoutSeconds?: number;
  readonly log?: (line: string) => void;
}

/** Invokes the handler, then answers as API Gateway would for a Lambda (non-proxy) integration. */
export async function invokeNonProxy(options: InvokeNonProxyOptions): Promise<EmulatedResponse> {
  const timeoutSeconds = options.timeoutSeconds ?? 3;
  const context: Context = { ...fakeLambdaContext({ timeoutSeconds }), ...options.context };
  const outcome = await invokeHandler(options.handler, options.event, context, {
    timeoutSeconds,
    ...(options.runtime ? { runtime: options.runtime } : {}),
  });
  return respondNonProxy({ ...options, outcome, requestId: options.requestId ?? randomUUID() });
}
