// Stationary points of a surface found numerically: Newton's method on the exact gradient and
// Hessian from a grid of seeds, kept where ∇f vanishes inside the domain, merged, classified, labelled.
import { eigen2 } from '../descent/insight';
import type { CriticalKind, CriticalPoint, Surface } from '../types';
import { labelCritical } from './kit';

export interface CriticalSearch {
  /** Labelled like a built-in's (M1… by ascending f, X1…, S1…), at most MAX_CRITICAL. */
  readonly points: readonly CriticalPoint[];
  /** A sentence for the UI when none were found or some were left out, else null. */
  readonly note: string | null;
}

/** Seeds per side of the grid Newton's method starts from. */
export const SEEDS_PER_SIDE = 12;
/** Most points kept: the scene labels only a few dozen. */
export const MAX_CRITICAL = 24;
const MAX_ITERATIONS = 60;
/** Samples per side of the finer grid whose local extremes also seed the search. */
const FINE_PER_SIDE = 41;
/** Most seeds taken from the finer grid's local minima, and again from its maxima. */
const EXTREME_SEEDS = 48;

type Smooth = Pick<Surface, 'f' | 'grad' | 'hess' | 'domain'>;

const _g = new Float64Array(2);
const _h = new Float64Array(3);

/**
 * The critical points of s inside its domain: Newton's method from SEEDS_PER_SIDE² cell centres and
 * the finer grid's local extremes; a point counts where the iteration settles inside the domain with
 * |∇f| below 1e-7 of the median |∇f| (or of 1), and points closer than 1e-5 of the diagonal are one.
 * Kinds come from the Hessian's eigenvalues. Where it is degenerate (an eigenvalue within 1e-6 of
 * zero relative to the other: x⁴ + y⁴, the monkey saddle, |x| + |y| at its corner) the kind comes from
 * f on a small ring around the point (widened once if too flat): all higher is a minimum, all lower a
 * maximum, some of each a saddle. A ring that is otherwise level somewhere, or three or more
 * degenerate points, is a curve of critical points (a trough or a ring, not isolated points): those
 * are left out and the note says so. Newton's linear crawl into a degenerate point (steps shrinking by
 * a steady ratio) is shortened by jumping the rest of the geometric series. Pure (calls s's functions only).
 */
export function findCriticalPoints(s: Smooth): CriticalSearch {
  const d = s.domain;
  const diag = Math.hypot(d.xMax - d.xMin, d.yMax - d.yMin);
  const gTol = 1e-7 * Math.max(1, typicalSlope(s));
  const found: { x: number; y: number; g: number }[] = [];
  for (const [sx, sy] of seeds(s)) {
    const p = newton(s, sx, sy, diag);
    if (p === null || p.g > gTol || !inside(s, p.x, p.y, 1e-9 * diag)) continue;
    const twin = found.find((q) => Math.hypot(q.x - p.x, q.y - p.y) <= 1e-5 * diag);
    if (twin === undefined) found.push(p);
    else if (p.g < twin.g) Object.assign(twin, p);
  }
  const points: CriticalPoint[] = [];
  const degenerate: CriticalPoint[] = [];
  let flat = 0;
  for (const p of found) {
    const c = classify(s, p.x, p.y, diag);
    if (c === 'flat') flat++;
    else if (c !== null) (c.degenerate ? degenerate : points).push({ kind: c.kind, x: p.x, y: p.y, f: s.f(p.x, p.y) });
  }
  // A flat ring, or several degenerate points, is a curve of critical points (a ring or a trough).
  const curve = flat > 0 || degenerate.length >= 3;
  return finish(curve ? points : [...points, ...degenerate], curve);
}

/** Where Newton's method starts: the centres of a grid of cells, then the lowest and highest samples of a finer grid. */
function seeds(s: Smooth): [number, number][] {
  const d = s.domain, w = d.xMax - d.xMin, h = d.yMax - d.yMin;
  const out: [number, number][] = [];
  for (let i = 0; i < SEEDS_PER_SIDE; i++) {
    for (let j = 0; j < SEEDS_PER_SIDE; j++) out.push([d.xMin + ((i + 0.5) / SEEDS_PER_SIDE) * w, d.yMin + ((j + 0.5) / SEEDS_PER_SIDE) * h]);
  }
  // Samples below (or above) their four neighbours start next to a minimum (maximum) the cells may miss.
  const n = FINE_PER_SIDE, f = new Float64Array(n * n);
  const at = (i: number): [number, number] => [d.xMin + ((i % n) / (n - 1)) * w, d.yMin + (Math.floor(i / n) / (n - 1)) * h];
  for (let i = 0; i < n * n; i++) f[i] = s.f(...at(i));
  const lows: number[] = [], highs: number[] = [];
  for (let j = 1; j < n - 1; j++) {
    for (let i = 1; i < n - 1; i++) {
      const k = j * n + i, v = f[k]!, around = [f[k - 1]!, f[k + 1]!, f[k - n]!, f[k + n]!];
      if (!Number.isFinite(v)) continue;
      if (around.every((u) => v < u)) lows.push(k);
      else if (around.every((u) => v > u)) highs.push(k);
    }
  }
  lows.sort((p, q) => f[p]! - f[q]!);
  highs.sort((p, q) => f[q]! - f[p]!);
  for (const k of [...lows.slice(0, EXTREME_SEEDS), ...highs.slice(0, EXTREME_SEEDS)]) out.push(at(k));
  return out;
}

// Newton's iteration x ← x − H⁺∇f (H⁺ the pseudo-inverse, so flat directions take no step), with steps
// capped at a tenth of the diagonal; null if it fails or leaves the view.
function newton(s: Smooth, x0: number, y0: number, diag: number): { x: number; y: number; g: number } | null {
  let x = x0, y = y0, converged = false, lastLen = NaN, lastRatio = NaN;
  for (let k = 0; k < MAX_ITERATIONS && !converged; k++) {
    s.grad(x, y, _g);
    const gx = _g[0]!, gy = _g[1]!;
    if (gx === 0 && gy === 0) { converged = true; break; }
    s.hess(x, y, _h);
    const a = _h[0]!, b = _h[1]!, c = _h[2]!;
    const m = (a + c) / 2, r = Math.hypot((a - c) / 2, b), lo = m - r, hi = m + r;
    // Unit eigenvectors: (cos θ, sin θ) for hi, (−sin θ, cos θ) for lo, with tan 2θ = 2b/(a − c).
    const th = 0.5 * Math.atan2(2 * b, a - c), co = Math.cos(th), si = Math.sin(th);
    const big = Math.max(Math.abs(lo), Math.abs(hi));
    if (!Number.isFinite(big) || big === 0) return null;
    const uHi = Math.abs(hi) > 1e-9 * big ? (co * gx + si * gy) / hi : 0;
    const uLo = Math.abs(lo) > 1e-9 * big ? (-si * gx + co * gy) / lo : 0;
    let dx = -(uHi * co - uLo * si), dy = -(uHi * si + uLo * co);
    const len = Math.hypot(dx, dy), cap = 0.1 * diag, ratio = len / lastLen;
    if (!Number.isFinite(len)) return null;
    if (len > cap) { dx *= cap / len; dy *= cap / len; }
    // Steps shrinking by a steady ratio ρ (a degenerate point such as x⁶'s): jump the rest of the
    // geometric series at once, the step times 1/(1 − ρ).
    else if (ratio > 0.3 && ratio < 0.995 && Math.abs(ratio - lastRatio) < 1e-3) { dx /= 1 - ratio; dy /= 1 - ratio; }
    lastRatio = ratio;
    lastLen = len;
    x += dx;
    y += dy;
    // Wandering well outside the view: this seed leads nowhere we show.
    if (!inside(s, x, y, 0.1 * diag)) return null;
    // Only a settled iteration counts: where f is numerically flat, ∇f is tiny but the steps are not.
    converged = len <= 1e-9 * diag;
  }
  if (!converged) return null;
  s.grad(x, y, _g);
  const g = Math.hypot(_g[0]!, _g[1]!);
  return Number.isFinite(g) && Number.isFinite(s.f(x, y)) ? { x, y, g } : null;
}

// Inside the domain widened by slack on every side.
function inside(s: Smooth, x: number, y: number, slack: number): boolean {
  const d = s.domain;
  return x >= d.xMin - slack && x <= d.xMax + slack && y >= d.yMin - slack && y <= d.yMax + slack;
}

// The median |∇f| over the seed grid: the scale against which "∇f is tiny" is judged.
function typicalSlope(s: Smooth): number {
  const d = s.domain, slopes: number[] = [];
  for (let i = 0; i < SEEDS_PER_SIDE; i++) {
    for (let j = 0; j < SEEDS_PER_SIDE; j++) {
      s.grad(d.xMin + ((i + 0.5) / SEEDS_PER_SIDE) * (d.xMax - d.xMin), d.yMin + ((j + 0.5) / SEEDS_PER_SIDE) * (d.yMax - d.yMin), _g);
      const g = Math.hypot(_g[0]!, _g[1]!);
      if (Number.isFinite(g)) slopes.push(g);
    }
  }
  slopes.sort((p, q) => p - q);
  return slopes[slopes.length >> 1] ?? 1;
}

// Min, max or saddle from the Hessian's eigenvalues, or from f on a ring when they cannot tell.
function classify(s: Smooth, x: number, y: number, diag: number): { kind: CriticalKind; degenerate: boolean } | 'flat' | null {
  s.hess(x, y, _h);
  const [lo, hi] = eigen2(_h[0]!, _h[1]!, _h[2]!);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  const tol = 1e-6 * Math.max(Math.abs(lo), Math.abs(hi));
  if (Math.abs(lo) > tol && Math.abs(hi) > tol) return { kind: lo > 0 ? 'min' : hi < 0 ? 'max' : 'saddle', degenerate: false };
  const f0 = s.f(x, y), flat = 1e-12 * Math.max(1, Math.abs(f0));
  const RING = 16;
  // A wider ring when the narrow one is too flat to tell (high powers such as x¹⁰ at 0).
  for (const r of [1e-3 * diag, 1e-2 * diag]) {
    let above = 0, below = 0;
    for (let k = 0; k < RING; k++) {
      const t = (2 * Math.PI * k) / RING, df = s.f(x + r * Math.cos(t), y + r * Math.sin(t)) - f0;
      if (df > flat) above++;
      else if (df < -flat) below++;
    }
    if (above === RING) return { kind: 'min', degenerate: true };
    if (below === RING) return { kind: 'max', degenerate: true };
    // Level curves through a saddle may meet the ring (x³ − 3xy² is 0 on x = 0), so zeros are allowed here.
    if (above > 0 && below > 0) return { kind: 'saddle', degenerate: true };
  }
  return 'flat';
}

const CURVE_NOTE = 'Some critical points form curves, not isolated points, and are not marked.';

// Marks the lowest minima global (within 1e-8 of |f|), caps the count, labels, and writes the note.
function finish(points: readonly CriticalPoint[], curve: boolean): CriticalSearch {
  if (points.length === 0) return { points: [], note: curve ? CURVE_NOTE : 'No critical points found in the view (∇f = 0 nowhere it was searched).' };
  const minima = points.filter((p) => p.kind === 'min');
  const fMin = Math.min(...minima.map((p) => p.f));
  const tol = 1e-8 * Math.max(1, Math.abs(fMin));
  const marked = points.map((p) => (p.kind === 'min' && p.f <= fMin + tol ? { ...p, global: true } : p));
  const labelled = labelCritical(marked);
  if (labelled.length <= MAX_CRITICAL) return { points: labelled, note: curve ? CURVE_NOTE : null };
  // Keep the lowest minima, then saddles, then maxima (labelCritical's order).
  return {
    points: labelled.slice(0, MAX_CRITICAL),
    note: `Showing ${MAX_CRITICAL} of the ${labelled.length} critical points found in the view.`,
  };
}
