// Many runs with the same settings, advanced together in struct-of-arrays form (no trajectories).
import type { RunSettings } from './settings';
import { RUNNING, createStepContext, createWalker, startCode, walk, type StepContext } from './step';
import type { Surface } from '../types';

/** Per-run status codes are step.ts's: RUNNING (0), CONVERGED_GRAD/STEP/COST (1–3), MAX_STEPS (4), STALLED (5), DIVERGED/NO_COST/NO_GRADIENT (6–8). */
export interface Swarm {
  readonly ctx: StepContext;
  readonly n: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly f: Float64Array;
  readonly gx: Float64Array;
  readonly gy: Float64Array;
  /** Walker state, STATE numbers per run (a_x, a_y, v_x, v_y, β₁ᵗ, β₂ᵗ, iterations still). */
  readonly state: Float64Array;
  readonly steps: Int32Array;
  readonly status: Uint8Array;
}

const _g = new Float64Array(2);
const STATE = 7;
const _w = createWalker(0, 0, 0, 0, 0);

function copy(a: ArrayLike<number>): Float64Array {
  if (a instanceof Float64Array) return a.slice();
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] as number;
  return out;
}

/** A swarm starting at (xs[i], ys[i]). Allocates its arrays once. */
export function createSwarm(surface: Surface, xs: ArrayLike<number>, ys: ArrayLike<number>, settings: RunSettings): Swarm {
  const n = xs.length;
  const sw: Swarm = {
    ctx: createStepContext(surface, settings), n,
    x: copy(xs), y: copy(ys),
    f: new Float64Array(n), gx: new Float64Array(n), gy: new Float64Array(n),
    state: new Float64Array(STATE * n), steps: new Int32Array(n), status: new Uint8Array(n),
  };
  const X = sw.x, Y = sw.y, F = sw.f, GX = sw.gx, GY = sw.gy, S = sw.status, st = sw.state;
  for (let i = 0; i < n; i++) {
    const x = X[i] as number, y = Y[i] as number;
    surface.grad(x, y, _g);
    const f = surface.f(x, y), gx = _g[0] as number, gy = _g[1] as number;
    F[i] = f; GX[i] = gx; GY[i] = gy;
    st[STATE * i + 4] = 1; st[STATE * i + 5] = 1;
    S[i] = startCode(sw.ctx, x, y, f, gx, gy); // as a single run's start, without a walker per start
  }
  return sw;
}

/**
 * Advances runs from ≤ i < to by up to n iterations each (each stops by its own rules).
 * Returns the iterations done. Mutates the swarm; no allocation.
 */
export function advanceSwarm(sw: Swarm, n: number, from = 0, to = sw.n): number {
  const w = _w, S = sw.status, st = sw.state;
  let total = 0;
  for (let i = from; i < to; i++) {
    if (S[i] !== RUNNING) continue;
    w.x = sw.x[i] as number; w.y = sw.y[i] as number; w.f = sw.f[i] as number;
    w.gx = sw.gx[i] as number; w.gy = sw.gy[i] as number; w.t = sw.steps[i] as number;
    const o = STATE * i;
    w.ax = st[o] as number; w.ay = st[o + 1] as number; w.vx = st[o + 2] as number; w.vy = st[o + 3] as number;
    w.p1 = st[o + 4] as number; w.p2 = st[o + 5] as number; w.still = st[o + 6] as number;
    w.code = RUNNING;
    total += walk(sw.ctx, w, n, null, 0);
    sw.x[i] = w.x; sw.y[i] = w.y; sw.f[i] = w.f; sw.gx[i] = w.gx; sw.gy[i] = w.gy; sw.steps[i] = w.t;
    st[o] = w.ax; st[o + 1] = w.ay; st[o + 2] = w.vx; st[o + 3] = w.vy; st[o + 4] = w.p1; st[o + 5] = w.p2; st[o + 6] = w.still;
    S[i] = w.code;
  }
  return total;
}

/** Number of runs still running. Pure. */
export function countRunning(sw: Swarm): number {
  let k = 0;
  for (let i = 0; i < sw.n; i++) if (sw.status[i] === RUNNING) k++;
  return k;
}
