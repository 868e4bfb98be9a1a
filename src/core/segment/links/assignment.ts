// The best one-to-one assignment of rows to columns (Hungarian method), for choosing links all together.
import type { Piece } from './pieces';

/** Most ends (or starts) matched all together: a page's worth. Beyond, pairs are taken best first. */
const MAX_ASSIGNED = 48;

/**
 * Of candidate links between open ends and starts, the ones an assignment with the largest total score keeps (pairs
 * scoring under `minScore` count as no link); every candidate where there are too many ends or starts to match all
 * together. The caller links them best first, skipping any that a link already made rules out.
 */
export function bestPairs<T extends { score: number; a: Piece; b: Piece }>(candidates: readonly T[], minScore: number): T[] {
  const worth = candidates.filter((c) => c.score >= minScore);
  const rows = [...new Set(worth.map((c) => c.a.id))];
  const columns = [...new Set(worth.map((c) => c.b.id))];
  if (rows.length > MAX_ASSIGNED || columns.length > MAX_ASSIGNED) return [...candidates];
  const n = Math.max(rows.length, columns.length);
  const row = new Map(rows.map((id, x) => [id, x]));
  const column = new Map(columns.map((id, y) => [id, y]));
  const weights = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const byCell = new Map<number, T>();
  for (const c of worth) {
    const x = row.get(c.a.id) ?? 0;
    const y = column.get(c.b.id) ?? 0;
    if (c.score <= weights[x][y]) continue;
    weights[x][y] = c.score;
    byCell.set(x * n + y, c);
  }
  const out: T[] = [];
  bestAssignment(weights).forEach((y, x) => {
    const c = byCell.get(x * n + y);
    if (c) out.push(c);
  });
  return out;
}

/**
 * For a square matrix of weights, the column given to each row so that the sum of the chosen weights is largest
 * (Kuhn–Munkres, O(n³)). A weight of 0 stands for "no link": rows left without a worthwhile column take one.
 */
export function bestAssignment(weights: readonly (readonly number[])[]): number[] {
  const n = weights.length;
  if (n === 0) return [];
  // Minimise the cost (largest weight − weight); arrays are 1-based as in the textbook statement.
  let top = 0;
  for (const row of weights) for (const w of row) top = Math.max(top, w);
  const cost = (i: number, j: number) => top - weights[i - 1][j - 1];
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const rowOf = new Int32Array(n + 1);
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    rowOf[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = rowOf[j0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) { u[rowOf[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (rowOf[j0] !== 0);
    do {
      const j1 = way[j0];
      rowOf[j0] = rowOf[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const columnOf = new Array<number>(n).fill(-1);
  for (let j = 1; j <= n; j++) if (rowOf[j] > 0) columnOf[rowOf[j] - 1] = j - 1;
  return columnOf;
}
