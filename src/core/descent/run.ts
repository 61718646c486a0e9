// One run: a surface, a start and settings, advanced in place with its trajectory in typed arrays.
import { identifyCritical, identifyMinimum } from './insight';
import type { RunSettings } from './settings';
import {
  CONVERGED_COST, CONVERGED_GRAD, CONVERGED_STEP, DIVERGED, MAX_STEPS, NO_COST, NO_GRADIENT, RUNNING, STALLED,
  createStepContext, createWalker, initialCode, walk, type StepContext, type Walker,
} from './step';
import type { CriticalPoint, Surface } from '../types';

/** 'stalled': a decaying schedule shrank the rate to about 0 before the run came to rest (not converged). */
export type RunStatus = 'running' | 'converged' | 'diverged' | 'max-steps' | 'stalled';
export type ConvergeReason = 'gradient' | 'step' | 'cost';
/**
 * Why a 'diverged' run stopped: it ran away (beyond the bound, overflow, an infinite cost), the cost is not
 * a number at the point it would take (or at its start), or the cost is finite there but the gradient is not.
 */
export type RunFault = 'runaway' | 'no-cost' | 'no-gradient';

/** Values stored per trajectory point: x, y, f, ‖∇f‖. */
export const TRAJ_STRIDE = 4;

export interface Run {
  readonly surface: Surface;
  readonly settings: RunSettings;
  readonly ctx: StepContext;
  /** Current point, cost, exact gradient, iteration and optimizer state: always finite. */
  readonly w: Walker;
  status: RunStatus;
  reason: ConvergeReason | null;
  /** The iteration that produced a non-finite or runaway point (which was not stored); 0 for an unusable start. */
  divergedAt: number | null;
  /** Why a diverged run stopped; null unless status is 'diverged'. */
  fault: RunFault | null;
  /** The known minimum a finished run sits at, if any (never for a stalled run: it did not come to rest). */
  minimum: CriticalPoint | null;
  /**
   * The known critical point of any kind a finished run sits at: its minimum, else a saddle or a maximum
   * (where gradient ascent ends, or descent stalls on a saddle), else null.
   */
  critical: CriticalPoint | null;
  /** Trajectory points (stride TRAJ_STRIDE); null when only the current point is kept. */
  traj: Float64Array | null;
  /** Number of points stored (or, without a trajectory, that would have been). */
  count: number;
  // Convenience views of w.
  readonly x: number;
  readonly y: number;
  readonly f: number;
  readonly gx: number;
  readonly gy: number;
  readonly t: number;
  /** Newton's method: iterations that took a gradient step because H + λI was not positive definite there. */
  readonly newtonFallbacks: number;
}

export interface RunOptions {
  /** Keep the whole trajectory (default true). Without it a run uses constant memory. */
  readonly keepTrajectory?: boolean;
}

const _g = new Float64Array(2);
const INITIAL_CAPACITY = 1024;

class RunImpl implements Run {
  status: RunStatus = 'running';
  reason: ConvergeReason | null = null;
  divergedAt: number | null = null;
  fault: RunFault | null = null;
  minimum: CriticalPoint | null = null;
  critical: CriticalPoint | null = null;
  count = 0;
  constructor(
    readonly surface: Surface, readonly settings: RunSettings, readonly ctx: StepContext,
    readonly w: Walker, public traj: Float64Array | null,
  ) {}
  get x(): number { return this.w.x; }
  get y(): number { return this.w.y; }
  get f(): number { return this.w.f; }
  get gx(): number { return this.w.gx; }
  get gy(): number { return this.w.gy; }
  get t(): number { return this.w.t; }
  get newtonFallbacks(): number { return this.ctx.counters.newtonFallbacks; }
}

/** Creates a run at (x0, y0) with its start recorded (diverged at 0, nothing stored, if the cost or gradient is undefined there). */
export function createRun(surface: Surface, x0: number, y0: number, settings: RunSettings, opts: RunOptions = {}): Run {
  surface.grad(x0, y0, _g);
  const w = createWalker(x0, y0, surface.f(x0, y0), _g[0] as number, _g[1] as number);
  const ctx = createStepContext(surface, settings);
  const keep = opts.keepTrajectory ?? true;
  const traj = keep ? new Float64Array(TRAJ_STRIDE * Math.max(1, Math.min(settings.maxSteps + 1, INITIAL_CAPACITY))) : null;
  const run = new RunImpl(surface, settings, ctx, w, traj);
  w.code = initialCode(ctx, w);
  if (w.code >= DIVERGED) {
    run.divergedAt = 0;
    finish(run);
    return run;
  }
  if (traj !== null) {
    traj[0] = w.x; traj[1] = w.y; traj[2] = w.f; traj[3] = Math.hypot(w.gx, w.gy);
  }
  run.count = 1;
  if (w.code !== RUNNING) finish(run);
  return run;
}

/** Sets status, reason, minimum and critical point from the walker's code. Mutates run. */
function finish(run: RunImpl): void {
  switch (run.w.code) {
    case CONVERGED_GRAD: run.status = 'converged'; run.reason = 'gradient'; break;
    case CONVERGED_STEP: run.status = 'converged'; run.reason = 'step'; break;
    case CONVERGED_COST: run.status = 'converged'; run.reason = 'cost'; break;
    case MAX_STEPS: run.status = 'max-steps'; break;
    case STALLED: run.status = 'stalled'; break;
    case NO_COST: run.status = 'diverged'; run.fault = 'no-cost'; break;
    case NO_GRADIENT: run.status = 'diverged'; run.fault = 'no-gradient'; break;
    default: run.status = 'diverged'; run.fault = 'runaway'; break;
  }
  const { x, y } = run.w, placed = run.status !== 'diverged' && run.status !== 'stalled';
  run.minimum = placed ? identifyMinimum(run.surface, x, y) : null;
  run.critical = placed ? run.minimum ?? identifyCritical(run.surface, x, y) : null;
}

/**
 * Room for at least one more point, doubling the buffer when it is full (capped at the iteration limit), so
 * memory grows with the points a run actually stores. Returns how many points fit now. Mutates run.
 */
function roomFor(run: RunImpl): number {
  const traj = run.traj!;
  let free = traj.length / TRAJ_STRIDE - run.count;
  if (free > 0) return free;
  const cap = Math.min(2 * (traj.length / TRAJ_STRIDE), run.settings.maxSteps + 1);
  const next = new Float64Array(TRAJ_STRIDE * Math.max(cap, run.count + 1));
  next.set(traj);
  run.traj = next;
  free = next.length / TRAJ_STRIDE - run.count;
  return free;
}

/** Advances up to n iterations while running, walking in chunks that fit the buffer; returns how many were done. Mutates run. */
export function advanceRun(run: Run, n: number): number {
  const r = run as RunImpl;
  if (r.status !== 'running') return 0;
  let todo = Math.min(n, r.settings.maxSteps - r.w.t), done = 0;
  while (todo > 0 && r.w.code === RUNNING) {
    const chunk = r.traj === null ? todo : Math.min(todo, roomFor(r));
    const before = r.w.t;
    const k = walk(r.ctx, r.w, chunk, r.traj, r.count);
    r.count += r.w.t - before;
    done += k; todo -= k;
  }
  if (r.w.code >= DIVERGED) r.divergedAt = r.w.t + 1;
  if (r.w.code !== RUNNING) finish(r);
  return done;
}

/** The i-th stored point as [x, y, f, ‖∇f‖]. Allocates; for tests and export, not the frame loop. */
export function runPoint(run: Run, i: number): [number, number, number, number] {
  if (run.traj === null || i < 0 || i >= run.count) throw new RangeError(`no point ${i}`);
  const o = i * TRAJ_STRIDE, tr = run.traj;
  return [tr[o] as number, tr[o + 1] as number, tr[o + 2] as number, tr[o + 3] as number];
}
