// Cross-sections of a surface through a point: change one parameter, freeze the other.

/** Which parameter a slice varies: 0 = x (y frozen at y0), 1 = y (x frozen at x0). */
export type SliceAxis = 0 | 1;

/** The surface as slices need it: the cost only. */
export interface CostFunction {
  f(x: number, y: number): number;
}

/**
 * Samples the slice through (x0, y0) along `axis` at n evenly spaced values of that parameter from lo to hi:
 * writes the parameter into ts[i] and the cost, f(t, y0) or f(x0, t), into fs[i]. Mutates ts, fs; no allocation.
 */
export function sampleSlice(surface: CostFunction, axis: SliceAxis, x0: number, y0: number, lo: number, hi: number, n: number,
  ts: Float64Array | Float32Array, fs: Float64Array | Float32Array): void {
  const step = n > 1 ? (hi - lo) / (n - 1) : 0;
  for (let i = 0; i < n; i++) {
    const t = i === n - 1 ? hi : lo + i * step;
    ts[i] = t;
    fs[i] = axis === 0 ? surface.f(t, y0) : surface.f(x0, t);
  }
}

/** The tangent line of a slice at t0, with slope s through (t0, f0), evaluated at t: f0 + s·(t − t0). Pure. */
export const tangentAt = (t0: number, f0: number, slope: number, t: number): number => f0 + slope * (t - t0);

/** Both slices through a head, sampled, with their slopes: what the 3D view and the side plot draw. */
export interface SliceFigure {
  readonly n: number;
  x0: number;
  y0: number;
  f0: number;
  /** ∂f/∂x and ∂f/∂y at (x0, y0): the tangents' slopes. */
  slopeX: number;
  slopeY: number;
  /** Slice along x: parameter values and costs f(t, y0). */
  readonly tx: Float64Array;
  readonly fx: Float64Array;
  /** Slice along y: parameter values and costs f(x0, t). */
  readonly ty: Float64Array;
  readonly fy: Float64Array;
}

/** An empty figure of n samples per slice. Allocates; make one and refill it. */
export function createSliceFigure(n: number): SliceFigure {
  return { n, x0: 0, y0: 0, f0: 0, slopeX: 0, slopeY: 0, tx: new Float64Array(n), fx: new Float64Array(n), ty: new Float64Array(n), fy: new Float64Array(n) };
}

/** The surface as a figure needs it: cost, exact gradient, domain. */
export interface SlicedSurface extends CostFunction {
  grad(x: number, y: number, out: Float64Array): void;
  readonly domain: { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number };
}

const _sg = new Float64Array(2);

/**
 * Fills fig with the slices through (x0, y0), each over the head ± span × the domain's width along its axis
 * (kept within the domain), and the exact partials as slopes. Mutates fig; no allocation.
 */
export function fillSliceFigure(fig: SliceFigure, surface: SlicedSurface, x0: number, y0: number, span: number): void {
  const d = surface.domain, wx = span * (d.xMax - d.xMin), wy = span * (d.yMax - d.yMin);
  fig.x0 = x0; fig.y0 = y0; fig.f0 = surface.f(x0, y0);
  surface.grad(x0, y0, _sg);
  fig.slopeX = _sg[0] as number; fig.slopeY = _sg[1] as number;
  sampleSlice(surface, 0, x0, y0, Math.max(d.xMin, x0 - wx), Math.min(d.xMax, x0 + wx), fig.n, fig.tx, fig.fx);
  sampleSlice(surface, 1, x0, y0, Math.max(d.yMin, y0 - wy), Math.min(d.yMax, y0 + wy), fig.n, fig.ty, fig.fy);
}
