// Run by optimisation.test.ts as `node --allow-natives-syntax --no-concurrent-recompilation --no-turbo-inlining
// --import tsx` (synchronous tier-up, and no inlining so that each function is optimised on its own):
// calls each hot function as a busy Lambda would, then prints V8's optimisation status of each as JSON.
import { classify } from '../../src/catalog/classify.js';
import { defaultCatalog } from '../../src/catalog/default-catalog.js';
import { resolveCommonOptions } from '../../src/options/common-options.js';
import { errorResponseForEvent, proxyErrorResponse } from '../../src/proxy/proxy-error-response.js';
import { formatTaggedMessage } from '../../src/tagged/format-tagged-message.js';
import { taggedErrorFor } from '../../src/tagged/tagged-error-message.js';
import { EVENT_BUILDERS, lambdaContext } from '../support/events.ts';

const CALLS = 20_000;
// Natives syntax is only parsed where the flag is on; tsx's transform would not keep it in this file.
const optimisationStatus = new Function('fn', 'return %GetOptimizationStatus(fn);');

const thrown = [
  defaultCatalog.error('NotFound', 'order 42 does not exist'),
  defaultCatalog.error('Conflict', 'version 3 is not the latest', { headers: { ETag: '"3"' } }),
  new Error('connect ECONNREFUSED 10.0.0.12:5432'),
  Object.assign(new Error('throttled'), { name: 'ThrottlingException', $fault: 'client', $metadata: {} }),
];
const events = Object.values(EVENT_BUILDERS).map((build) => build());
const context = lambdaContext();

const proxy = proxyErrorResponse({ logger: false });
const taggedSettings = {
  ...resolveCommonOptions('taggedErrorMessage', { logger: false }, []),
  maxMessageBytes: 8192,
};
const hot = {
  proxyOnError: (i) => {
    const request = {
      event: events[i % events.length],
      context,
      response: undefined,
      error: thrown[i % thrown.length],
    };
    proxy.onError(request);
    return request.response;
  },
  errorResponseForEvent: (i) =>
    errorResponseForEvent(thrown[i % thrown.length], events[i % events.length], context, { logger: false }),
  classify: (i) => classify(thrown[i % thrown.length], defaultCatalog),
  formatTaggedMessage: (i) =>
    formatTaggedMessage(classify(thrown[i % thrown.length], defaultCatalog), { requestId: 'r-1' }),
  catalogError: (i) => defaultCatalog.error('NotFound', `order ${i} does not exist`),
  taggedErrorFor: (i) => taggedErrorFor(thrown[i % thrown.length], context, taggedSettings),
};
const targets = {
  proxyOnError: proxy.onError,
  errorResponseForEvent,
  classify,
  formatTaggedMessage,
  catalogError: defaultCatalog.error,
  taggedErrorFor,
};

// The control: a function that only throws never gets feedback, so V8 never optimises it.
function alwaysThrows(i) {
  throw new Error(String(i));
}

const status = {};
for (let i = 0; i < CALLS; i++) {
  try {
    alwaysThrows(i);
  } catch {}
}
const control = optimisationStatus(alwaysThrows);
for (const [name, call] of Object.entries(hot)) {
  for (let i = 0; i < CALLS; i++) call(i);
  status[name] = optimisationStatus(targets[name]);
}
process.stdout.write(JSON.stringify({ status, control }));
