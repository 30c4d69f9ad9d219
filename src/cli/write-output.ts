import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { access, chmod, chown, lstat, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../surface/errors.js';
import { oneLineMessage as oneLine } from '../util/describe-value.js';

/**
 * Writes the whole text to a temporary file beside `path`, then renames it over `path`: a reader never
 * sees a partial file, and a failure leaves none behind. Missing folders on the way are created.
 * An existing file keeps what the file system says about it: a symlink stays a link (its target is
 * replaced), mode, owner and group are the old file's; a read-only file is refused, as root too.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const target = await linkTarget(path);
  const existing = await stat(target).catch(() => undefined);
  if (existing !== undefined) await refuseUnwritable(path, target, existing);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temporary, text, { flag: 'wx' });
    if (existing !== undefined) await keepAttributes(temporary, existing);
    await rename(temporary, target);
  } catch (error) {
    // Nothing to clean up when the folder itself could not be made.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageError(`cannot write ${path}: ${oneLine(error).replaceAll(temporary, path)}`);
  }
}

/** The file a symlink points to (through every link on the way), or `path` itself. */
async function linkTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const link = await lstat(path).catch(() => undefined);
    if (link?.isSymbolicLink()) {
      throw new UsageError(`${path} is a symlink to a missing file: point it at a file or remove it`);
    }
    return path;
  }
}

/**
 * Root may write anything, so the write bits are read as well as asked about: a file without any is one its
 * owner marked read-only.
 */
async function refuseUnwritable(path: string, target: string, existing: Stats): Promise<void> {
  const mode = (existing.mode & 0o7777).toString(8).padStart(4, '0');
  if ((existing.mode & 0o222) === 0) {
    throw new UsageError(
      `${path} is read-only (mode ${mode}): make it writable (chmod u+w) or write elsewhere`,
    );
  }
  try {
    await access(target, constants.W_OK);
  } catch {
    throw new UsageError(`${path} is not writable by you (mode ${mode}): ask its owner, or write elsewhere`);
  }
}

async function keepAttributes(temporary: string, existing: Stats): Promise<void> {
  // chmod, not writeFile's mode: the umask would clear bits of it.
  await chmod(temporary, existing.mode & 0o7777);
  const written = await stat(temporary);
  if (written.uid !== existing.uid || written.gid !== existing.gid) {
    await chown(temporary, existing.uid, existing.gid);
  }
}
