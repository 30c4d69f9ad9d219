// Layers (issue 19): the Lambda runtime never reaches build-time code; build-time features share the emulator's
// engine (src/engine), not the public testing entry; the Lambda↔API Gateway contract (src/contract) stands alone.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { importSpecifiers, relativeImports, repoPath, root, walk } from './source-imports.js';

/** What Lambda functions load: the root entry and the router adapters built on it. */
const RUNTIME_ENTRIES = ['src/index.ts', 'src/powertools/index.ts', 'src/hono/index.ts'];

/** Folders of code that runs at build time or in tests only (generator, CLI, plugin, emulator, readers). */
const BUILD_TIME_FOLDERS = [
  'apply',
  'catalog-loader',
  'cdk',
  'cli',
  'engine',
  'generate',
  'lint',
  'serve',
  'serverless',
  'templates',
  'testing',
];

const srcFiles = walk(join(root, 'src')).filter((file) => file.endsWith('.ts'));
const folderOf = (file: string) => repoPath(file).split('/')[1];

/** Every source file `entries` reach through relative imports, the entries included. */
function reachableFrom(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((entry) => join(root, entry));
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...relativeImports(file));
  }
  return [...seen].map(repoPath).sort();
}

describe('layers', () => {
  it('names build-time folders that exist', () => {
    expect(BUILD_TIME_FOLDERS.filter((folder) => !existsSync(join(root, 'src', folder)))).toEqual([]);
  });

  it('keeps the runtime free of build-time code: nothing the runtime entries reach is in a build-time folder', () => {
    const reached = reachableFrom(RUNTIME_ENTRIES);
    expect(reached).toContain('src/contract/wire.ts');
    expect(reached.filter((file) => BUILD_TIME_FOLDERS.includes(file.split('/')[1] ?? ''))).toEqual([]);
  });

  it('has build-time features import the engine, never the public testing entry or its files', () => {
    const outside = srcFiles.filter((file) => folderOf(file) !== 'testing');
    const offending = outside.flatMap((file) =>
      relativeImports(file)
        .filter((target) => folderOf(target) === 'testing')
        .map((target) => `${repoPath(file)} imports ${repoPath(target)}`),
    );
    expect(offending).toEqual([]);
    const engineUsers = outside
      .filter((file) => folderOf(file) !== 'engine')
      .filter((file) => relativeImports(file).some((target) => folderOf(target) === 'engine'))
      .map((file) => folderOf(file));
    expect([...new Set(engineUsers)].sort()).toEqual(expect.arrayContaining(['lint', 'serve']));
  });

  it('keeps the contract self-contained: src/contract imports no package and nothing else of the project', () => {
    const contract = srcFiles.filter((file) => folderOf(file) === 'contract');
    expect(contract.length).toBeGreaterThan(0);
    const offending = contract.flatMap((file) =>
      importSpecifiers(file)
        .filter((specifier) => !/^\.\/[^/]+\.js$/.test(specifier))
        .map((specifier) => `${repoPath(file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
