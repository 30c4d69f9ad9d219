import httpErrorHandler from '@middy/http-error-handler';
import createError from 'http-errors';
import * as ours from '/work/main/dist/index.js';
import { lambdaContext, restV1Event } from '/work/main/bench/lib/events.mjs';
import { classify } from '/work/main/dist/index.js';
const event = restV1Event('42'); const context = lambdaContext();
const heh = httpErrorHandler({ logger: false, fallbackMessage: 'x' }).onError;
const proxy = ours.proxyErrorResponse({ logger: false }).onError;
const cat = Array.from({length:64}, () => ours.defaultCatalog.error('NotFound', 'order 42 does not exist'));
const he = Array.from({length:64}, () => createError(404, 'order 42 does not exist'));
function time(name, fn, n = 200000) {
  for (let i = 0; i < 20000; i++) fn(i);
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  console.log(name, (Number(process.hrtime.bigint() - t) / n).toFixed(0), 'ns');
}
const which = process.argv[2] ?? 'all';
for (let rep = 0; rep < 3; rep++) {
time('heh onError createError', (i) => heh({ event, context, response: undefined, error: he[i & 63] }));
time('heh onError catalog', (i) => heh({ event, context, response: undefined, error: cat[i & 63] }));
time('proxy onError catalog', (i) => proxy({ event, context, response: undefined, error: cat[i & 63] }));
time('proxy onError createError', (i) => proxy({ event, context, response: undefined, error: he[i & 63] }));
time('classify catalog', (i) => classify(cat[i & 63]));
time('classify createError', (i) => classify(he[i & 63]));
time('JSON.stringify problem', (i) => JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'order 42 does not exist', instance: '/orders/42', requestId: context.awsRequestId }));
}
