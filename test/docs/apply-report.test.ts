// docs/apply.md shows the routing report of `apply --replace`. Each report on the page stands under a marker
// `<!-- output: apply --replace FIXTURE -->` and must equal what the command prints for that fixture of
// test/apply/fixtures/ copied to template.yaml: the page cannot drift from what the command does.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { runCliIn } from '../support/run-cli.js';
import { readPage } from './markdown.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = 'docs/apply.md';
const MARKER = /^<!-- output: apply --replace (\S+) -->\n```text\n([\s\S]*?)\n```$/gm;

const shown = [...readPage(ROOT, PAGE).matchAll(MARKER)].map(([, fixture = '', output = '']) => ({
  fixture,
  output,
}));

describe(PAGE, () => {
  it('shows a report of apply --replace', () => {
    expect(shown.map(({ fixture }) => fixture)).toContain('legacy-patterns.yaml');
  });

  it.each(shown.map((entry) => [entry.fixture, entry] as const))(
    '%s: the page shows what apply --replace prints',
    async (fixture, { output }) => {
      const dir = mkdtempSync(join(tmpdir(), 'lem-apply-doc-'));
      copyFileSync(join(ROOT, 'test/apply/fixtures', fixture), join(dir, 'template.yaml'));
      const result = await runCliIn(dir, 'apply', '--template', 'template.yaml', '--replace');
      expect(result).toEqual({ code: 0, stdout: `${output}\n`, stderr: '' });
    },
  );
});
