// The runtime (what `src/index.ts` and the router adapters ship to Lambda) is a few modules in layers: each
// imports only from its own module or from a layer below, never a build-time folder, and no files import each
// other in a circle.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { relativeImports, repoPath, root, walk } from './source-files.js';

const src = join(root, 'src');

/** The runtime modules, lowest layer first; a module may import its own layer's files only from itself. */
const RUNTIME_LAYERS: readonly (readonly string[])[] = [
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
  'catalog-loader',
  'cdk',
  'cli',
  'generate',
  'lint',
  'serve',
  'serverless',
  'templates',
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
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(repoPath).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const target of imports.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of runtimeFiles) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
