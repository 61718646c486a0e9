// Helpers that explain what a run is doing: curvature, critical learning rate, which minimum it reached.
import type { CriticalPoint, Surface } from '../types';

const _h = new Float64Array(3);

/** Eigenvalues (λ_min, λ_max) of the symmetric 2×2 Hessian [a b; b c]. Pure. */
export function eigen2(a: number, b: number, c: number): [number, number] {
  const m = (a + c) / 2, r = Math.hypot((a - c) / 2, b);
  return [m - r, m + r];
}

/** Eigenvalues of the Hessian at (x, y). Pure. */
export function hessianEigenvalues(surface: Surface, x: number, y: number): [number, number] {
  surface.hess(x, y, _h);
  return eigen2(_h[0] as number, _h[1] as number, _h[2] as number);
}

/**
 * The largest learning rate for which plain descent is locally stable at (x, y): 2/λ_max(∇²f).
 * Null where the Hessian is not positive definite (no local bowl there). Pure.
 */
export function criticalLearningRate(surface: Surface, x: number, y: number): number | null {
  const [lo, hi] = hessianEigenvalues(surface, x, y);
  return lo > 0 && Number.isFinite(hi) ? 2 / hi : null;
}

/**
 * The mirror image for gradient ascent: the largest learning rate for which plain ascent is locally
 * stable at (x, y), 2/|λ_min(∇²f)|. Null where the Hessian is not negative definite (no local cap). Pure.
 */
export function criticalAscentRate(surface: Surface, x: number, y: number): number | null {
  const [lo, hi] = hessianEigenvalues(surface, x, y);
  return hi < 0 && Number.isFinite(lo) ? 2 / -lo : null;
}

/** How close (as a fraction of the domain's diagonal) a point must be to count as at a known minimum. */
export const MINIMUM_RADIUS = 0.01;

/** The nearest known minimum within MINIMUM_RADIUS of the domain's diagonal from (x, y), or null. Pure. */
export function identifyMinimum(surface: Surface, x: number, y: number): CriticalPoint | null {
  const i = minimumIndex(surface, x, y);
  return i < 0 ? null : (surface.critical[i] ?? null);
}

interface PointTable { readonly xs: Float64Array; readonly ys: Float64Array; readonly index: Int32Array; readonly r2: number }
const minimaTables = new WeakMap<Surface, PointTable>();
const criticalTables = new WeakMap<Surface, PointTable>();

/** Critical points of the surface that pass `keep`, as flat arrays (cached per surface in `cache`). */
function pointTable(surface: Surface, cache: WeakMap<Surface, PointTable>, keep: (c: CriticalPoint) => boolean): PointTable {
  let t = cache.get(surface);
  if (t === undefined) {
    const idx: number[] = [];
    surface.critical.forEach((c, i) => { if (keep(c)) idx.push(i); });
    const d = surface.domain, r = MINIMUM_RADIUS * Math.hypot(d.xMax - d.xMin, d.yMax - d.yMin);
    t = {
      xs: Float64Array.from(idx, (i) => surface.critical[i]!.x), ys: Float64Array.from(idx, (i) => surface.critical[i]!.y),
      index: Int32Array.from(idx), r2: r * r,
    };
    cache.set(surface, t);
  }
  return t;
}

/** The surface's minima as flat arrays, built once per surface (cached). */
const minimaTable = (surface: Surface): PointTable => pointTable(surface, minimaTables, (c) => c.kind === 'min');

/**
 * The nearest known critical point of any kind (minimum, saddle, maximum) within MINIMUM_RADIUS of the
 * domain's diagonal from (x, y), or null: where a run that stopped moving came to rest. Pure (caches a table).
 */
export function identifyCritical(surface: Surface, x: number, y: number): CriticalPoint | null {
  const i = nearestIn(pointTable(surface, criticalTables, () => true), x, y);
  return i < 0 ? null : (surface.critical[i] ?? null);
}

/** Index into surface.critical of the nearest known minimum within the radius, or -1. Pure (caches a table). */
export function minimumIndex(surface: Surface, x: number, y: number): number {
  return nearestIn(minimaTable(surface), x, y);
}

/** A fast classifier for many points on one surface: (x, y) → minimumIndex(surface, x, y). */
export function createMinimumFinder(surface: Surface): (x: number, y: number) => number {
  const t = minimaTable(surface);
  return (x, y) => nearestIn(t, x, y);
}

/** Index into surface.critical of the table's nearest point within its radius, or -1. Pure. */
function nearestIn(t: PointTable, x: number, y: number): number {
  let best = -1, bestD = t.r2;
  for (let k = 0; k < t.xs.length; k++) {
    const dx = (t.xs[k] as number) - x, dy = (t.ys[k] as number) - y, dd = dx * dx + dy * dy;
    if (dd <= bestD) { bestD = dd; best = t.index[k] as number; }
  }
  return best;
}

/**
 * Why a minimum has no critical learning rate: a cone point (a non-finite Hessian), a corner or crease (a
 * finite Hessian, but the gradient does not shrink towards the point, as |x| + |y| at 0), or no curvature at all.
 */
export type NoRateReason = 'cone' | 'corner' | 'flat';

const _cg = new Float64Array(2);
/** Offsets, as fractions of the domain's larger half-width, at which cornerAt() compares the gradient. */
const CORNER_NEAR = 1e-6, CORNER_FAR = 1e-4;

/**
 * True when the gradient keeps its size as (x, y) is approached from some direction: at a smooth stationary
 * point ‖∇f‖ shrinks at least in proportion to the distance (by 100× from CORNER_FAR to CORNER_NEAR), at a
 * corner it does not (|x| has |f′| = 1 on both sides). Gradients below 1e-9 count as vanishing. Pure.
 */
function cornerAt(surface: Surface, x: number, y: number): boolean {
  const d = surface.domain, half = Math.max(d.xMax - d.xMin, d.yMax - d.yMin) / 2;
  for (let k = 0; k < 8; k++) {
    const cx = Math.cos((k * Math.PI) / 4), cy = Math.sin((k * Math.PI) / 4);
    surface.grad(x + CORNER_NEAR * half * cx, y + CORNER_NEAR * half * cy, _cg);
    const near = Math.hypot(_cg[0] as number, _cg[1] as number);
    surface.grad(x + CORNER_FAR * half * cx, y + CORNER_FAR * half * cy, _cg);
    const far = Math.hypot(_cg[0] as number, _cg[1] as number);
    if (near > 1e-9 && near > 0.1 * far) return true;
  }
  return false;
}

/** A known minimum and plain descent's critical learning rate 2/λ_max there, or why there is none. */
export interface MinimumRate {
  /** Index into surface.critical. */
  readonly index: number;
  readonly point: CriticalPoint;
  readonly rate: number | null;
  /** Set exactly when rate is null. */
  readonly reason: NoRateReason | null;
}

/**
 * Every known minimum's critical learning rate, in the order of surface.critical: 2/λ_max(∇²f) where the
 * Hessian is finite and curves upward somewhere; 'cone' where it is not finite (curvature without bound,
 * so no rate is stable right at the point); 'corner' where it is finite but the gradient does not vanish
 * towards the point (a kink: no rate is stable there either); 'flat' where λ_max ≤ 0 (no curvature sets a bound). Pure.
 */
export function minimaCriticalRates(surface: Surface): MinimumRate[] {
  const out: MinimumRate[] = [];
  surface.critical.forEach((point, index) => {
    if (point.kind !== 'min') return;
    surface.hess(point.x, point.y, _h);
    const a = _h[0] as number, b = _h[1] as number, c = _h[2] as number;
    if (!(Number.isFinite(a) && Number.isFinite(b) && Number.isFinite(c))) { out.push({ index, point, rate: null, reason: 'cone' }); return; }
    if (cornerAt(surface, point.x, point.y)) { out.push({ index, point, rate: null, reason: 'corner' }); return; }
    const hi = eigen2(a, b, c)[1];
    out.push(hi > 0 ? { index, point, rate: 2 / hi, reason: null } : { index, point, rate: null, reason: 'flat' });
  });
  return out;
}

/**
 * The minimum with the smallest critical rate (the one that limits plain descent most), or null if none has
 * a rate. Of rates equal to rounding (1e-9 relative), the first in surface.critical wins. Pure.
 */
export function smallestCriticalRate(rates: readonly MinimumRate[]): (MinimumRate & { readonly rate: number }) | null {
  let best: (MinimumRate & { readonly rate: number }) | null = null;
  for (const r of rates) if (r.rate !== null && (best === null || r.rate < best.rate * (1 - 1e-9))) best = { ...r, rate: r.rate };
  return best;
}
