// docs/migration.md shows what clients receive before and after the migration. Each response on the page
// stands under a marker `<!-- output: SETUP CASE -->` and must equal what test/docs/migration-outputs.ts
// produces by running the real middlewares: the page cannot drift from what they do.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { readPage } from './markdown.js';
import { MIGRATION_CASES, migrationOutput } from './migration-outputs.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = 'docs/migration.md';
// Indented too: a response may stand inside a list item.
const MARKER = /^( *)<!-- output: (\S+) (\S+) -->\n\1```json\n([\s\S]*?)\n\1```$/gm;

interface ShownOnPage {
  readonly setup: string;
  readonly thrownCase: string;
  readonly json: string;
}

function shownOnPage(): ShownOnPage[] {
  const text = readPage(ROOT, PAGE);
  return [...text.matchAll(MARKER)].map(([, , setup = '', thrownCase = '', json = '']) => ({
    setup,
    thrownCase,
    json,
  }));
}

describe(PAGE, () => {
  it('shows every case before (http-error-handler) and after (proxyErrorResponse)', () => {
    const shown = shownOnPage().map(({ setup, thrownCase }) => `${setup} ${thrownCase}`);
    for (const thrownCase of Object.keys(MIGRATION_CASES)) {
      expect(shown).toContain(`before ${thrownCase}`);
      expect(shown).toContain(`after ${thrownCase}`);
    }
  });

  it.each(shownOnPage().map((entry) => [`${entry.setup} ${entry.thrownCase}`, entry] as const))(
    '%s: the page shows what the middleware answers',
    async (_name, { setup, thrownCase, json }) => {
      expect(JSON.parse(json)).toEqual(await migrationOutput(setup, thrownCase));
    },
  );
});
