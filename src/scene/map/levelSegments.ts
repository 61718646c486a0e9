// The one level set the map's hover draws, by marching squares straight into a line buffer: a pointer move
// writes into the same Float32Array instead of building a contour and a new geometry (core's
// contourSegments does many levels at once and allocates its result).
import type { GridSample } from '../../core/landscape/grid';
import type { SceneFrame } from '../frame';

/** Most segments one level can have on an n × n grid: two per cell (a saddle). Pure. */
export const maxLevelSegments = (n: number): number => 2 * (n - 1) * (n - 1);

const _ex = new Float64Array(4), _ey = new Float64Array(4);

/**
 * Writes the segments of f = c on grid g into out as scene points (x, height, z), six floats a segment, in
 * contourSegments' order, and returns how many it wrote (at most out.length / 6). A cell counts when its
 * corners are finite and its lowest corner ≤ c < its highest. Mutates out only.
 */
export function writeLevelSegments(g: GridSample, c: number, fr: SceneFrame, height: number, out: Float32Array): number {
  const { n, domain: d, f } = g;
  const hx = (d.xMax - d.xMin) / (n - 1), hy = (d.yMax - d.yMin) / (n - 1), cap = Math.floor(out.length / 6);
  let m = 0;
  for (let j = 0; j < n - 1; j++) {
    for (let i = 0; i < n - 1; i++) {
      const o = j * n + i;
      const a = f[o]!, b = f[o + 1]!, cc = f[o + n + 1]!, dd = f[o + n]!;
      if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(cc) && Number.isFinite(dd))) continue;
      if (!(Math.min(a, b, cc, dd) <= c && c < Math.max(a, b, cc, dd))) continue;
      const x0 = d.xMin + i * hx, y0 = d.yMin + j * hy;
      // Crossings on the edges: bottom (a–b), right (b–cc), top (dd–cc), left (a–dd).
      let k = 0;
      if ((a > c) !== (b > c)) { _ex[k] = x0 + ((c - a) / (b - a)) * hx; _ey[k] = y0; k++; }
      if ((b > c) !== (cc > c)) { _ex[k] = x0 + hx; _ey[k] = y0 + ((c - b) / (cc - b)) * hy; k++; }
      if ((dd > c) !== (cc > c)) { _ex[k] = x0 + ((c - dd) / (cc - dd)) * hx; _ey[k] = y0 + hy; k++; }
      if ((a > c) !== (dd > c)) { _ex[k] = x0; _ey[k] = y0 + ((c - a) / (dd - a)) * hy; k++; }
      for (let q = 0; q + 1 < k && m < cap; q += 2, m++) {
        const w = 6 * m;
        // Maths y is the scene's −z.
        out[w] = (_ex[q]! - fr.cx) * fr.s; out[w + 1] = height; out[w + 2] = -(_ey[q]! - fr.cy) * fr.s;
        out[w + 3] = (_ex[q + 1]! - fr.cx) * fr.s; out[w + 4] = height; out[w + 5] = -(_ey[q + 1]! - fr.cy) * fr.s;
      }
    }
  }
  return m;
}
