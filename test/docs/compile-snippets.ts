// Compiles documentation snippets with `tsc --strict` semantics against the built package, imported by its
// own name (package self-reference: `lambda-error-map`, `lambda-error-map/generate` … resolve to dist/).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Snippet } from './markdown.js';

/** The options a user's strict ESM project would have; nothing the library's own tsconfig adds beyond that. */
export const SNIPPET_COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2023.d.ts'],
  types: ['node'],
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  noEmit: true,
};

interface WrittenSnippet {
  readonly snippet: Snippet;
  readonly path: string;
}

/** One directory per page, so a page's snippets can import each other (`./catalog.js` → `file=catalog.ts`). */
function pageDirectory(page: string): string {
  return page.replace(/\.md$/, '').replace(/[^\w-]+/g, '-');
}

function writeSnippets(snippets: readonly Snippet[], workDir: string): WrittenSnippet[] {
  rmSync(workDir, { recursive: true, force: true });
  const seen = new Set<string>();
  return snippets.map((snippet) => {
    const directory = join(workDir, pageDirectory(snippet.page));
    const path = join(directory, snippet.fileName);
    if (seen.has(path)) {
      throw new Error(
        `${snippet.page}:${snippet.firstLine}: a second snippet named ${snippet.fileName} on this page`,
      );
    }
    seen.add(path);
    mkdirSync(directory, { recursive: true });
    // `export {}` makes every snippet a module, so two snippets declaring the same name do not collide.
    writeFileSync(path, [...snippet.preamble, ...snippet.code, 'export {};', ''].join('\n'));
    return { snippet, path };
  });
}

/** Where a diagnostic points, in the Markdown page rather than in the generated file. */
function markdownPosition(written: WrittenSnippet, line: number): string {
  const { snippet } = written;
  const codeLine = line - snippet.preamble.length;
  if (codeLine < 0) return `${snippet.page}:${snippet.firstLine} (preamble line ${line + 1})`;
  return `${snippet.page}:${snippet.firstLine + codeLine}`;
}

/**
 * Writes the snippets under `workDir` (which must lie inside this package, so that the self-reference
 * resolves) and type-checks them in one program. Returns one line per problem, pointing into the Markdown.
 */
export function compileSnippets(snippets: readonly Snippet[], workDir: string): string[] {
  const written = writeSnippets(snippets, workDir);
  const byPath = new Map(written.map((entry) => [entry.path, entry]));
  const program = ts.createProgram(
    written.map((entry) => entry.path),
    SNIPPET_COMPILER_OPTIONS,
  );
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
    const file = diagnostic.file;
    if (!file || diagnostic.start === undefined) return `TS${diagnostic.code}: ${message}`;
    const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
    const entry = byPath.get(file.fileName) ?? byPath.get(join(file.fileName));
    const where = entry ? markdownPosition(entry, line) : `${file.fileName}:${line + 1}`;
    return `${where}:${character + 1} TS${diagnostic.code}: ${message}`;
  });
}
