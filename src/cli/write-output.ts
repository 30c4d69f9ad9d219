import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { oneLine, UsageError } from './usage-error.js';

/**
 * Writes the whole text to a temporary file beside `path`, then renames it over `path`: a reader never
 * sees a partial file, and a failure leaves none behind. Missing folders on the way are created.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    // Nothing to clean up when the folder itself could not be made.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageError(`cannot write ${path}: ${oneLine(error).replaceAll(temporary, path)}`);
  }
}
