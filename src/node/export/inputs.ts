// Expands the paths given to an export (files and folders) into the list of page dumps to read, in a stable order.
import * as path from 'node:path';
import type { FsModule } from '../fs/atomicWrite';
import type { ExportInput } from './batchExport';

/** File name endings read as page dumps when a folder is exported. */
export const PAGE_DUMP_EXTENSIONS: readonly string[] = ['.txt', '.newsdump', '.pagedump'];

/** Folders never entered: hidden ones (`.git`, …) and installed packages. */
function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

export function isPageDumpName(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith('.') && PAGE_DUMP_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * A file stands for itself (whatever its name); a folder stands for every page dump below it, recursively, with
 * the subfolder kept in the destination (`in/a/p.txt` → `OUT/a/p.json`) so equal names in two folders don't collide.
 * `exclude` is a folder never entered (the destination, when it lies inside an exported folder).
 */
export async function collectInputs(fs: FsModule, paths: readonly string[], exclude?: string): Promise<ExportInput[]> {
  const inputs: ExportInput[] = [];
  for (const given of paths) {
    const stat = await fs.promises.stat(given);
    if (stat.isDirectory()) await walk(fs, given, '', inputs, exclude ? path.resolve(exclude) : undefined);
    else inputs.push({ path: given, sourceName: path.basename(given), outSubdir: '' });
  }
  return inputs;
}

async function walk(fs: FsModule, root: string, relative: string, into: ExportInput[], exclude: string | undefined): Promise<void> {
  const dir = path.join(root, relative);
  if (exclude !== undefined && path.resolve(dir) === exclude) return;
  const entries = await fs.promises.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!isSkippedFolder(entry.name)) await walk(fs, root, path.join(relative, entry.name), into, exclude);
    } else if (entry.isFile() && isPageDumpName(entry.name)) {
      into.push({ path: path.join(dir, entry.name), sourceName: entry.name, outSubdir: relative });
    }
  }
}
