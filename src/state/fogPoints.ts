// Where the fog stays open: a disc around each path's head (at the iteration the timeline shows) and its start,
// packed as maths (x, y) pairs into the fixed-size array the landscape shaders read. No allocation.
import { TRAJ_STRIDE } from '../core/descent/run';
import type { PathSim, Simulation } from './simulation';
import { shownIndex } from './timeline';

/** Most open discs the shaders hold (a uniform array): a head and a start each for the first 32 paths. */
export const FOG_POINTS = 64;
/** The disc's radius as a fraction of the landscape's longer side. */
export const FOG_RADIUS = 0.12;

/** Writes point (x, y) at slot n of out when finite; returns the next free slot. */
function put(out: Float32Array, n: number, x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return n;
  out[2 * n] = x; out[2 * n + 1] = y;
  return n + 1;
}

/** Writes path p's open points (its head when heads shows, then its start) from slot n; returns the next free slot. */
function putPath(sim: Simulation, p: PathSim, heads: boolean, out: Float32Array, n: number): number {
  if (heads) {
    const k = shownIndex(sim, p), tr = p.run.traj;
    if (tr !== null && k >= 0) n = put(out, n, tr[TRAJ_STRIDE * k]!, tr[TRAJ_STRIDE * k + 1]!);
    else n = put(out, n, p.run.x, p.run.y);
  }
  return put(out, n, p.x0, p.y0);
}

/**
 * Fills out (2 × FOG_POINTS floats) with the open points of sim's paths in order, heads left out when `heads` is
 * false (while predicting), and returns how many it wrote. Beyond FOG_POINTS, the selected path (start id
 * `selected`) takes the last slots, so the path a person follows is never in fog. Mutates out only.
 */
export function packFogPoints(sim: Simulation, heads: boolean, selected: number | null, out: Float32Array): number {
  const paths = sim.paths, per = heads ? 2 : 1;
  let n = 0, tookSelected = false, i = 0;
  for (; i < paths.length && n + per <= FOG_POINTS; i++) {
    const p = paths[i]!;
    if (p.startId === selected) tookSelected = true;
    n = putPath(sim, p, heads, out, n);
  }
  if (i < paths.length && !tookSelected && selected !== null) {
    for (let j = i; j < paths.length; j++) {
      const p = paths[j]!;
      if (p.startId === selected) { n = putPath(sim, p, heads, out, Math.min(n, FOG_POINTS - per)); break; }
    }
  }
  return n;
}
