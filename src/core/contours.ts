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

/**
 * Marching squares: segments (x1, y1, x2, y2) in maths coordinates, and each segment's level index.
 * Cells with a non-finite corner are skipped. Allocates the result.
 */
export function contourSegments(g: GridSample, levels: readonly number[]): { segments: Float64Array; level: Uint16Array } {
  const { n, domain: d, f } = g;
  const hx = (d.xMax - d.xMin) / (n - 1), hy = (d.yMax - d.yMin) / (n - 1);
  const seg: number[] = [], lev: number[] = [];
  const ex = [0, 0, 0, 0], ey = [0, 0, 0, 0];
  for (let li = 0; li < levels.length; li++) {
    const c = levels[li] as number;
    for (let j = 0; j < n - 1; j++) {
      for (let i = 0; i < n - 1; i++) {
        const o = j * n + i;
        const a = f[o] as number, b = f[o + 1] as number, cc = f[o + n + 1] as number, dd = f[o + n] as number;
        if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(cc) && Number.isFinite(dd))) continue;
        const code = (a > c ? 1 : 0) | (b > c ? 2 : 0) | (cc > c ? 4 : 0) | (dd > c ? 8 : 0);
        if (code === 0 || code === 15) continue;
        const x0 = d.xMin + i * hx, y0 = d.yMin + j * hy;
        // Crossing points on the four edges: bottom (a-b), right (b-cc), top (dd-cc), left (a-dd).
        let k = 0;
        const edge = (v1: number, v2: number, px1: number, py1: number, px2: number, py2: number) => {
          if ((v1 > c) === (v2 > c)) return;
          const t = (c - v1) / (v2 - v1);
          ex[k] = px1 + t * (px2 - px1); ey[k] = py1 + t * (py2 - py1); k++;
        };
        edge(a, b, x0, y0, x0 + hx, y0);
        edge(b, cc, x0 + hx, y0, x0 + hx, y0 + hy);
        edge(dd, cc, x0, y0 + hy, x0 + hx, y0 + hy);
        edge(a, dd, x0, y0, x0, y0 + hy);
        for (let s = 0; s + 1 < k; s += 2) {
          seg.push(ex[s] as number, ey[s] as number, ex[s + 1] as number, ey[s + 1] as number);
          lev.push(li);
        }
      }
    }
  }
  return { segments: Float64Array.from(seg), level: Uint16Array.from(lev) };
}
