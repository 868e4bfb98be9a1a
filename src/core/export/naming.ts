// Output naming: a source's stem, and "keep both" names that collide with nothing already there.

/** The last path segment of `path`, for either separator. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1];
}

/** The file name without its last extension: `page-01.txt` → `page-01`, `a.dump.txt` → `a.dump`, `.hidden` stays. */
export function stemOf(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * The first of `stem`, `stem (2)`, `stem (3)`… whose output names (`namesFor(candidate)`) are all free.
 * A page's outputs (several `.txt` files) share one suffix, so they stay together.
 */
export function uniqueStem(stem: string, namesFor: (candidate: string) => readonly string[], isTaken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? stem : `${stem} (${n})`;
    if (!namesFor(candidate).some(isTaken)) return candidate;
  }
}
