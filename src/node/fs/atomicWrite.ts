// Atomic file writes: the content goes to a temporary file in the destination folder, then a rename (or link) puts it in place.
import type * as fsType from 'node:fs';
import * as path from 'node:path';

export type FsModule = typeof fsType;

let tempCounter = 0;

/** A temporary name beside `target`, hidden and unique within this process. */
export function tempPathFor(target: string): string {
  tempCounter = (tempCounter + 1) % 1_000_000;
  const random = Math.random().toString(36).slice(2, 8);
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${tempCounter}.${random}.tmp`);
}

/** Writes `text` (UTF-8) to a fresh temporary file beside `target` and returns its path. */
export async function writeTemp(fs: FsModule, target: string, text: string): Promise<string> {
  const temp = tempPathFor(target);
  try {
    await fs.promises.writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
  return temp;
}

export class TargetExistsError extends Error {
  constructor(readonly target: string) {
    super(`${target} already exists`);
    this.name = 'TargetExistsError';
  }
}

/**
 * Moves a finished temporary file to `target`. With `overwrite` false it never replaces an existing file, even one
 * that appeared since the caller looked: a hard link fails atomically on an existing name (a rename would not).
 */
export async function commitTemp(fs: FsModule, temp: string, target: string, overwrite: boolean): Promise<void> {
  try {
    if (overwrite) {
      await fs.promises.rename(temp, target);
      return;
    }
    try {
      await fs.promises.link(temp, target);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') throw new TargetExistsError(target);
      // Some file systems have no hard links: check, then rename (a small race, but no silent loss in practice).
      if (!isLinkUnsupported(error)) throw error;
      if (await exists(fs, target)) throw new TargetExistsError(target);
      await fs.promises.rename(temp, target);
      return;
    }
    await removeQuietly(fs, temp);
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
}

/** Writes `text` to `target` atomically: readers see the old content or the new one, never a part. */
export async function writeFileAtomic(fs: FsModule, target: string, text: string, overwrite: boolean): Promise<void> {
  const temp = await writeTemp(fs, target, text);
  await commitTemp(fs, temp, target, overwrite);
}

export async function removeQuietly(fs: FsModule, file: string): Promise<void> {
  try {
    await fs.promises.unlink(file);
  } catch {
    // Already gone, or never created: nothing to clean.
  }
}

export async function exists(fs: FsModule, file: string): Promise<boolean> {
  try {
    await fs.promises.lstat(file);
    return true;
  } catch {
    return false;
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function isLinkUnsupported(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV';
}
