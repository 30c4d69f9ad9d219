// `node bench/template-size.mjs` (after `npm run build`): the bytes the generated responses add to a
// CloudFormation template, per method and for the Gateway Responses, as a Markdown table and JSON. `npm run bench`
// records the same figures under `templateSize` in bench/results.json.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  process.stderr.write('bench: dist/cli/main.js is missing; run `npm run build` first\n');
  process.exit(2);
}

const { measureTemplateSizes, templateSizeTable } = await import('./lib/template-size.mjs');
const rows = measureTemplateSizes();
process.stdout.write(`${templateSizeTable(rows)}\n\n${JSON.stringify(rows, null, 2)}\n`);
