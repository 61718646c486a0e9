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

/** The largest of 1, 2, 5 × 10ᵏ that is at most v (v > 0). Pure. */
function niceFloor(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  const r = v / p;
  return (r >= 5 ? 5 : r >= 2 ? 2 : 1) * p;
}

/**
 * Ascending levels moved to round numbers, so a map can label them: each level goes to the nearest multiple
 * of the coarsest 1, 2 or 5 × 10ᵏ step not above half the gap to its nearest neighbour, so it moves by at
 * most a quarter of that gap and the order stays strict. Pure.
 */
export function roundedLevels(levels: readonly number[]): number[] {
  const n = levels.length;
  return levels.map((v, i) => {
    const below = i > 0 ? v - (levels[i - 1] as number) : Infinity;
    const above = i < n - 1 ? (levels[i + 1] as number) - v : Infinity;
    let gap = Math.min(below, above);
    if (!Number.isFinite(gap)) gap = Math.abs(v) || 1;
    if (!(gap > 0)) return v;
    const step = niceFloor(gap / 2);
    const r = Math.round(v / step) * step;
    return Number(r.toPrecision(12)) + 0;
  });
}

/** Where a level's label goes: a point on one of its contour segments, in maths coordinates. */
export interface LevelSpot {
  readonly level: number;
  readonly x: number;
  readonly y: number;
}

/**
 * At most one label spot per level: the midpoint of the level's segment farthest from the spots already
 * chosen (levels taken in order), at least `margin` inside the domain, kept only when it is at least
 * `minDist` from every other spot, so labels never crowd. Pure; allocates the result.
 */
export function levelLabelSpots(
  contours: { segments: Float64Array; level: Uint16Array }, levelCount: number,
  domain: { xMin: number; xMax: number; yMin: number; yMax: number }, minDist: number, margin: number,
): LevelSpot[] {
  const { segments: s, level } = contours;
  const spots: LevelSpot[] = [];
  for (let li = 0; li < levelCount; li++) {
    let best = -1, bx = 0, by = 0;
    for (let i = 0; i < level.length; i++) {
      if (level[i] !== li) continue;
      const x = ((s[4 * i] as number) + (s[4 * i + 2] as number)) / 2, y = ((s[4 * i + 1] as number) + (s[4 * i + 3] as number)) / 2;
      if (x < domain.xMin + margin || x > domain.xMax - margin || y < domain.yMin + margin || y > domain.yMax - margin) continue;
      let d = Infinity;
      for (const p of spots) d = Math.min(d, Math.hypot(p.x - x, p.y - y));
      if (d > best) { best = d; bx = x; by = y; }
    }
    if (best >= minDist) spots.push({ level: li, x: bx, y: by });
  }
  return spots;
}
