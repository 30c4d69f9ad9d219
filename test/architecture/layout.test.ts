// CONTRIBUTING's "Layout" section describes the tree as it is: each folder of src/ has its own line (a list item
// starting with the folder), each sub-folder is named, and every folder it names exists.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { root, walk } from './source-imports.js';

/** The text of the `## Layout` section of a Markdown page, up to the next `## ` heading. */
function layoutSection(markdown: string): string {
  const start = markdown.search(/^## Layout$/m);
  if (start === -1) throw new Error('CONTRIBUTING.md has no "## Layout" section');
  const rest = markdown.slice(start + '## Layout'.length);
  const end = rest.search(/^## /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** The folders a text names as code spans (`src/cli`, `src/lint/checks/`): paths under src/ without a file name. */
function namedFolders(text: string): string[] {
  const spans = [...text.matchAll(/`(src\/[\w-]+(?:\/[\w-]+)*)\/?`/g)].map((match) => match[1] as string);
  return [...new Set(spans)];
}

/** The folders a text gives a line of their own: list items whose first code span is the folder. */
function foldersWithALine(text: string): string[] {
  return [...text.matchAll(/^- `(src\/[\w-]+)\/?`/gm)].map((match) => match[1] as string);
}

/** Every folder under src/ that holds a file (an empty directory left by a move is not part of the tree). */
function sourceFolders(): string[] {
  const src = join(root, 'src');
  const folders = new Set(walk(src).map((file) => relative(root, dirname(file)).split(sep).join('/')));
  folders.delete('src');
  return [...folders].sort();
}

const section = layoutSection(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8'));
const folders = sourceFolders();

describe("CONTRIBUTING's Layout section", () => {
  it('gives every top-level folder of src/ a line of its own', () => {
    const withALine = foldersWithALine(section);
    const topLevel = folders.filter((folder) => folder.split('/').length === 2);
    expect(topLevel.filter((folder) => !withALine.includes(folder))).toEqual([]);
  });

  it('names every sub-folder of src/', () => {
    const named = namedFolders(section);
    const nested = folders.filter((folder) => folder.split('/').length > 2);
    expect(nested.filter((folder) => !named.includes(folder))).toEqual([]);
  });

  it('names no folder that does not exist', () => {
    const missing = namedFolders(section).filter((folder) => {
      const path = join(root, folder);
      return !(existsSync(path) && statSync(path).isDirectory());
    });
    expect(missing).toEqual([]);
  });
});

describe('the checks of the Layout section', () => {
  const sample = [
    '# Contributing',
    '## Layout',
    '- `src/util`: helpers',
    '- `src/lint` (`src/lint/checks/` the checks, `src/lint/lint.ts` the entry)',
    'Build time: `src/gone`, and `src/{a,b}/index.ts`.',
    '## Documentation',
    '- `src/docs-only`: not in the section',
  ].join('\n');

  it('read only the Layout section', () => {
    expect(namedFolders(layoutSection(sample))).toEqual([
      'src/util',
      'src/lint',
      'src/lint/checks',
      'src/gone',
    ]);
  });

  it('count only list items that start with the folder as its line', () => {
    expect(foldersWithALine(layoutSection(sample))).toEqual(['src/util', 'src/lint']);
  });

  it('refuse a page without the section', () => {
    expect(() => layoutSection('# Contributing\n## Commands\n')).toThrow('no "## Layout" section');
  });
});
