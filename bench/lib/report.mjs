// Prints results as Markdown tables (so docs/performance.md can quote them as they are).
import { templateSizeTable } from './template-size.mjs';
import { VARIANTS } from './variants.mjs';

const PATH_LABELS = {
  success: 'success',
  catalog404: '404, catalog error thrown',
  httpErrors404: '404, http-errors createError thrown',
  plainError: 'plain Error (→ 500)',
  sdkThrottle: 'DynamoDB ProvisionedThroughputExceeded',
  buildCatalog404: 'build + map: catalog error built per call',
  buildHttpErrors404: 'build + map: createError per call',
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

function ratioTable(ratios, spreads) {
  const spreadCells = (name) => {
    const spread = spreads[name];
    return spread
      ? [
          `${fixed(spread.min, 2)}–${fixed(spread.max, 2)}`,
          `${fixed(spread.p25, 2)}–${fixed(spread.p75, 2)}`,
          spread.wide ? 'WIDE' : '',
        ]
      : ['', '', ''];
  };
  const rows = Object.entries(ratios).flatMap(([name, value]) =>
    typeof value === 'number' || value === null
      ? [[name, fixed(value, 3), ...spreadCells(name)]]
      : Object.entries(value).map(([path, nested]) => [`${name}.${path}`, fixed(nested, 3), '', '', '']),
  );
  return markdownTable(['ratio (median of per-round ratios)', 'x', 'min–max', 'p25–p75', 'spread'], rows);
}

function detailLine(detail) {
  if (!detail) return '';
  return `1 MB detail through taggedErrorMessage: ${fixed(detail.defaultOptions.ms, 3)} ms (default options), ${fixed(detail.maxDetailBytesAtLimit.ms, 3)} ms (maxDetailBytes 256 KB)`;
}

function packageLines(check) {
  if (!check) return '';
  return [
    `\`${check.command}\` after installing the packed tarball (${check.tarballBytes} bytes):`,
    '',
    '```',
    ...check.tree,
    '```',
  ].join('\n');
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

function breakdownTable(breakdown) {
  if (!breakdown) return '';
  const rows = Object.entries(breakdown).map(([group, { minifiedBytes, gzipBytesEstimate }]) => [
    group,
    String(minifiedBytes),
    String(gzipBytesEstimate),
  ]);
  return markdownTable(['proxy handler bundle, by concern', 'minified bytes', 'gzip bytes (share)'], rows);
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
    `Node ${results.node} on ${results.machine.cpu} (${results.machine.cores} cores), ${results.date}; ` +
      `${results.config.rounds} rounds; load average ${results.loadAverage.atStart.join(' ')} at start, ${results.loadAverage.atEnd.join(' ')} at end` +
      (results.wideSpreadRatios.length > 0
        ? `; WIDE SPREAD (IQR > 10% of median): ${results.wideSpreadRatios.join(', ')}`
        : ''),
    invocationTable(results.micro),
    constructionTable(results.micro),
    ratioTable(results.ratios, results.ratioSpreads),
    detailLine(results.detail1Mb),
    coldStartTable(results),
    bundleTable(results),
    breakdownTable(results.bundleBreakdown),
    packageLines(results.packedInstall),
    budgetTable(results.budgets),
    ...(results.templateSize ? [templateSizeTable(results.templateSize)] : []),
  ].join('\n\n');
}
