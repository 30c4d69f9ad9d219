// Prints results as Markdown tables (so docs/performance.md can quote them as they are).
import { VARIANTS } from './variants.mjs';

const PATH_LABELS = {
  success: 'success',
  catalog404: '404, catalog error thrown',
  httpErrors404: '404, http-errors createError thrown',
  plainError: 'plain Error (→ 500)',
  sdkThrottle: 'DynamoDB ProvisionedThroughputExceeded',
};

function markdownTable(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

const us = (ns) => (Number.isFinite(ns) ? (ns / 1000).toFixed(2) : '—');
const fixed = (value, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

function invocationTable(micro) {
  const variants = Object.keys(VARIANTS).filter((variant) => micro[variant]);
  const rows = Object.entries(PATH_LABELS).map(([path, label]) => [
    label,
    ...variants.map((variant) => us(micro[variant]?.[path]?.nsPerCall)),
  ]);
  return markdownTable(['µs per invocation', ...variants], rows);
}

function constructionTable(micro) {
  const rows = Object.entries(micro.construct ?? {}).map(([name, { nsPerCall }]) => [name, us(nsPerCall)]);
  return markdownTable(['building one error', 'µs'], rows);
}

function ratioTable(ratios) {
  const rows = Object.entries(ratios).flatMap(([name, value]) =>
    typeof value === 'number' || value === null
      ? [[name, fixed(value, 3)]]
      : Object.entries(value).map(([path, nested]) => [`${name}.${path}`, fixed(nested, 3)]),
  );
  return markdownTable(['ratio (median of per-round ratios)', 'x'], rows);
}

function coldStartTable(results) {
  const rows = Object.entries(results.coldStart).map(([id, value]) => [
    id,
    value.loadError ? `fails: ${value.loadError.slice(0, 60)}` : fixed(value.importMs),
    value.loadError ? '' : fixed(value.firstInvocationMs),
  ]);
  return markdownTable(['fresh process', 'import ms', 'first invocation ms'], rows);
}

function bundleTable(results) {
  const rows = Object.keys(results.bundleGzipBytes).map((name) => [
    name,
    String(results.bundleBytes[name]),
    String(results.bundleGzipBytes[name]),
    results.bundleRunsWithoutBanner[name]
      ? 'yes'
      : `no: ${String(results.bundleFailuresWithoutBanner[name]).slice(0, 60)}`,
  ]);
  return markdownTable(
    ['handler bundle (esbuild ESM, minified)', 'bytes', 'gzip -9 bytes', 'runs without banner'],
    rows,
  );
}

function budgetTable(budgets) {
  const verdict = (pass) => (pass === null ? 'not measured' : pass ? 'pass' : 'MISSED');
  const rows = Object.entries(budgets).map(([name, b]) => [
    name,
    b.description,
    `${fixed(b.actual, b.unit === 'B' ? 0 : 3)} ${b.unit}`,
    `≤ ${b.limit} ${b.unit}`,
    verdict(b.pass),
  ]);
  return markdownTable(['budget', 'what', 'measured', 'limit', 'verdict'], rows);
}

/** The whole report, as Markdown. */
export function formatReport(results) {
  return [
    `Node ${results.node} on ${results.machine.cpu} (${results.machine.cores} cores), ${results.date}`,
    invocationTable(results.micro),
    constructionTable(results.micro),
    ratioTable(results.ratios),
    coldStartTable(results),
    bundleTable(results),
    budgetTable(results.budgets),
  ].join('\n\n');
}
