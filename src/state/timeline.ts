// The timeline: which trajectory point each path shows. Every view (lines, heads, table, charts, update-rule
// panel) asks here, so all of them show the same iteration.
import type { PathSim, Simulation } from './simulation';

/** Index of the stored point path p shows: the cursor, clamped to the points it has; its last point when live. Pure. */
export function shownIndex(sim: Simulation, p: PathSim): number {
  const last = p.run.count - 1;
  const c = sim.cursor;
  return c === null ? last : c < 0 ? 0 : c < last ? c : last;
}
