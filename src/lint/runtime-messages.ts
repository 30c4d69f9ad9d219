/**
 * errorMessages the Lambda runtime and the Lambda service produce without the function's say: what a
 * non-proxy configuration must route even though no one wrote a tag for them. Built from the emulator's
 * model of the runtime (src/engine), so that lint and the emulator agree on what the runtime sends.
 */
import { timeoutPayload } from '../engine/invoke-handler.js';
import { lambdaErrorPayload } from '../engine/lambda-error-payload.js';
import type { RuntimeExample } from './lint-types.js';

const REQUEST_ID = '8f3c2a1e-5b7d-4c9a-9e21-0a1b2c3d4e5f';
const TIMEOUT = 'Task timed out after 3.00 seconds';
const CRASH = 'Runtime exited with error: signal: killed';

export const RUNTIME_MESSAGES: readonly RuntimeExample[] = [
  { name: 'timeout', message: TIMEOUT },
  {
    name: 'timeout (older runtimes, with timestamp)',
    message: `2026-12-01T22:14:05.123Z ${REQUEST_ID} ${TIMEOUT}`,
  },
  { name: 'timeout (with request id)', message: timeoutPayload(REQUEST_ID, 3).errorMessage },
  { name: 'crash', message: CRASH },
  { name: 'crash (with request id)', message: `RequestId: ${REQUEST_ID} Error: ${CRASH}` },
  { name: 'crash (legacy runtimes)', message: 'Process exited before completing request' },
  {
    name: 'unwrapped error',
    message: lambdaErrorPayload(new TypeError("Cannot read properties of undefined (reading 'id')"))
      .errorMessage,
  },
  { name: 'thrown string', message: lambdaErrorPayload('order not found').errorMessage },
  { name: 'thrown plain object', message: lambdaErrorPayload({ code: 'E_ORDER' }).errorMessage },
  { name: 'rejected with null or undefined', message: lambdaErrorPayload(null).errorMessage },
];
