// What a path does next from a point of its trajectory: the plain step −η∇f, the step it actually takes and
// where that lands (the ghost), read from the trajectory or, past its end, computed in a scratch copy.
import { TRAJ_STRIDE, type Run } from './run';
import { learningRateAt } from './schedules';
import { createStepContext, createWalker, DIVERGED, RUNNING, walk, type StepContext } from './step';

/** Where peekStep() writes, by index into its output array. */
export const PEEK = {
  x: 0, y: 1, f: 2, gx: 3, gy: 4, lr: 5,
  /** The plain step −η∇f (+η∇f for ascent). */
  plainX: 6, plainY: 7,
  /** The next iterate, and whether there is one (1) or not (0). */
  nextX: 8, nextY: 9, nextF: 10, hasNext: 11,
  /** 1 when the next iterate is stored in the trajectory, 0 when computed by a one-step peek. */
  stored: 12,
} as const;
export const PEEK_SIZE = 13;

const _g = new Float64Array(2);
/** The scratch walker of peeks: reused, so a peek allocates nothing. */
const _w = createWalker(0, 0, 0, 0, 0);
/** One step context per run, for peeks past a trajectory's end (its own generator, so the run's is untouched). */
const contexts = new WeakMap<Run, StepContext>();

/**
 * For stored point i of run: the point, its exact gradient, the rate η_i of the step from it, the plain step
 * −η_i∇f and the next iterate: point i + 1 when stored, else (i the last point) one step of the run's optimizer
 * from its current state, taken in a scratch copy (a mini-batch run peeks with a fresh generator). hasNext is 0
 * where that step would leave the finite numbers. Returns false, writing nothing, when point i does not exist.
 * Mutates out; allocates only a step context the first time a run peeks.
 */
export function peekStep(run: Run, i: number, out: Float64Array): boolean {
  const tr = run.traj;
  if (tr === null || i < 0 || i >= run.count) return false;
  const o = i * TRAJ_STRIDE, s = run.settings, sign = s.ascent ? -1 : 1;
  const x = tr[o] as number, y = tr[o + 1] as number;
  run.surface.grad(x, y, _g);
  const gx = _g[0] as number, gy = _g[1] as number, lr = learningRateAt(s.lr, s.schedule, i);
  out[PEEK.x] = x; out[PEEK.y] = y; out[PEEK.f] = tr[o + 2] as number;
  out[PEEK.gx] = gx; out[PEEK.gy] = gy; out[PEEK.lr] = lr;
  out[PEEK.plainX] = -sign * lr * gx; out[PEEK.plainY] = -sign * lr * gy;
  if (i + 1 < run.count) {
    out[PEEK.nextX] = tr[o + TRAJ_STRIDE] as number; out[PEEK.nextY] = tr[o + TRAJ_STRIDE + 1] as number;
    out[PEEK.nextF] = tr[o + TRAJ_STRIDE + 2] as number; out[PEEK.hasNext] = 1; out[PEEK.stored] = 1;
    return true;
  }
  out[PEEK.stored] = 0;
  let ctx = contexts.get(run);
  if (ctx === undefined) { ctx = createStepContext(run.surface, s); contexts.set(run, ctx); }
  const w = run.w;
  _w.x = w.x; _w.y = w.y; _w.f = w.f; _w.gx = w.gx; _w.gy = w.gy; _w.t = w.t;
  _w.ax = w.ax; _w.ay = w.ay; _w.vx = w.vx; _w.vy = w.vy; _w.p1 = w.p1; _w.p2 = w.p2; _w.still = 0; _w.code = RUNNING;
  // A finished run has reached its limit: the peek may go one past it.
  const k = walk(ctx, _w, 1, null, 0);
  const ok = k === 1 && _w.code < DIVERGED && _w.t === w.t + 1;
  out[PEEK.nextX] = ok ? _w.x : NaN; out[PEEK.nextY] = ok ? _w.y : NaN; out[PEEK.nextF] = ok ? _w.f : NaN;
  out[PEEK.hasNext] = ok ? 1 : 0;
  return true;
}
