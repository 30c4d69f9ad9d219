/**
 * `npm pack` of the current build, exactly as `npm publish` would upload it. It does not rebuild (`npm pack`
 * and `npm publish` rebuild through `prepack`; callers build first).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface PackedTarball {
  readonly path: string;
  readonly entryCount: number;
  readonly size: number;
}

/** Packs the package at `root` into `destination`; returns the tarball's path and what npm says of it. */
export function packTarball(root: string, destination: string): PackedTarball {
  const result = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm pack failed (exit ${result.status}):\n${result.stderr}`);
  const [packed] = JSON.parse(result.stdout) as { filename: string; entryCount: number; size: number }[];
  if (!packed) throw new Error('npm pack --json described no tarball');
  return { path: join(destination, packed.filename), entryCount: packed.entryCount, size: packed.size };
}
