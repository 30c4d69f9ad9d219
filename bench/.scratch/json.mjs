function time(name, fn, n = 300000) {
  for (let i = 0; i < 30000; i++) fn(i);
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  console.log(name, (Number(process.hrtime.bigint() - t) / n).toFixed(0), 'ns');
}
const o = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'order 42 does not exist', instance: '/orders/42', requestId: '8f5e1b2c-0d3e-4a7f-9c1b-6a2d3e4f5a6b' };
let s;
for (let r = 0; r < 2; r++) {
time('stringify fixed', () => { s = JSON.stringify(o); });
time('stringify fresh', () => { s = JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'order 42 does not exist', instance: '/orders/42', requestId: '8f5e1b2c-0d3e-4a7f-9c1b-6a2d3e4f5a6b' }); });
time('stringify 2 keys', () => { s = JSON.stringify({ a: 1, b: 'x' }); });
time('object alloc', () => { s = { a: 1, b: 'x' }; });
}
