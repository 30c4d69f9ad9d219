// Barrels only at the public entry points (issue 11): an index.ts exists only for an entry of package.json
// "exports", and code inside src/ imports what it uses from the module that defines it, never from an index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { relativeImports, repoPath, root, walk } from './source-files.js';

interface PackageJson {
  readonly exports: Record<string, string | { readonly import: string }>;
  readonly bin: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** `./dist/generate/index.js` -> `src/generate/index.ts`: build.mjs builds each entry from the same path. */
function sourceOf(distPath: string): string {
  const match = /^\.\/dist\/(.+)\.js$/.exec(distPath);
  if (!match) throw new Error(`not a dist/*.js path: ${distPath}`);
  return `src/${match[1]}.ts`;
}

/** The sources of package.json's "exports" (the ./package.json entry aside). */
const PUBLIC_ENTRIES = Object.entries(pkg.exports)
  .filter(([subpath]) => subpath !== './package.json')
  .map(([, target]) => sourceOf(typeof target === 'string' ? target : target.import))
  .sort();
const BIN_ENTRIES = Object.values(pkg.bin).map(sourceOf);

const srcFiles = walk(join(root, 'src')).filter((file) => file.endsWith('.ts'));
const testFiles = walk(join(root, 'test')).filter((file) => /\.(?:ts|mts|mjs|js)$/.test(file));

const isIndex = (path: string) => /[\\/]index\.ts$/.test(path);

describe('barrels only at the public entry points', () => {
  it('derives the public entries from package.json, and the build script builds exactly those and the bin', () => {
    expect(PUBLIC_ENTRIES).toContain('src/index.ts');
    expect(PUBLIC_ENTRIES.every((entry) => entry.endsWith('index.ts'))).toBe(true);
    const built = [
      ...readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8').matchAll(/'(src\/[^']+\.ts)'/g),
    ]
      .map((match) => match[1])
      .sort();
    expect(built).toEqual([...PUBLIC_ENTRIES, ...BIN_ENTRIES].sort());
  });

  it('has an index.ts under src only for a public entry', () => {
    const indexes = srcFiles.filter(isIndex).map(repoPath).sort();
    expect(indexes.filter((index) => !PUBLIC_ENTRIES.includes(index))).toEqual([]);
    expect(indexes).toEqual(PUBLIC_ENTRIES);
  });

  it('never imports an index inside src: each module imports from the module that defines the name', () => {
    const offending = srcFiles.flatMap((file) =>
      relativeImports(file)
        .filter(isIndex)
        .map((target) => `${repoPath(file)} imports ${repoPath(target)}`),
    );
    expect(offending).toEqual([]);
  });

  it('lets tests import an index only when it is a public entry', () => {
    const offending = testFiles.flatMap((file) =>
      relativeImports(file)
        .filter((target) => isIndex(target) && repoPath(target).startsWith('src/'))
        .filter((target) => !PUBLIC_ENTRIES.includes(repoPath(target)))
        .map((target) => `${repoPath(file)} imports ${repoPath(target)}`),
    );
    expect(offending).toEqual([]);
  });
});
