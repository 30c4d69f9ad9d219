import * as ours from '../../dist/index.js';
import { lambdaContext, restV1Event } from '../lib/events.mjs';
const event = restV1Event('42'); const context = lambdaContext();
const mw = process.argv[2] === 'tagged' ? ours.taggedErrorMessage({ logger: false }) : ours.proxyErrorResponse({ logger: false });
const cat = Array.from({length:64}, () => ours.defaultCatalog.error('NotFound', 'order 42 does not exist'));
const t = performance.now(); let n = 0;
while (performance.now() - t < 3000) { for (let i = 0; i < 1000; i++) { try { mw.onError({ event, context, response: undefined, error: cat[i & 63] }); } catch {} } n += 1000; }
console.log('ns/op', ((performance.now() - t) * 1e6 / n).toFixed(0));
