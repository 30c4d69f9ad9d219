// A 1 MB detail through taggedErrorMessage: the message cap (8 KB by default) cuts it, which must take
// time linear in the detail's length. Timed per invocation (median), with the default options and with
// maxDetailBytes at its limit (then the message cap alone does the cutting).
import middy from '@middy/core';
import { median, round } from './stats.mjs';

const MEGABYTE = 1024 * 1024;
// Mixed text: ASCII, JSON escapes, 2-byte and 3-byte characters, and a line separator the tag escapes.
const PIECE = 'order 42 — "quoted" é\n\u2028 ';
const MAX_DETAIL_BYTES_LIMIT = 256 * 1024;
const WARMUP = 5;
const TIMED = 21;

function detailOfOneMegabyte() {
  const piece = Buffer.byteLength(PIECE);
  return PIECE.repeat(Math.ceil(MEGABYTE / piece));
}

async function medianMs(ours, options, detail) {
  const handler = middy(async () => {
    throw ours.defaultCatalog.error('BadRequest', detail);
  }).use(ours.taggedErrorMessage({ logger: false, ...options }));
  const samples = [];
  let message = '';
  for (let i = 0; i < WARMUP + TIMED; i++) {
    const start = performance.now();
    await handler({}, { awsRequestId: 'bench-request-id' }).catch((error) => {
      message = error.message;
    });
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  if (!message.startsWith('[400] '))
    throw new Error(`bench: 1 MB detail not tagged 400: ${message.slice(0, 80)}`);
  return { ms: round(median(samples), 3), messageBytes: Buffer.byteLength(message) };
}

/** Milliseconds per invocation for a 1 MB detail; `ms` is the slower of the two option sets. */
export async function timeOneMegabyteDetail(ours) {
  const detail = detailOfOneMegabyte();
  const defaults = await medianMs(ours, {}, detail);
  const widest = await medianMs(ours, { maxDetailBytes: MAX_DETAIL_BYTES_LIMIT }, detail);
  return {
    detailBytes: Buffer.byteLength(detail),
    ms: Math.max(defaults.ms, widest.ms),
    defaultOptions: defaults,
    maxDetailBytesAtLimit: widest,
  };
}
