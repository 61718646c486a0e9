// The timeline: which trajectory point each path shows, and how the cursor moves. Every view (lines, heads,
// table, charts, update-rule panel) asks shownIndex, so all of them show the same iteration. Moving the cursor
// through stored points recomputes nothing; only a cursor past a running path's last point computes more.
import { advanceRun } from '../core/descent/run';
import type { PathSim, Simulation } from './simulation';

/** Index of the stored point path p shows: the cursor, clamped to the points it has; its last point when live. Pure. */
export function shownIndex(sim: Simulation, p: PathSim): number {
  const last = p.run.count - 1;
  const c = sim.cursor;
  return c === null ? last : c < 0 ? 0 : c < last ? c : last;
}

/** The largest iteration any path has computed (its last stored point); 0 with no paths. Pure. */
export function lastComputed(sim: Simulation): number {
  let m = 0;
  const paths = sim.paths;
  for (let i = 0; i < paths.length; i++) { const c = (paths[i] as PathSim).run.count - 1; if (c > m) m = c; }
  return m;
}

/** The iteration the views show: the cursor, or the last computed one when live. Pure. */
export const shownIteration = (sim: Simulation): number => sim.cursor ?? lastComputed(sim);

/** Goes live when the cursor is at or past every path's last point (the views then show the same thing). Mutates sim. */
export function settleCursor(sim: Simulation): void {
  if (sim.cursor !== null && sim.cursor >= lastComputed(sim)) sim.cursor = null;
}

/**
 * Moves the timeline n iterations forward. Live: every running path computes n more. With a cursor: the
 * cursor moves through the stored points first, a running path that has not reached it yet computes up to it,
 * and past every path's end the timeline goes live. So after a step back, a step forward returns to exactly the
 * numbers shown before. Returns the iterations computed. Mutates sim; no allocation.
 */
export function advanceCursor(sim: Simulation, n: number): number {
  const paths = sim.paths;
  let done = 0;
  if (sim.cursor === null) {
    for (let i = 0; i < paths.length; i++) done += advanceRun((paths[i] as PathSim).run, n);
  } else {
    const c = (sim.cursor = Math.max(0, sim.cursor) + n);
    for (let i = 0; i < paths.length; i++) {
      const run = (paths[i] as PathSim).run, last = run.count - 1;
      if (run.status === 'running' && last < c) done += advanceRun(run, c - last);
    }
    settleCursor(sim);
  }
  sim.iterations += done;
  return done;
}

/** One iteration back: from live, one before the last computed; never before 0. Computes nothing. Mutates sim. */
export function stepCursorBack(sim: Simulation): void {
  sim.cursor = Math.max(0, (sim.cursor ?? lastComputed(sim)) - 1);
}

/** Shows iteration t (rounded; at or past every path's end: live). Computes nothing. Mutates sim. */
export function showIteration(sim: Simulation, t: number): void {
  sim.cursor = Math.max(0, Math.round(t));
  settleCursor(sim);
}

/** Play on a finished set of paths shown live replays them from iteration 0 through their stored points. Returns whether it did. Mutates sim. */
export function replayIfFinished(sim: Simulation): boolean {
  if (sim.cursor !== null || sim.paths.length === 0) return false;
  for (const p of sim.paths) if (p.run.status === 'running') return false;
  sim.cursor = 0;
  return true;
}
