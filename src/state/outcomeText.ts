// Plain-language status of a path, for the readouts and screen readers.
import type { Run } from '../core/descent/run';
import { trendAt } from '../core/descent/trend';
import { learningRateAt } from '../core/descent/schedules';
import type { CriticalPoint } from '../core/types';
import { showNumber } from './showNumber';

const n = (v: number): string => v.toLocaleString('en-US');

/** "minimum M2 (global)", "maximum X1", "saddle point S1". Pure. */
function pointName(c: CriticalPoint): string {
  const label = c.label ?? '';
  switch (c.kind) {
    case 'min': return `minimum ${label}${c.global ? ' (global)' : ' (local)'}`;
    case 'max': return `maximum ${label}`;
    case 'saddle': return `saddle point ${label}`;
  }
}

/** What a converged run that rests at no known critical point is "not at", from the way it walks. */
const notAt = (run: Run): string => (run.settings.ascent ? 'not at a known maximum' : 'not at a known minimum');

/**
 * Why it matters that a run rests where it does, when it is not where its direction leads: descent
 * stalled on a saddle or a maximum, or ascent on a saddle or a minimum. Empty otherwise. Pure.
 */
function caution(run: Run, c: CriticalPoint): string {
  const wanted = run.settings.ascent ? 'max' : 'min';
  if (c.kind === wanted) return '';
  return c.kind === 'saddle'
    ? ': the gradient is zero here, but it is not a minimum or a maximum'
    : `: the gradient is zero here, but ${run.settings.ascent ? 'ascent' : 'descent'} would leave with the slightest push`;
}

/** Why a diverged run stopped: it ran away, or the cost or (only) the gradient is not defined where it would go. Pure. */
function stoppedText(run: Run): string {
  const at = run.divergedAt ?? run.t + 1;
  switch (run.fault) {
    case 'no-cost': return at === 0 ? 'the cost is not defined here' : `stopped at iteration ${n(at)}: the cost is not defined at the next point`;
    case 'no-gradient': return at === 0 ? 'the gradient is not defined here' : `stopped at iteration ${n(at)}: the gradient is not defined at the next point`;
    default:
      if (at !== 0) return `diverged at iteration ${n(at)} (last finite point: iteration ${n(run.t)})`;
      return Number.isFinite(run.x) && Number.isFinite(run.y) ? 'the cost is infinite here' : 'this start is not a finite point';
  }
}

/** "the learning rate decayed to 2e-12 (from 0.01)": why a stalled run stopped. Pure. */
const decayed = (run: Run): string =>
  `the learning rate decayed to ${showNumber(learningRateAt(run.settings.lr, run.settings.schedule, run.t))} (from ${showNumber(run.settings.lr)})`;

/** For a cost without a minimum (separable classes), why the path never arrives; else ''. Pure. */
function noMinimum(run: Run): string {
  const r = run.surface.regression;
  return r !== undefined && r.best === null ? ': this cost has no minimum, it keeps falling as |w| grows, so descent walks off for ever' : '';
}

/** "converged at iteration 45, at minimum M2 (global)", "diverged at iteration 12", … Pure. */
export function outcomeText(run: Run): string {
  switch (run.status) {
    case 'running': return run.t === 0 ? 'ready' : 'running';
    case 'converged': {
      const c = run.critical;
      const at = c ? `, at ${pointName(c)}${caution(run, c)}` : `, ${notAt(run)}`;
      const why = run.reason === 'cost' ? ' (cost stopped changing)' : run.reason === 'step' ? ' (steps became tiny)' : '';
      return `converged at iteration ${n(run.t)}${at}${why}`;
    }
    case 'diverged': return stoppedText(run) + noMinimum(run);
    case 'max-steps': return `stopped at the limit (${n(run.t)} iterations)${run.critical ? `, near ${pointName(run.critical)}` : ''}${noMinimum(run)}`;
    case 'stalled': return `stalled at iteration ${n(run.t)}, not converged: ${decayed(run)} before the path came to rest`;
    default: { const never: never = run.status; return String(never); }
  }
}

/** "M2 (global)", "X1 (maximum)", "S1 (saddle)". Pure. */
function shortName(c: CriticalPoint): string {
  const label = c.label ?? '';
  return c.kind === 'min' ? `${label} (${c.global ? 'global' : 'local'})` : `${label} (${c.kind === 'max' ? 'maximum' : 'saddle'})`;
}

/** The same, short enough for a table row whose iteration is shown beside it: "converged at M2 (global)". Pure. */
export function outcomeShort(run: Run): string {
  switch (run.status) {
    case 'converged':
      return run.critical ? `converged at ${shortName(run.critical)}` : `converged, ${notAt(run)}`;
    case 'max-steps': return `stopped at the limit${run.critical ? `, near ${shortName(run.critical)}` : ''}`;
    case 'stalled': return 'stalled: the learning rate decayed to about 0';
    default: return outcomeText(run);
  }
}

/** The direction trendAt reads progress in: the cost falls under descent, rises under ascent. Pure. */
export const trendSign = (run: Run): 1 | -1 => (run.settings.ascent ? -1 : 1);

/**
 * A table row's status at the point k the timeline shows: at its last point a finished path shows its short
 * outcome; before that (live, or rewound on a finished path) it is "ready" at its start, else "running" with its
 * trend there: "running · oscillating", as it was at iteration k. Pure.
 */
export function statusAt(run: Run, k: number): string {
  if (run.status !== 'running' && k >= run.count - 1) return outcomeShort(run);
  if (k <= 0) return 'ready';
  const trend = run.traj === null ? null : trendAt(run.traj, k, undefined, trendSign(run));
  return trend === null ? 'running' : `running · ${trend}`;
}
