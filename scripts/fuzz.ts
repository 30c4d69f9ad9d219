/**
 * `npm run fuzz`: runs the property suite of test/fuzz at scale and prints a summary.
 *
 *   FUZZ_RUNS  cases per property (default 100000)
 *   FUZZ_SEED  fast-check seed (default 20261121, the one `npm test` uses)
 *   arguments  optional property keys to run only those: proxy, secrets, tagged, partition, patterns
 *
 * Exits 1 when any property fails, printing its first (shrunk) counterexample.
 */
import { runPartitionProperty } from '../test/fuzz/properties/partition.js';
import { runPatternSafetyProperty } from '../test/fuzz/properties/pattern-safety.js';
import { runProxyResponseProperty } from '../test/fuzz/properties/proxy-response.js';
import { runSecretLeakProperty } from '../test/fuzz/properties/secret-leak.js';
import { runTaggedMessageProperty } from '../test/fuzz/properties/tagged-message.js';
import type { PropertyReport } from '../test/fuzz/support/report.js';
import { type RunSettings, runsFromEnvironment, seedFromEnvironment } from '../test/fuzz/support/settings.js';

const PROPERTIES: Readonly<Record<string, (settings: RunSettings) => Promise<PropertyReport>>> = {
  proxy: runProxyResponseProperty,
  secrets: runSecretLeakProperty,
  tagged: runTaggedMessageProperty,
  partition: runPartitionProperty,
  patterns: (settings) => runPatternSafetyProperty({ ...settings, measure: true }),
};

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

function printReport(key: string, report: PropertyReport): void {
  const status = report.failures === 0 ? 'ok' : 'FAILED';
  console.log(`\n[${status}] ${key}: ${report.property}`);
  console.log(
    `  cases ${report.cases}, failures ${report.failures}, seed ${report.seed}, time ${seconds(report.milliseconds)}`,
  );
  for (const note of report.notes) console.log(`  ${note}`);
  if (report.failure !== undefined) console.log(`  first failure:\n${report.failure.replace(/^/gm, '    ')}`);
}

async function main(): Promise<number> {
  const requested = process.argv.slice(2);
  const unknown = requested.filter((key) => !(key in PROPERTIES));
  if (unknown.length > 0) {
    console.error(
      `unknown property ${unknown.join(', ')}; the properties are ${Object.keys(PROPERTIES).join(', ')}`,
    );
    return 2;
  }
  const settings: RunSettings = { numRuns: runsFromEnvironment(100_000), seed: seedFromEnvironment() };
  const keys = requested.length > 0 ? requested : Object.keys(PROPERTIES);
  console.log(`lambda-error-map fuzz: ${settings.numRuns} cases per property, seed ${settings.seed}`);
  const started = performance.now();
  let failed = 0;
  for (const key of keys) {
    const report = await (PROPERTIES[key] as (settings: RunSettings) => Promise<PropertyReport>)(settings);
    printReport(key, report);
    if (report.failures > 0) failed += 1;
  }
  console.log(
    `\n${keys.length - failed}/${keys.length} properties passed in ${seconds(performance.now() - started)}`,
  );
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
