import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parse as parseYaml } from 'yaml';
import { compileSnippets } from './compile-snippets.js';
import { codeBlocks, documentationPages, extractSnippets, readPage, type Snippet } from './markdown.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Inside the package (so `lambda-error-map` resolves to this package's dist/) and ignored by git (/tmp/).
const workDir = join(root, 'tmp', 'doc-snippets');

function requireBuild(): void {
  if (!existsSync(join(root, 'dist', 'index.d.ts'))) {
    throw new Error(
      'dist/ is missing: the snippets compile against the built package; run `npm run build` first',
    );
  }
}

describe('TypeScript snippets in README.md, CONTRIBUTING.md and docs/*.md', () => {
  it('all compile under --strict against the package, imported by its name', () => {
    requireBuild();
    const snippets = documentationPages(root).flatMap((page) => extractSnippets(page, readPage(root, page)));
    const compiled = snippets.filter((snippet) => snippet.skipReason === undefined);
    expect(compiled.length).toBeGreaterThanOrEqual(10);
    expect(compiled.map((snippet) => snippet.page)).toEqual(
      expect.arrayContaining(['README.md', 'docs/proxy.md']),
    );
    expect(compileSnippets(compiled, join(workDir, 'pages'))).toEqual([]);
  });

  it('are skipped only with a reason', () => {
    const skipped = documentationPages(root)
      .flatMap((page) => extractSnippets(page, readPage(root, page)))
      .filter((snippet) => snippet.skipReason !== undefined);
    for (const snippet of skipped)
      expect(`${snippet.page}:${snippet.firstLine} ${snippet.skipReason}`).toMatch(/\S \S{3,}/);
  });
});

const PARSERS: Record<string, ((text: string) => unknown) | undefined> = {
  json: (text) => JSON.parse(text),
  yaml: (text) => parseYaml(text),
  yml: (text) => parseYaml(text),
};

describe('JSON and YAML blocks in the same pages', () => {
  it('all parse', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of documentationPages(root)) {
      for (const block of codeBlocks(readPage(root, page))) {
        const parse = PARSERS[block.language];
        if (!parse) continue;
        checked++;
        try {
          parse(block.code);
        } catch (error) {
          problems.push(`${page}:${block.firstLine}: ${(error as Error).message.split('\n')[0]}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(4);
  });
});

describe('the snippet checker', () => {
  const page = [
    '# Fixture', //                                         1
    '', //                                                  2
    '```ts file=catalog.ts', //                             3
    "import { defineErrorCatalog } from 'lambda-error-map';", // 4
    'export const catalog = defineErrorCatalog({ Gone2: { status: 410 } });', // 5
    '```', //                                               6
    '1. A fragment in a list:', //                          7
    '', //                                                  8
    '   <!-- snippet-preamble', //                          9
    "   import { catalog } from './catalog.js';", //       10
    '   -->', //                                           11
    '', //                                                 12
    '   ```typescript', //                                 13
    "   const error = catalog.error('Gone2');", //         14
    '   const status: string = error.status;', //          15
    '   ```', //                                           16
    '', //                                                 17
    '<!-- snippet-skip: shows a type error on purpose -->', // 18
    '```ts', //                                            19
    'const n: number = "x";', //                           20
    '```', //                                              21
    '```js', //                                            22
    'not typescript', //                                   23
    '```', //                                              24
  ].join('\n');

  it('finds TypeScript fences, their file names, preambles, indentation and skip reasons', () => {
    const snippets = extractSnippets('fixture.md', page);
    expect(snippets.map((s: Snippet) => [s.firstLine, s.fileName, s.preamble.length, s.skipReason])).toEqual([
      [4, 'catalog.ts', 0, undefined],
      [14, 'snippet-L14.ts', 1, undefined],
      [20, 'snippet-L20.ts', 0, 'shows a type error on purpose'],
    ]);
    expect(snippets[1]?.code).toEqual([
      "const error = catalog.error('Gone2');",
      'const status: string = error.status;',
    ]);
  });

  it('reports a type error at its line in the Markdown page, and compiles the rest', () => {
    requireBuild();
    const snippets = extractSnippets('fixture.md', page).filter((s) => s.skipReason === undefined);
    const problems = compileSnippets(snippets, join(workDir, 'fixture'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^fixture\.md:15:\d+ TS2322: Type 'number' is not assignable to type 'string'/,
    );
  });
});
