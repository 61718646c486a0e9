// The tally of a swarm: how many runs reached each known minimum, diverged, are still running, stopped at
// the limit, stalled or came to rest elsewhere, and which finished run has the lowest final cost.
import type { CriticalPoint } from '../types';
import type { Run } from './run';

/** Which count a run falls in: a minimum by its index in surface.critical, or a status. */
export type OutcomeGroup = `min:${number}` | 'elsewhere' | 'diverged' | 'running' | 'max-steps' | 'stalled';

/** The part of a run the tally reads. */
export type TalliedRun = Pick<Run, 'status' | 'minimum' | 'f'>;

/** The group of one run; `critical` is the surface's list its minima come from. Pure. */
export function groupOf(run: TalliedRun, critical: readonly CriticalPoint[]): OutcomeGroup {
  switch (run.status) {
    case 'converged': {
      const i = run.minimum === null ? -1 : critical.indexOf(run.minimum);
      return i < 0 ? 'elsewhere' : `min:${i}`;
    }
    case 'diverged': case 'running': case 'max-steps': case 'stalled': return run.status;
    default: { const never: never = run.status; return never; }
  }
}

export interface MinimumCount {
  /** Index in surface.critical. */
  readonly index: number;
  /** Position among the surface's minima (what picks its basin colour). */
  readonly order: number;
  readonly point: CriticalPoint;
  readonly count: number;
}

export interface Tally {
  readonly total: number;
  /** Every minimum at least one run reached, in the surface's order. */
  readonly minima: readonly MinimumCount[];
  /** Converged, but not at a known minimum (a saddle, or a point the surface does not list). */
  readonly elsewhere: number;
  readonly diverged: number;
  readonly running: number;
  readonly maxSteps: number;
  readonly stalled: number;
  /** The run (by position) with the lowest final cost among those that finished without diverging, or null. */
  readonly best: { readonly position: number; readonly f: number; readonly group: OutcomeGroup } | null;
}

/** Counts n runs, the i-th given by runAt(i); every run is in exactly one count. Pure. */
export function tallyRuns(n: number, runAt: (i: number) => TalliedRun, critical: readonly CriticalPoint[]): Tally {
  const perPoint = new Int32Array(critical.length);
  let elsewhere = 0, diverged = 0, running = 0, maxSteps = 0, stalled = 0, bestAt = -1, bestF = Infinity;
  for (let i = 0; i < n; i++) {
    const run = runAt(i), g = groupOf(run, critical);
    if (g === 'elsewhere') elsewhere++;
    else if (g === 'diverged') diverged++;
    else if (g === 'running') running++;
    else if (g === 'max-steps') maxSteps++;
    else if (g === 'stalled') stalled++;
    else { const k = Number(g.slice(4)); perPoint[k] = (perPoint[k] as number) + 1; }
    if (g !== 'running' && g !== 'diverged' && run.f < bestF) { bestF = run.f; bestAt = i; }
  }
  const minima: MinimumCount[] = [];
  let order = 0;
  critical.forEach((point, index) => {
    if (point.kind !== 'min') return;
    const count = perPoint[index] as number;
    if (count > 0) minima.push({ index, order, point, count });
    order++;
  });
  const best = bestAt < 0 ? null : { position: bestAt, f: bestF, group: groupOf(runAt(bestAt), critical) };
  return { total: n, minima, elsewhere, diverged, running, maxSteps, stalled, best };
}
