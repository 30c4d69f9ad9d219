// docs/lint.md shows the grouped text report of `lint`, with lines elided as `…`. The block under the marker
// `<!-- output: lint FIXTURE -->` must agree with what the command prints for that fixture of
// test/lint/fixtures/ copied to serverless.yml: each line shown is a line of the output, in the same order,
// and the first and last lines shown are the output's own.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { runCliIn } from '../support/run-cli.js';
import { readPage } from './markdown.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = 'docs/lint.md';
const MARKER =
  /^<!-- output: lint (\S+) -->\n```text\n\$ npx lambda-error-map lint --template serverless\.yml\n([\s\S]*?)\n```$/gm;
const ELIDED = /^\s*…$/;

const shown = [...readPage(ROOT, PAGE).matchAll(MARKER)].map(([, fixture = '', output = '']) => ({
  fixture,
  lines: output.split('\n'),
}));

/** The lines of `shown` that are not elisions, each found in `actual` after the one before it. */
function missingInOrder(shownLines: readonly string[], actual: readonly string[]): string[] {
  let from = 0;
  const missing: string[] = [];
  for (const line of shownLines.filter((text) => !ELIDED.test(text))) {
    const at = actual.indexOf(line, from);
    if (at === -1) missing.push(line);
    else from = at + 1;
  }
  return missing;
}

describe(PAGE, () => {
  it('shows a grouped report of lint', () => {
    expect(shown.map(({ fixture }) => fixture)).toEqual(['serverless-defaults.yml']);
  });

  it.each(shown.map((entry) => [entry.fixture, entry] as const))(
    '%s: the page shows what lint prints',
    async (fixture, { lines }) => {
      const dir = mkdtempSync(join(tmpdir(), 'lem-lint-doc-'));
      try {
        copyFileSync(join(ROOT, 'test/lint/fixtures', fixture), join(dir, 'serverless.yml'));
        const result = await runCliIn(dir, 'lint', '--template', 'serverless.yml');
        expect(result.code).toBe(1);
        expect(result.stderr).toBe('');
        const actual = result.stdout.trimEnd().split('\n');
        expect(missingInOrder(lines, actual)).toEqual([]);
        expect(actual[0]).toBe(lines[0]);
        expect(actual.at(-1)).toBe(lines.at(-1));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
