// Sampling a surface on a regular grid: heights and gradients for the landscape mesh and contours.
import type { Domain, Surface } from '../types';

/** A sampled grid: n × n points, row-major with x varying fastest, y from yMin up. */
export interface GridSample {
  readonly n: number;
  readonly domain: Domain;
  readonly f: Float64Array;
  readonly gx: Float64Array;
  readonly gy: Float64Array;
  /** Finite extremes of f (non-finite samples are skipped). */
  min: number;
  max: number;
  /** Number of samples where f or its gradient was not finite. */
  undefinedCount: number;
}

/** Allocates a grid of n × n samples. */
export function createGridSample(n: number, domain: Domain): GridSample {
  const m = n * n;
  return { n, domain, f: new Float64Array(m), gx: new Float64Array(m), gy: new Float64Array(m), min: 0, max: 0, undefinedCount: 0 };
}

const _g = new Float64Array(2);
let _xs = new Float64Array(0), _ys = new Float64Array(0);

/** Fills out with f and ∇f at every grid point (rows from..to only, if given). Mutates out; reuses scratch rows. */
export function sampleGrid(surface: Surface, out: GridSample, fromRow = 0, toRow = out.n): void {
  const { n, domain: d, f, gx, gy } = out;
  const hx = (d.xMax - d.xMin) / (n - 1), hy = (d.yMax - d.yMin) / (n - 1);
  const many = surface.evalMany;
  if (many) {
    if (_xs.length < n) { _xs = new Float64Array(n); _ys = new Float64Array(n); }
    for (let i = 0; i < n; i++) _xs[i] = d.xMin + i * hx;
    for (let j = fromRow; j < toRow; j++) {
      _ys.fill(d.yMin + j * hy, 0, n);
      const o = j * n;
      many(_xs, _ys, n, f.subarray(o, o + n), gx.subarray(o, o + n), gy.subarray(o, o + n));
    }
  } else {
    for (let j = fromRow; j < toRow; j++) {
      const y = d.yMin + j * hy;
      for (let i = 0, o = j * n; i < n; i++, o++) {
        const x = d.xMin + i * hx;
        f[o] = surface.f(x, y);
        surface.grad(x, y, _g);
        gx[o] = _g[0] as number; gy[o] = _g[1] as number;
      }
    }
  }
}

/** Recomputes out.min, out.max and out.undefinedCount over the finite samples. Mutates out. */
export function measureGrid(out: GridSample): void {
  let min = Infinity, max = -Infinity, bad = 0;
  const { f, gx, gy } = out;
  for (let i = 0; i < f.length; i++) {
    const v = f[i] as number;
    if (!Number.isFinite(v) || !Number.isFinite(gx[i] as number) || !Number.isFinite(gy[i] as number)) { bad++; continue; }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  out.min = bad === f.length ? 0 : min;
  out.max = bad === f.length ? 0 : max;
  out.undefinedCount = bad;
}

/**
 * Unit normals of the height field z = zScale·f(x, y) (z up), three floats per sample, into out.
 * Non-finite gradients give the up vector. Mutates out.
 */
export function gridNormals(s: GridSample, zScale: number, out: Float32Array): void {
  const { gx, gy } = s;
  for (let i = 0, o = 0; i < gx.length; i++, o += 3) {
    let nx = -zScale * (gx[i] as number), ny = -zScale * (gy[i] as number);
    if (!Number.isFinite(nx) || !Number.isFinite(ny)) { nx = 0; ny = 0; }
    const inv = 1 / Math.sqrt(nx * nx + ny * ny + 1);
    out[o] = nx * inv; out[o + 1] = ny * inv; out[o + 2] = inv;
  }
}
