// The minimum of the mean absolute error (least absolute deviations) and of the Huber cost of a line fit.
// Both are convex in (w, b): with b minimised out, g(w) = min_b J(w, b) is convex, found by golden section;
// then polished exactly (LAD: the line through two data points, a vertex of its linear programme; Huber:
// Newton steps on its piecewise quadratic). Accuracy: |Δw| ≤ 1e-11·(1 + |w|) before polishing, and the
// tests compare with a brute-force search.
import { pointLoss, pointSlope, LOSS_HUBER, LOSS_MAE, type LossCode } from './losses';
import { minimizeConvex1d } from './minimize1d';

export interface Fit { readonly w: number; readonly b: number; readonly cost: number }

/** (1/m) Σ loss(w xᵢ + b − yᵢ). Pure. */
function costOf(xs: Float64Array, ys: Float64Array, code: LossCode, delta: number, w: number, b: number): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += pointLoss(code, w * (xs[i] as number) + b, ys[i] as number, delta);
  return s / xs.length;
}

/** The median of v (sorted in place). Mutates v. */
function medianInPlace(v: Float64Array): number {
  v.sort();
  const n = v.length, h = n >> 1;
  return n % 2 === 1 ? (v[h] as number) : ((v[h - 1] as number) + (v[h] as number)) / 2;
}

/** For a fixed w, the b that minimises the Huber cost: the root of the non-decreasing Σ clamp(w xᵢ + b − yᵢ, ±δ). Pure. */
function huberIntercept(xs: Float64Array, ys: Float64Array, delta: number, w: number): number {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < xs.length; i++) { const u = (ys[i] as number) - w * (xs[i] as number); if (u < lo) lo = u; if (u > hi) hi = u; }
  lo -= delta; hi += delta;
  for (let it = 0; it < 200 && hi - lo > 1e-15 * (1 + Math.abs(lo) + Math.abs(hi)); it++) {
    const b = (lo + hi) / 2;
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += pointSlope(LOSS_HUBER, w * (xs[i] as number) + b, ys[i] as number, delta);
    if (s > 0) hi = b; else lo = b;
  }
  return (lo + hi) / 2;
}

/** A starting slope and scale: least squares' slope and the spread of slopes that fit the data's ranges. Pure. */
function slopeScale(xs: Float64Array, ys: Float64Array): { w0: number; step: number } {
  const m = xs.length;
  let mx = 0, my = 0;
  for (let i = 0; i < m; i++) { mx += xs[i] as number; my += ys[i] as number; }
  mx /= m; my /= m;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < m; i++) { const dx = (xs[i] as number) - mx, dy = (ys[i] as number) - my; sxx += dx * dx; sxy += dx * dy; syy += dy * dy; }
  return { w0: sxy / sxx, step: Math.max(1e-6, Math.sqrt(syy / sxx)) };
}

/** The least-absolute-deviations line of (xs, ys) (xs not all equal). Where the minimum is not unique, one of them. Pure. */
export function fitMae(xs: Float64Array, ys: Float64Array): Fit {
  const m = xs.length, u = new Float64Array(m);
  const interceptAt = (w: number): number => { for (let i = 0; i < m; i++) u[i] = (ys[i] as number) - w * (xs[i] as number); return medianInPlace(u); };
  const g = (w: number): number => costOf(xs, ys, LOSS_MAE, 0, w, interceptAt(w));
  const { w0, step } = slopeScale(xs, ys);
  let w = minimizeConvex1d(g, w0, step, 1e-13);
  let b = interceptAt(w);
  let cost = costOf(xs, ys, LOSS_MAE, 0, w, b);
  // Polish: a LAD line passes through two data points; try the lines through the closest few pairs.
  const order = Array.from({ length: m }, (_, i) => i).sort((i, j) => Math.abs(w * (xs[i] as number) + b - (ys[i] as number)) - Math.abs(w * (xs[j] as number) + b - (ys[j] as number)));
  const near = order.slice(0, Math.min(m, 6));
  for (const i of near) {
    for (const j of near) {
      const xi = xs[i] as number, xj = xs[j] as number;
      if (!(j > i) || xi === xj) continue;
      const wv = ((ys[j] as number) - (ys[i] as number)) / (xj - xi), bv = (ys[i] as number) - wv * xi;
      const cv = costOf(xs, ys, LOSS_MAE, 0, wv, bv);
      if (cv <= cost) { w = wv; b = bv; cost = cv; }
    }
  }
  return { w, b, cost };
}

/** The Huber gradient (gw, gb) and the Hessian (a, c, d) over the points within δ, at (w, b). Pure. */
function huberDerivatives(xs: Float64Array, ys: Float64Array, delta: number, w: number, b: number): [number, number, number, number, number] {
  let gw = 0, gb = 0, a = 0, c = 0, d = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number, r = w * x + b - (ys[i] as number);
    const s = r > delta ? delta : r < -delta ? -delta : r; // h′_δ(r)
    gw += s * x; gb += s;
    if (Math.abs(r) <= delta) { a += x * x; c += x; d += 1; }
  }
  return [gw, gb, a, c, d];
}

/** The Huber(δ) line of (xs, ys) (xs not all equal). Pure. */
export function fitHuber(xs: Float64Array, ys: Float64Array, delta: number): Fit {
  const g = (w: number): number => costOf(xs, ys, LOSS_HUBER, delta, w, huberIntercept(xs, ys, delta, w));
  const { w0, step } = slopeScale(xs, ys);
  let w = minimizeConvex1d(g, w0, step, 1e-13);
  let b = huberIntercept(xs, ys, delta, w);
  // Polish: Newton on the piecewise quadratic (exact once the set of points within δ is right), while the gradient shrinks.
  let [gw, gb, a, c, d] = huberDerivatives(xs, ys, delta, w, b);
  for (let it = 0; it < 20 && (gw !== 0 || gb !== 0); it++) {
    const det = a * d - c * c;
    if (!(det > 0)) break;
    const nw = w - (d * gw - c * gb) / det, nb = b - (a * gb - c * gw) / det;
    const next = huberDerivatives(xs, ys, delta, nw, nb);
    if (!(Math.hypot(next[0], next[1]) < Math.hypot(gw, gb))) break;
    w = nw; b = nb; [gw, gb, a, c, d] = next;
  }
  return { w, b, cost: costOf(xs, ys, LOSS_HUBER, delta, w, b) };
}
