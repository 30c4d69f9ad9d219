function time(name, fn, n = 100000) {
  for (let i = 0; i < 10000; i++) fn(i);
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  console.log(name, (Number(process.hrtime.bigint() - t) / n).toFixed(0), 'ns');
}
const cause = new Error('x');
const msg = '[404] {"type":"about:blank","title":"Not Found","status":404,"detail":"order 42 does not exist","requestId":"8f5e1b2c-0d3e-4a7f-9c1b-6a2d3e4f5a6b"}';
let s;
for (let r = 0; r < 2; r++) {
time('new Error(msg)', () => { s = new Error(msg); });
time('new Error(msg,{cause})', () => { s = new Error(msg, { cause }); });
time('new Error + name', () => { s = new Error(msg, { cause }); s.name = 'NotFound'; });
time('throw/catch', () => { try { const e = new Error(msg, { cause }); e.name = 'NotFound'; throw e; } catch (e) { s = e; } });
time('limit0', () => { const l = Error.stackTraceLimit; Error.stackTraceLimit = 0; s = new Error(msg, { cause }); Error.stackTraceLimit = l; s.name = 'NotFound'; });
}
