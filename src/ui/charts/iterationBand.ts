// Per-iteration minimum and maximum of f and ‖∇f‖ across every path, kept up to date incrementally: each
// redraw folds in only the points added since the last one, read straight from the trajectories.
import { TRAJ_STRIDE } from '../../core/descent/run';

/** What the band reads of a path: its trajectory (x, y, f, ‖∇f‖ at stride TRAJ_STRIDE) and its point count. */
export interface TrajSource {
  readonly run: { readonly traj: Float64Array | null; readonly count: number };
}

export interface IterationBand {
  /** Iterations covered: the longest path's point count. */
  length: number;
  /** Per iteration i < length, over the paths that have a point i. */
  fMin: Float64Array;
  fMax: Float64Array;
  gMin: Float64Array;
  gMax: Float64Array;
  /** The lowest cost any path has reached. */
  lowestF: number;
  /** Points of each path already folded in, and the run they came from (a replaced run forces a rebuild). */
  folded: number[];
  runs: unknown[];
  /** The paths list and version the band was built for. */
  source: readonly TrajSource[] | null;
  version: number;
}

const INITIAL = 256;

/** An empty band. */
export function createBand(): IterationBand {
  return {
    length: 0, fMin: new Float64Array(INITIAL), fMax: new Float64Array(INITIAL), gMin: new Float64Array(INITIAL),
    gMax: new Float64Array(INITIAL), lowestF: Infinity, folded: [], runs: [], source: null, version: -1,
  };
}

function grow(a: Float64Array, n: number): Float64Array {
  if (a.length >= n) return a;
  const b = new Float64Array(Math.max(n, 2 * a.length));
  b.set(a);
  return b;
}

/** Forgets everything folded so far. Mutates band. */
function clear(band: IterationBand, paths: readonly TrajSource[], version: number): void {
  band.length = 0;
  band.lowestF = Infinity;
  band.folded.length = 0;
  band.runs.length = 0;
  band.source = paths;
  band.version = version;
}

/** Whether the band must be rebuilt: another paths list or version, a replaced run, or a run that got shorter. Pure. */
function stale(band: IterationBand, paths: readonly TrajSource[], version: number): boolean {
  if (band.source !== paths || band.version !== version || band.runs.length !== paths.length) return true;
  for (let i = 0; i < paths.length; i++) {
    const run = (paths[i] as TrajSource).run;
    if (band.runs[i] !== run || run.count < (band.folded[i] as number)) return true;
  }
  return false;
}

/**
 * Folds every path's points not yet seen into the band (all of them after a rebuild). Cost: the new points,
 * plus one check per path. Mutates band.
 */
export function foldPaths(band: IterationBand, paths: readonly TrajSource[], version: number): void {
  if (stale(band, paths, version)) {
    clear(band, paths, version);
    for (const p of paths) { band.runs.push(p.run); band.folded.push(0); }
  }
  for (let k = 0; k < paths.length; k++) {
    const run = (paths[k] as TrajSource).run, traj = run.traj;
    const from = band.folded[k] as number, to = run.count;
    if (traj === null || to <= from) continue;
    if (to > band.fMin.length) {
      band.fMin = grow(band.fMin, to); band.fMax = grow(band.fMax, to);
      band.gMin = grow(band.gMin, to); band.gMax = grow(band.gMax, to);
    }
    const { fMin, fMax, gMin, gMax } = band;
    // Iterations other paths already reached: widen the band; the lowest cost is only ever a new minimum.
    const shared = to < band.length ? to : band.length;
    let lowest = band.lowestF;
    for (let i = from, o = from * TRAJ_STRIDE + 2; i < shared; i++, o += TRAJ_STRIDE) {
      const f = traj[o] as number, g = traj[o + 1] as number;
      if (f < (fMin[i] as number)) { fMin[i] = f; if (f < lowest) lowest = f; } else if (f > (fMax[i] as number)) fMax[i] = f;
      if (g < (gMin[i] as number)) gMin[i] = g; else if (g > (gMax[i] as number)) gMax[i] = g;
    }
    // Iterations no path reached before: this path alone spans them.
    for (let i = from > shared ? from : shared, o = i * TRAJ_STRIDE + 2; i < to; i++, o += TRAJ_STRIDE) {
      const f = traj[o] as number, g = traj[o + 1] as number;
      fMin[i] = fMax[i] = f; gMin[i] = gMax[i] = g;
      if (f < lowest) lowest = f;
    }
    if (to > band.length) band.length = to;
    band.lowestF = lowest;
    band.folded[k] = to;
  }
}
