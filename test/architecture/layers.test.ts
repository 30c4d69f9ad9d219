// Layers (issue 19). The runtime (what `src/index.ts` and the router adapters ship to Lambda) is a few modules in
// layers: each imports only from its own module or from a layer below, never a build-time folder, and no files
// import each other in a circle. Build-time features share the emulator's engine (src/engine), not the public
// testing entry; the Lambda↔API Gateway contract (src/contract) stands alone.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { importSpecifiers, relativeImports, repoPath, root, walk } from './source-imports.js';

const src = join(root, 'src');

/** The runtime modules, lowest layer first; a module may import its own layer's files only from itself. */
const RUNTIME_LAYERS: readonly (readonly string[])[] = [
  ['contract'],
  ['util'],
  ['catalog'],
  ['problem'],
  ['logging'],
  ['options'],
  ['proxy', 'tagged'],
  ['web'],
  ['hono', 'powertools'],
];
/** The folders only the build-time entries (generator, CLI, plugin, emulator, local server) use. */
const BUILD_TIME = [
  'apply',
  'cdk',
  'cli',
  'engine',
  'existing-api',
  'generate',
  'lint',
  'serve',
  'serverless',
  'surface',
  'testing',
];
const RUNTIME_ENTRY = 'index.ts';

/** `catalog` for src/catalog/classify.ts; `index.ts` for src/index.ts. */
function moduleOf(file: string): string {
  return relative(src, file).split(sep)[0] as string;
}

function layerOf(module: string): number {
  if (module === RUNTIME_ENTRY) return RUNTIME_LAYERS.length;
  return RUNTIME_LAYERS.findIndex((layer) => layer.includes(module));
}

/**
 * Each import cycle among `files` (through the relative imports of every file, `import type` included), as
 * `a.ts -> b.ts -> a.ts`; found by a depth-first walk, one per edge that closes a circle.
 */
function importCycles(files: readonly string[]): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...path.slice(path.indexOf(file)), file].map(repoPath).join(' -> '));
      return;
    }
    state.set(file, 'open');
    for (const target of relativeImports(file)) visit(target, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  return cycles;
}

const runtimeFiles = walk(src).filter((file) => file.endsWith('.ts') && layerOf(moduleOf(file)) !== -1);
const imports = new Map(runtimeFiles.map((file) => [file, relativeImports(file)]));

describe('the runtime modules', () => {
  it('are the folders of src/ that exist, and none of them is a build-time folder', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    for (const module of RUNTIME_LAYERS.flat()) {
      expect(folders).toContain(module);
      expect(BUILD_TIME).not.toContain(module);
    }
  });

  it('never import a build-time folder', () => {
    const offending = [...imports].flatMap(([file, targets]) =>
      targets
        .filter((target) => BUILD_TIME.includes(moduleOf(target)))
        .map((target) => `${repoPath(file)} imports ${repoPath(target)}`),
    );
    expect(offending).toEqual([]);
  });

  it('import only their own module or a lower layer, never upwards or sideways', () => {
    const offending = [...imports].flatMap(([file, targets]) => {
      const from = moduleOf(file);
      return targets
        .filter((target) => {
          const to = moduleOf(target);
          return to !== from && !(layerOf(to) !== -1 && layerOf(to) < layerOf(from));
        })
        .map((target) => `${repoPath(file)} (${from}) imports ${repoPath(target)} (${moduleOf(target)})`);
    });
    expect(offending).toEqual([]);
  });

  it('have no import cycle between their files', () => {
    expect(importCycles(runtimeFiles)).toEqual([]);
  });
});

/** What Lambda functions load: the root entry and the router adapters built on it. */
const RUNTIME_ENTRIES = ['src/index.ts', 'src/powertools/index.ts', 'src/hono/index.ts'];

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
    expect(BUILD_TIME.filter((folder) => !existsSync(join(root, 'src', folder)))).toEqual([]);
  });

  it('keeps the runtime free of build-time code: nothing the runtime entries reach is in a build-time folder', () => {
    const reached = reachableFrom(RUNTIME_ENTRIES);
    expect(reached).toContain('src/contract/wire.ts');
    expect(reached.filter((file) => BUILD_TIME.includes(file.split('/')[1] ?? ''))).toEqual([]);
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

  it('has no import cycle between any two files of src/, build time included', () => {
    expect(importCycles(srcFiles)).toEqual([]);
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
