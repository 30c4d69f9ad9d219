#!/usr/bin/env node
/**
 * `lambda-error-map lint` on a serverless.yml of 10, 1,000 and 10,000 functions that all run the Serverless
 * Framework v3 default statusCodes (one shared pattern list, as most non-proxy services have): the wall time
 * and peak memory (max RSS) of the CLI process, built (`dist/`), per output format. Not a test: it prints
 * a Markdown table for docs/performance.md and writes the numbers to bench/lint-results.json (git-ignored).
 *
 *   npm run build && node bench/lint-scale.mjs          # BENCH_LINT_SIZES=10,1000 to choose sizes
 *   node bench/lint-scale.mjs --check                   # 10 functions once: exit code and report checked
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const check = process.argv.includes('--check');
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const sizes = check ? [10] : (process.env.BENCH_LINT_SIZES ?? '10,1000,10000').split(',').map(Number);
const formats = (process.env.BENCH_LINT_FORMATS ?? 'text,json,sarif').split(',');

function service(count) {
  const lines = ['service: orders', 'provider:', '  name: aws', '  runtime: nodejs20.x', 'functions:'];
  for (let index = 0; index < count; index++) {
    lines.push(
      `  get${index}:`,
      `    handler: handler.get${index}`,
      '    events:',
      '      - http:',
      `          path: items${index}/{id}`,
      '          method: get',
      '          integration: lambda',
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the CLI in a child that reports its own peak RSS on exit, its stdout redirected to a file as in CI
 * (`lint … > lint.sarif`); a pipe nobody reads fast enough would hold the unread report in memory instead.
 */
function run(file, format) {
  const wrapper = `
    process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));
    process.argv = [process.execPath, 'lambda-error-map', 'lint', '--template', ${JSON.stringify(file)}, '--format', ${JSON.stringify(format)}];
    await import(${JSON.stringify(cli)});
  `;
  const output = `${file}.${format}.out`;
  const fd = openSync(output, 'w');
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', wrapper], {
    encoding: 'utf8',
    stdio: ['ignore', fd, 'pipe'],
  });
  const seconds = (performance.now() - started) / 1000;
  closeSync(fd);
  const rss = Number(/maxRSS=(\d+)/.exec(child.stderr)?.[1]) * 1024;
  const outputBytes = statSync(output).size;
  // Checked when it fits in one string (V8 caps strings near 512 MB).
  const stdout = outputBytes < 2 ** 28 ? readFileSync(output, 'utf8') : undefined;
  rmSync(output);
  return { status: child.status, seconds, rss, stdout, outputBytes, stderr: child.stderr };
}

const directory = mkdtempSync(join(tmpdir(), 'lem-lint-bench-'));
const results = [];
try {
  for (const size of sizes) {
    const file = join(directory, `serverless-${size}.yml`);
    writeFileSync(file, service(size));
    for (const format of formats) {
      const repeats = check || size >= 10_000 ? 1 : 3;
      const runs = Array.from({ length: repeats }, () => run(file, format));
      for (const { status, stdout, stderr } of runs) {
        if (status !== 1)
          throw new Error(`lint of ${size} functions (${format}) exited ${status}: ${stderr}`);
        if (stdout === undefined) continue;
        if (format === 'text' && !stdout.includes(`${size} method(s) (1 configuration(s))`) && size > 1)
          throw new Error(`lint of ${size} functions (text): no grouped summary line`);
        if (format !== 'text') JSON.parse(stdout);
      }
      const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b)[Math.floor(repeats / 2)];
      const rss = Math.max(...runs.map((r) => r.rss));
      const bytes = runs[0].outputBytes;
      results.push({ size, format, seconds, rss, outputBytes: bytes });
      console.error(
        `${size} functions, ${format}: ${seconds.toFixed(2)} s, ${(rss / 2 ** 20).toFixed(0)} MB`,
      );
    }
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}

if (check) {
  console.log('lint bench: every case checked (nothing timed)');
} else {
  writeFileSync(
    join(root, 'bench/lint-results.json'),
    `${JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2)}\n`,
  );
  console.log('| functions | format | time | peak RSS | output |');
  console.log('| --------: | ------ | ---: | -------: | -----: |');
  for (const { size, format, seconds, rss, outputBytes } of results) {
    console.log(
      `| ${size.toLocaleString('en')} | ${format} | ${seconds.toFixed(2)} s | ${(rss / 2 ** 20).toFixed(0)} MB | ${(outputBytes / 2 ** 20).toFixed(1)} MB |`,
    );
  }
}
