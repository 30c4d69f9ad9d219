// Each public entry exports exactly what its docs document (issue 19): every entry point of package.json
// "exports" has one "API reference: `<entry>`" section in README.md, CONTRIBUTING.md or docs/*.md, listing one
// export per line (`- \`name\`…`), and that list equals the names the entry's source exports.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';
import { documentationPages, readPage } from './markdown.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface PackageJson {
  readonly name: string;
  readonly exports: Record<string, string | { readonly import: string }>;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** Import specifier -> source file: `./generate` -> `lambda-error-map/generate`, built from `src/generate/index.ts`. */
const ENTRIES = new Map(
  Object.entries(pkg.exports)
    .filter(([subpath]) => subpath !== './package.json')
    .map(([subpath, target]) => {
      const dist = typeof target === 'string' ? target : target.import;
      const source = dist.replace(/^\.\/dist\/(.+)\.js$/, 'src/$1.ts');
      return [`${pkg.name}${subpath.slice(1)}`, source] as const;
    }),
);

interface EntryExports {
  /** The names each entry exports, `default` included, as a consumer sees them. */
  readonly names: Map<string, string[]>;
  /** Each exported name (`default` aside) -> where it is declared, one `file:line` per distinct symbol. */
  readonly declarations: Map<string, Set<string>>;
}

function entryExports(sources: readonly string[]): EntryExports {
  const program = ts.createProgram(
    sources.map((source) => join(root, source)),
    {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      noEmit: true,
    },
  );
  const checker = program.getTypeChecker();
  const declarations = new Map<string, Set<string>>();
  const names = new Map(
    sources.map((source) => {
      const file = program.getSourceFile(join(root, source));
      const module = file && checker.getSymbolAtLocation(file);
      if (!module) throw new Error(`${source} is not a module`);
      const symbols = checker.getExportsOfModule(module);
      for (const symbol of symbols.filter(({ name }) => name !== 'default')) {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        const places = declarations.get(symbol.name) ?? new Set<string>();
        // One place per symbol: overloads and merged declarations are one name, declared once.
        const declaration = target.declarations?.[0];
        if (declaration) {
          const declared = declaration.getSourceFile();
          const { line } = declared.getLineAndCharacterOfPosition(declaration.getStart());
          places.add(`${relative(root, declared.fileName).split(sep).join('/')}:${line + 1}`);
        }
        declarations.set(symbol.name, places);
      }
      return [source, symbols.map((symbol) => symbol.name)];
    }),
  );
  return { names, declarations };
}

interface ReferenceSection {
  readonly page: string;
  /** 1-based line of the heading. */
  readonly line: number;
  /** The entry point the heading names: `lambda-error-map/generate`. */
  readonly entry: string;
  /** The name each list item starts with, in page order. */
  readonly names: readonly string[];
}

const REFERENCE_HEADING = /^(#{1,6}) API reference: `([^`]+)`\s*$/;
const HEADING = /^(#{1,6}) /;
const FENCE = /^ *(`{3,}|~{3,})/;
/** `- \`name\``, `- \`name(options)\``: the identifier the item documents. */
const ITEM = /^[-*] `([A-Za-z_$][\w$]*)/;

/** The "API reference: `<entry>`" sections of a page, each up to the next heading of the same or a higher level. */
function referenceSections(page: string, text: string): ReferenceSection[] {
  const lines = text.split('\n');
  const sections: ReferenceSection[] = [];
  let current: { line: number; entry: string; level: number; names: string[] } | undefined;
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (marker !== undefined && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] as string).length;
      if (current && level <= current.level) {
        sections.push({ page, line: current.line, entry: current.entry, names: current.names });
        current = undefined;
      }
      const reference = REFERENCE_HEADING.exec(line);
      if (reference) {
        current = { line: index + 1, entry: reference[2] as string, level, names: [] };
      }
      return;
    }
    const item = current && ITEM.exec(line);
    if (current && item) current.names.push(item[1] as string);
  });
  if (current) sections.push({ page, line: current.line, entry: current.entry, names: current.names });
  return sections;
}

/** What disagrees between an entry's exports and its reference list, one line each (empty when they agree). */
function referenceMismatches(
  entry: string,
  exported: readonly string[],
  documented: readonly string[],
): string[] {
  const listed = new Set(documented);
  const exports = new Set(exported);
  return [
    ...exported
      .filter((name) => !listed.has(name))
      .map((name) => `${entry} exports ${name}, not in its reference`),
    ...documented
      .filter((name) => !exports.has(name))
      .map((name) => `${entry}'s reference lists ${name}, which it does not export`),
    ...documented
      .filter((name, index) => documented.indexOf(name) !== index)
      .map((name) => `${entry}'s reference lists ${name} twice`),
  ];
}

const sections = documentationPages(root).flatMap((page) => referenceSections(page, readPage(root, page)));
const { names: exportsBySource, declarations } = entryExports([...ENTRIES.values()]);

describe('each public entry exports exactly what its API reference documents', () => {
  it('finds the entry points in package.json', () => {
    expect([...ENTRIES.keys()]).toEqual(
      expect.arrayContaining(['lambda-error-map', 'lambda-error-map/generate', 'lambda-error-map/testing']),
    );
  });

  it('has one reference section per entry point, and none for an entry that does not exist', () => {
    const where = (section: ReferenceSection) => `${section.page}:${section.line} ${section.entry}`;
    expect(sections.filter((section) => !ENTRIES.has(section.entry)).map(where)).toEqual([]);
    for (const entry of ENTRIES.keys()) {
      expect([entry, sections.filter((section) => section.entry === entry).map(where)]).toEqual([
        entry,
        [expect.any(String)],
      ]);
    }
  });

  it.each([...ENTRIES])('%s: its reference lists every export once, and only exports', (entry, source) => {
    const section = sections.find((candidate) => candidate.entry === entry);
    expect(referenceMismatches(entry, exportsBySource.get(source) ?? [], section?.names ?? [])).toEqual([]);
  });
});

describe('public names', () => {
  it('gives no two public declarations the same name, in one entry or across entries', () => {
    const shared = [...declarations]
      .filter(([, places]) => places.size > 1)
      .map(([name, places]) => `${name}: ${[...places].join(', ')}`);
    expect(shared).toEqual([]);
  });
});

describe('the reference check itself', () => {
  const page = [
    '# Page',
    '## API reference: `pkg/a`',
    '',
    '- `one(options?)`: a function.',
    '- `Two`: a type; `Three` named in passing is not an item.',
    '',
    '```md',
    '## API reference: `pkg/in-a-fence`',
    '- `Fenced`',
    '```',
    '### A subsection stays in the section',
    '- `four`',
    '## Next',
    '- `notListed`',
  ].join('\n');

  it('reads the items of a section up to the next heading of its level, skipping code fences', () => {
    expect(referenceSections('page.md', page)).toEqual([
      { page: 'page.md', line: 2, entry: 'pkg/a', names: ['one', 'Two', 'four'] },
    ]);
  });

  it('reports an export left out, a name that is not exported and a name listed twice', () => {
    expect(referenceMismatches('pkg/a', ['one', 'Two', 'five'], ['one', 'Two', 'Two', 'gone'])).toEqual([
      'pkg/a exports five, not in its reference',
      "pkg/a's reference lists gone, which it does not export",
      "pkg/a's reference lists Two twice",
    ]);
  });

  it('agrees when the lists hold the same names in any order', () => {
    expect(referenceMismatches('pkg/a', ['b', 'a'], ['a', 'b'])).toEqual([]);
  });
});
