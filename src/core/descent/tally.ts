// The tally of a swarm: how many runs reached each known minimum, diverged, are still running, stopped at
// the limit, stalled or came to rest elsewhere, and which finished run has the lowest final cost.
import type { CriticalPoint } from '../types';
import type { Run } from './run';

/** Which count a run falls in: a minimum (a maximum, under ascent) by its index in surface.critical, or a status. */
export type OutcomeGroup = `min:${number}` | 'elsewhere' | 'diverged' | 'running' | 'max-steps' | 'stalled';

/** The part of a run the tally reads (critical and settings matter only under ascent). */
export type TalliedRun = Pick<Run, 'status' | 'minimum' | 'f'> & {
  readonly critical?: CriticalPoint | null;
  readonly settings?: { readonly ascent: boolean };
};

/** Where a converged run counts: its minimum, or under ascent the maximum it climbed to (null: elsewhere). Pure. */
function goal(run: TalliedRun): CriticalPoint | null {
  if (run.settings?.ascent !== true) return run.minimum;
  return run.critical?.kind === 'max' ? run.critical : null;
}

/** The group of one run; `critical` is the surface's list its minima and maxima come from. Pure. */
export function groupOf(run: TalliedRun, critical: readonly CriticalPoint[]): OutcomeGroup {
  switch (run.status) {
    case 'converged': {
      const at = goal(run), i = at === null ? -1 : critical.indexOf(at);
      return i < 0 ? 'elsewhere' : `min:${i}`;
    }
    case 'diverged': case 'running': case 'max-steps': case 'stalled': return run.status;
    default: { const never: never = run.status; return never; }
  }
}

export interface MinimumCount {
  /** Index in surface.critical. */
  readonly index: number;
  /** Position among the surface's minima, or its maxima for a maximum (what picks its colour). */
  readonly order: number;
  readonly point: CriticalPoint;
  readonly count: number;
}

export interface Tally {
  readonly total: number;
  /** Every minimum (under ascent, maximum) at least one run reached, in the surface's order. */
  readonly minima: readonly MinimumCount[];
  /** Converged, but not at a known minimum (a saddle, or a point the surface does not list). */
  readonly elsewhere: number;
  readonly diverged: number;
  readonly running: number;
  readonly maxSteps: number;
  readonly stalled: number;
  /** The run (by position) with the lowest final cost (highest under ascent) among those that finished without diverging, or null. */
  readonly best: { readonly position: number; readonly f: number; readonly group: OutcomeGroup } | null;
}

/** Counts n runs, the i-th given by runAt(i); every run is in exactly one count. Pure. */
export function tallyRuns(n: number, runAt: (i: number) => TalliedRun, critical: readonly CriticalPoint[]): Tally {
  const perPoint = new Int32Array(critical.length);
  let elsewhere = 0, diverged = 0, running = 0, maxSteps = 0, stalled = 0, bestAt = -1, bestScore = Infinity;
  for (let i = 0; i < n; i++) {
    const run = runAt(i), g = groupOf(run, critical);
    if (g === 'elsewhere') elsewhere++;
    else if (g === 'diverged') diverged++;
    else if (g === 'running') running++;
    else if (g === 'max-steps') maxSteps++;
    else if (g === 'stalled') stalled++;
    else { const k = Number(g.slice(4)); perPoint[k] = (perPoint[k] as number) + 1; }
    const score = run.settings?.ascent === true ? -run.f : run.f;
    if (g !== 'running' && g !== 'diverged' && score < bestScore) { bestScore = score; bestAt = i; }
  }
  const minima: MinimumCount[] = [];
  let mins = 0, maxs = 0;
  critical.forEach((point, index) => {
    if (point.kind === 'saddle') return;
    const order = point.kind === 'min' ? mins++ : maxs++;
    const count = perPoint[index] as number;
    if (count > 0) minima.push({ index, order, point, count });
  });
  const bestRun = bestAt < 0 ? null : runAt(bestAt);
  const best = bestRun === null ? null : { position: bestAt, f: bestRun.f, group: groupOf(bestRun, critical) };
  return { total: n, minima, elsewhere, diverged, running, maxSteps, stalled, best };
}
