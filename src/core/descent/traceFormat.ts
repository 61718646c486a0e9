// The trace format: one JSON object per run, printed by `npm run trace` and exported by the app.
import { TRAJ_STRIDE, type Run, type RunStatus } from './run';
import { learningRateAt } from './schedules';
import { STILL_ITERATIONS } from './step';
import { answerName, lossName } from '../surfaces/regression';
import type { SurfaceSpec } from '../surfaces/spec';
import type { CriticalKind, CriticalPoint } from '../types';

/** What a regression trace fitted: the data, model and loss, and the cost's minimum where one exists. */
export interface TraceRegression {
  dataset: string;
  points: number;
  model: string;
  loss: string;
  standardize: boolean;
  /** The minimum (least squares, least absolute deviations, Huber, maximum likelihood) in parameter space and as a line in data units. */
  answer: { name: string; w: number; b: number; slope: number; intercept: number } | null;
  /** Why there is no answer (separable classes), when there is none. */
  noMinimum?: string;
}

export interface TraceOutput {
  surface: string;
  formula?: string;
  regression?: TraceRegression;
  optimizer: string;
  lr: number;
  status: RunStatus;
  reason: string;
  steps: number;
  /** (x, y, f) per stored point; a start whose cost is not finite has f null. */
  points: [number, number, number | null][];
  minimum?: { label: string; x: number; y: number; f: number; global: boolean };
  /** The known critical point reached, of any kind: a minimum, or the maximum ascent climbs to, or a saddle. */
  critical?: { kind: CriticalKind; label: string; x: number; y: number; f: number };
  divergedAt?: number;
  /** Newton's method only: iterations that took a gradient step because H + λI was not positive definite. */
  newtonFallbacks?: number;
}

const specName = (s: SurfaceSpec): string =>
  s.kind === 'builtin' ? s.id : s.kind === 'formula' ? 'formula' : `regression:${s.dataset}`;

const fmt = (v: number): string => (v !== 0 && Math.abs(v) < 1e-3 ? v.toExponential() : String(v));

function reasonOf(run: Run): string {
  const tol = run.settings.tolerances, s = run.settings;
  // An optimizer with memory (or a scheduled rate) is at rest only when its next step is small as well.
  const small = Number(Math.sqrt(run.ctx.small2).toPrecision(3)), memory = s.optimizer.kind !== 'gd';
  switch (run.reason) {
    case 'gradient': return `gradient norm below ${fmt(tol.grad)}${memory ? `, and the optimizer's next step below ${fmt(small)}` : ''}`;
    case 'step': return `step below ${fmt(tol.step)}${memory || s.schedule.kind !== 'constant' ? ', and the next step at the base rate too' : ''}`;
    case 'cost': return `cost changed by less than ${fmt(tol.cost)} on ${STILL_ITERATIONS} iterations in a row, with tiny steps`;
    default: break;
  }
  if (run.status === 'stalled') {
    return `stopped at iteration ${run.t}, not converged: the schedule decayed the learning rate to ${fmt(learningRateAt(s.lr, s.schedule, run.t))} `
      + `(from ${fmt(s.lr)}) before the run came to rest; its steps are below ${fmt(tol.step)}, but at the base rate it would still move`;
  }
  if (run.status === 'diverged') {
    const at = run.divergedAt ?? run.t + 1;
    switch (run.fault) {
      case 'no-cost': return at === 0 ? 'the cost is not defined at the start' : `stopped at iteration ${at}: the cost is not defined at the next point`;
      case 'no-gradient': return at === 0 ? 'the gradient is not defined at the start (the cost is)' : `stopped at iteration ${at}: the gradient is not defined at the next point (the cost is)`;
      default: return at === 0 ? startRunaway(run) : `diverged at iteration ${at}: the next point was not finite or ran away`;
    }
  }
  if (run.status === 'running') return `still running at iteration ${run.t} when exported`;
  return `reached the iteration limit of ${run.settings.maxSteps}`;
}

/** Why a start counts as a runaway: the point itself, or its cost, is infinite. Pure. */
export function startRunaway(run: Run): string {
  return Number.isFinite(run.x) && Number.isFinite(run.y) ? `the cost is infinite at the start (f = ${run.f > 0 ? '+' : '−'}∞)` : 'the start is not a finite point';
}

const minimumOf = (m: CriticalPoint): NonNullable<TraceOutput['minimum']> =>
  ({ label: m.label ?? '', x: m.x, y: m.y, f: m.f, global: m.global === true });

/** The regression facts of a run's surface for the trace, or null for other surfaces. Pure. */
function regressionOf(run: Run): TraceRegression | null {
  const r = run.surface.regression;
  if (r === undefined) return null;
  const line = new Float64Array(2);
  if (r.best !== null) r.toDataUnits(r.best.w, r.best.b, line);
  return {
    dataset: r.name, points: r.xs.length, model: r.model, loss: r.model === 'logistic' ? 'cross-entropy' : lossName(r.loss), standardize: r.standardize,
    answer: r.best === null ? null : { name: answerName(r.model, r.loss), w: r.best.w, b: r.best.b, slope: line[0] as number, intercept: line[1] as number },
    ...(r.noMinimum === null ? {} : { noMinimum: r.noMinimum }),
  };
}

/** A cost for JSON: null where it is not finite (JSON has neither NaN nor Infinity). Pure. */
const costOf = (f: number): number | null => (Number.isFinite(f) ? f : null);

/**
 * The trace of a run as it stands: status "running" for a run still going. A start where the cost or the
 * gradient is undefined is exported as its one point. Allocates the result. Pure.
 */
export function traceOf(run: Run, spec: SurfaceSpec): TraceOutput {
  const points: [number, number, number | null][] = [];
  if (run.traj === null || run.count === 0) points.push([run.x, run.y, costOf(run.f)]);
  else for (let i = 0; i < run.count; i++) {
    const o = i * TRAJ_STRIDE;
    points.push([run.traj[o] as number, run.traj[o + 1] as number, run.traj[o + 2] as number]);
  }
  const reg = regressionOf(run);
  const out: TraceOutput = {
    surface: specName(spec),
    ...(spec.kind === 'formula' ? { formula: spec.text } : {}),
    ...(reg === null ? {} : { regression: reg }),
    optimizer: run.settings.optimizer.kind,
    lr: run.settings.lr,
    status: run.status,
    reason: reasonOf(run),
    steps: run.t,
    points,
  };
  if (run.minimum) out.minimum = minimumOf(run.minimum);
  if (run.critical) out.critical = { kind: run.critical.kind, label: run.critical.label ?? '', x: run.critical.x, y: run.critical.y, f: run.critical.f };
  if (run.divergedAt !== null) out.divergedAt = run.divergedAt;
  if (run.settings.optimizer.kind === 'newton') out.newtonFallbacks = run.newtonFallbacks;
  return out;
}
