function time(name, fn, n = 300000) {
  for (let i = 0; i < 30000; i++) fn(i);
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  console.log(name, (Number(process.hrtime.bigint() - t) / n).toFixed(0), 'ns');
}
const o = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'order 42 does not exist', instance: '/orders/42', requestId: '8f5e1b2c-0d3e-4a7f-9c1b-6a2d3e4f5a6b' };
const prefix = '{"type":"about:blank","title":"Not Found","status":404';
const SAFE = /^[^"\\\u0000-\u001f\u2028\u2029\ud800-\udfff]*$/;
const q = (s) => (SAFE.test(s) ? `"${s}"` : JSON.stringify(s));
let s;
for (let r = 0; r < 3; r++) {
time('stringify obj', () => { s = JSON.stringify(o); });
time('prefix + stringify strings', () => { s = prefix + ',"detail":' + JSON.stringify(o.detail) + ',"instance":' + JSON.stringify(o.instance) + ',"requestId":' + JSON.stringify(o.requestId) + '}'; });
time('prefix + regex-quoted', () => { s = prefix + ',"detail":' + q(o.detail) + ',"instance":' + q(o.instance) + ',"requestId":' + q(o.requestId) + '}'; });
time('stringify one string', () => { s = JSON.stringify(o.detail); });
}
