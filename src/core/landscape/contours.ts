// Contour lines of a sampled surface by marching squares: the level sets f = c drawn on the landscape.
import type { GridSample } from './grid';

/**
 * count levels spread so each band covers about the same area of the domain (quantiles of the samples),
 * which reads well on surfaces whose cost spans several orders of magnitude. Pure.
 */
export function contourLevels(g: GridSample, count: number): number[] {
  const finite: number[] = [];
  for (let i = 0; i < g.f.length; i += 7) { const v = g.f[i] as number; if (Number.isFinite(v)) finite.push(v); }
  if (finite.length < 2) return [];
  finite.sort((a, b) => a - b);
  const levels: number[] = [];
  for (let k = 1; k <= count; k++) {
    const v = finite[Math.min(finite.length - 1, Math.floor((k / (count + 1)) * finite.length))] as number;
    if (levels.length === 0 || v > (levels[levels.length - 1] as number)) levels.push(v);
  }
  return levels;
}

/** Index of the first level ≥ v in ascending levels (binary search). Pure. */
function firstAtLeast(levels: readonly number[], v: number): number {
  let lo = 0, hi = levels.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if ((levels[mid] as number) < v) lo = mid + 1; else hi = mid; }
  return lo;
}

/**
 * Marching squares: segments (x1, y1, x2, y2) in maths coordinates, and each segment's level index.
 * levels must be ascending. Each cell visits only the levels between its lowest and highest corner.
 * Cells with a non-finite corner are skipped. Allocates the result.
 */
export function contourSegments(g: GridSample, levels: readonly number[]): { segments: Float64Array; level: Uint16Array } {
  const { n, domain: d, f } = g;
  const hx = (d.xMax - d.xMin) / (n - 1), hy = (d.yMax - d.yMin) / (n - 1);
  const seg: number[] = [], lev: number[] = [];
  const ex = [0, 0, 0, 0], ey = [0, 0, 0, 0];
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const o = j * n + i;
      const a = f[o] as number, b = f[o + 1] as number, cc = f[o + n + 1] as number, dd = f[o + n] as number;
      if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(cc) && Number.isFinite(dd))) continue;
      const lo = Math.min(a, b, cc, dd), hi = Math.max(a, b, cc, dd);
      const x0 = d.xMin + i * hx, y0 = d.yMin + j * hy, x1 = x0 + hx, y1 = y0 + hy;
      for (let li = firstAtLeast(levels, lo); li < levels.length; li++) {
        const c = levels[li] as number;
        if (c >= hi) break;
        // Crossing points on the edges: bottom (a–b), right (b–cc), top (dd–cc), left (a–dd).
        let k = 0;
        if ((a > c) !== (b > c)) { const t = (c - a) / (b - a); ex[k] = x0 + t * hx; ey[k] = y0; k++; }
        if ((b > c) !== (cc > c)) { const t = (c - b) / (cc - b); ex[k] = x1; ey[k] = y0 + t * hy; k++; }
        if ((dd > c) !== (cc > c)) { const t = (c - dd) / (cc - dd); ex[k] = x0 + t * hx; ey[k] = y1; k++; }
        if ((a > c) !== (dd > c)) { const t = (c - a) / (dd - a); ex[k] = x0; ey[k] = y0 + t * hy; k++; }
        for (let q = 0; q + 1 < k; q += 2) {
          seg.push(ex[q] as number, ey[q] as number, ex[q + 1] as number, ey[q + 1] as number);
          lev.push(li);
        }
      }
    }
  }
  return { segments: Float64Array.from(seg), level: Uint16Array.from(lev) };
}
