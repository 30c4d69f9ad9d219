// Runs in a fresh process: imports one module (timed) and, when an order id is given, invokes its
// `handler` once (timed: the first invocation). Prints one JSON line; a failure is reported, not thrown.
import { lambdaContext, restV1Event } from './events.mjs';

const [, , moduleUrl, orderId] = process.argv;

async function measure() {
  const importStart = performance.now();
  const loaded = await import(moduleUrl);
  const importMs = performance.now() - importStart;
  if (orderId === undefined) return { importMs };
  const invokeStart = performance.now();
  const outcome = await loaded.handler(restV1Event(orderId), lambdaContext()).then(
    (response) => ({ statusCode: response?.statusCode }),
    (error) => ({ errorMessage: String(error?.message).slice(0, 200) }),
  );
  return { importMs, firstInvocationMs: performance.now() - invokeStart, ...outcome };
}

const result = await measure().catch((error) => ({
  loadError: String(error?.message ?? error).slice(0, 300),
}));
process.stdout.write(`${JSON.stringify(result)}\n`);
