// The iteration loop shared by single runs and swarms: every optimizer, one tight loop, no allocation.
import { createRng } from '../rng';
import { learningRateAt } from './schedules';
import type { RunSettings } from './settings';
import type { Rng, SampledGradient, Surface } from '../types';
import { newtonDirection, newtonDirection2 } from './newton';
import { toRuleParams, type RuleParams } from './ruleParams';

/** Everything a step needs that does not change from one iteration to the next. */
export interface StepContext {
  readonly surface: Surface;
  readonly settings: RunSettings;
  readonly params: RuleParams;
  readonly sampler: SampledGradient | null;
  readonly rng: Rng | null;
  /** σ of the gradient noise (0 = none) and its own generator, so noise never shifts the mini-batches. */
  readonly noise: number;
  readonly noiseRng: Rng | null;
  /** −1 for gradient ascent, else 1. */
  readonly sign: number;
  readonly bound: number;
  readonly cx: number;
  readonly cy: number;
  /** Squared length below which a step counts as small for the cost rule (see STILL_ITERATIONS). */
  readonly small2: number;
  /** True when the schedule's rate never rises again once it has fallen (StepLR, ExponentialLR with γ ≤ 1). */
  readonly decaysForGood: boolean;
  /**
   * Counts kept beside the walker (a field more on the walker slowed every loop by a third in V8): Newton
   * iterations where H + λI was not positive definite, so a plain gradient step was taken. Per run; a swarm
   * shares one context, so there it is the swarm's total.
   */
  readonly counters: { newtonFallbacks: number };
}

/**
 * The cost rule needs |Δf| below its tolerance on this many iterations in a row, each with a small step:
 * a run that flips between two points of equal cost has |Δf| = 0 but is not at rest.
 */
export const STILL_ITERATIONS = 5;
/** A step is small, for the cost rule, below this fraction of the domain's larger half-width. */
export const SMALL_STEP_FRACTION = 1e-8;

/** Builds the fixed part of stepping for a surface and settings. Pure apart from the new generator. */
export function createStepContext(surface: Surface, settings: RunSettings): StepContext {
  const d = surface.domain, half = Math.max(d.xMax - d.xMin, d.yMax - d.yMin) * 0.5;
  const sampler = settings.batch > 0 && surface.sampledGrad ? surface.sampledGrad(settings.batch) : null;
  return {
    surface, settings, params: toRuleParams(settings.optimizer),
    sampler, rng: sampler ? createRng(settings.seed) : null,
    noise: settings.noise > 0 ? settings.noise : 0,
    noiseRng: settings.noise > 0 ? createRng(noiseSeed(settings.seed)) : null,
    sign: settings.ascent ? -1 : 1,
    bound: settings.divergeFactor * half,
    cx: (d.xMin + d.xMax) / 2, cy: (d.yMin + d.yMax) / 2,
    small2: (SMALL_STEP_FRACTION * half) ** 2,
    decaysForGood: decaysForGood(settings.schedule),
    counters: { newtonFallbacks: 0 },
  };
}

/** The seed of the noise generator: derived from the run's seed, apart from the mini-batch stream's. Pure. */
export const noiseSeed = (seed: number): number => (seed ^ 0x6a09e667) >>> 0;

/** The noise pair of one iteration: two standard normals by Box–Muller from two uniforms, written to out. */
export function gaussianPair(rng: Rng, out: Float64Array): void {
  const r = Math.sqrt(-2 * Math.log(1 - rng.next())), a = 2 * Math.PI * rng.next(); // 1 − u ∈ (0, 1]: no log 0
  out[0] = r * Math.cos(a);
  out[1] = r * Math.sin(a);
}

/** True when the rate of schedule s never rises after a decay (so a rate near 0 stays near 0). Pure. */
function decaysForGood(s: RunSettings['schedule']): boolean {
  return (s.kind === 'step' || s.kind === 'exponential') && s.gamma <= 1;
}

/**
 * Outcome codes of the stopping rules. STALLED: a schedule that never rises again has shrunk the rate so far
 * that the steps are negligible while the run, at its base rate, would still move (not converged). The last
 * three stop a run without taking the offending point: DIVERGED ran away (beyond the bound, overflow, an
 * infinite cost), NO_COST met a cost that is not a number, NO_GRADIENT a finite cost whose gradient is not
 * finite (a cone tip such as √(x²+y²) at the origin).
 */
export const RUNNING = 0, CONVERGED_GRAD = 1, CONVERGED_STEP = 2, CONVERGED_COST = 3, MAX_STEPS = 4, STALLED = 5,
  DIVERGED = 6, NO_COST = 7, NO_GRADIENT = 8;

/** The mutable state of one walker: where it is, its optimizer state and its status code. */
export interface Walker {
  x: number;
  y: number;
  f: number;
  /** Exact gradient at (x, y). */
  gx: number;
  gy: number;
  /** Iterations done. */
  t: number;
  /** Optimizer state per coordinate: a = b, s, v or Adam's m; v = Adam's v. */
  ax: number;
  ay: number;
  vx: number;
  vy: number;
  /** β₁ᵗ and β₂ᵗ, kept so that results do not depend on how iterations are chunked. */
  p1: number;
  p2: number;
  /** Iterations in a row with |Δf| below the cost tolerance and a small step. */
  still: number;
  /** RUNNING or the code that stopped it. */
  code: number;
}

/** A walker at rest at (x, y) with f and gradient given. Pure. */
export function createWalker(x: number, y: number, f: number, gx: number, gy: number): Walker {
  return { x, y, f, gx, gy, t: 0, ax: 0, ay: 0, vx: 0, vy: 0, p1: 1, p2: 1, still: 0, code: RUNNING };
}

/**
 * Initial status of a start: DIVERGED if the point or its cost is infinite (as a runaway, the same as
 * offTrackCode), NO_COST if the cost is not a number, NO_GRADIENT if only the gradient is not finite;
 * converged if at rest (flat, and for an optimizer with memory its first step small too), else RUNNING. Pure.
 */
export function startCode(c: StepContext, x: number, y: number, f: number, gx: number, gy: number): number {
  if (!(Number.isFinite(x) && Number.isFinite(y))) return DIVERGED;
  if (Number.isNaN(f)) return NO_COST;
  if (!Number.isFinite(f)) return DIVERGED;
  if (!(Number.isFinite(gx) && Number.isFinite(gy))) return NO_GRADIENT;
  const p = c.params, lr = c.settings.lr;
  if (Math.hypot(gx, gy) < c.settings.tolerances.grad
    && (p.code === 0 || lr * lr * nextStep2(c, 0, 0, 0, 0, 1, 1, x, y, c.sign * gx, c.sign * gy) < c.small2)) return CONVERGED_GRAD;
  if (c.settings.maxSteps <= 0) return MAX_STEPS;
  return RUNNING;
}

/** startCode() for a walker at its start. Pure. */
export function initialCode(c: StepContext, w: Walker): number {
  return startCode(c, w.x, w.y, w.f, w.gx, w.gy);
}

/**
 * An adaptive optimizer's memory of g² must exceed g² by this factor for its next step to count as small: with
 * less (a fresh start, or g² underflowing) it divides g by about |g| and moves about η, or η·g/ε growing
 * geometrically while |g| < ε, however small g is.
 */
const MEMORY_OVER_GRADIENT = 100;

/** ‖g/(√s + ε)‖² for memories (sx, sy) of g², or Infinity when a memory does not yet dwarf its g² (see MEMORY_OVER_GRADIENT). Pure. */
function adaptive2(gx: number, gy: number, sx: number, sy: number, eps: number): number {
  const gx2 = gx * gx, gy2 = gy * gy;
  if ((gx !== 0 && !(MEMORY_OVER_GRADIENT * gx2 < sx)) || (gy !== 0 && !(MEMORY_OVER_GRADIENT * gy2 < sy))) return Infinity;
  const ux = gx / (Math.sqrt(sx) + eps), uy = gy / (Math.sqrt(sy) + eps);
  return ux * ux + uy * uy;
}

/**
 * ‖u‖² of the step the optimizer would take next per unit of rate (the step is −η·u), from its state after
 * this iteration (a, v, β₁ᵗ, β₂ᵗ as in Walker) and the (signed) gradient (gx, gy) at the new point: g for
 * plain descent, μb + g for momentum, g + μ(μb + g) for Nesterov, g/(√s + ε) for AdaGrad and RMSProp,
 * m̂/(√v̂ + ε) for Adam (Infinity for these three while their memory is too young to tell). How a run with
 * memory tells rest from a turnaround. Pure; off the hot path.
 */
export function nextDirection2(p: RuleParams, ax: number, ay: number, vx: number, vy: number, p1: number, p2: number, gx: number, gy: number): number {
  switch (p.code) {
    case 0: return gx * gx + gy * gy;
    case 1: { const ux = p.mu * ax + gx, uy = p.mu * ay + gy; return ux * ux + uy * uy; }
    case 2: { const ux = gx + p.mu * (p.mu * ax + gx), uy = gy + p.mu * (p.mu * ay + gy); return ux * ux + uy * uy; }
    case 3: return adaptive2(gx, gy, ax + gx * gx, ay + gy * gy, p.eps);
    case 4: { const a = p.alpha; return adaptive2(gx, gy, a * ax + (1 - a) * gx * gx, a * ay + (1 - a) * gy * gy, p.eps); }
    case 6: return NaN; // Newton's needs the Hessian at the point: nextStep2()
    default: {
      const b1 = p.beta1, b2 = p.beta2, q1 = 1 - p1 * b1, q2 = 1 - p2 * b2;
      const sx = (b2 * vx + (1 - b2) * gx * gx) / q2, sy = (b2 * vy + (1 - b2) * gy * gy) / q2;
      // Adam moves by m̂/(√v̂ + ε): v̂ must dwarf g² as above, and then m̂ decides.
      if (adaptive2(gx, gy, sx, sy, p.eps) === Infinity) return Infinity;
      const ux = ((b1 * ax + (1 - b1) * gx) / q1) / (Math.sqrt(sx) + p.eps), uy = ((b1 * ay + (1 - b1) * gy) / q1) / (Math.sqrt(sy) + p.eps);
      return ux * ux + uy * uy;
    }
  }
}

/** nextDirection2() for any optimizer: Newton's needs the Hessian at the point (x, y). No allocation. */
export function nextStep2(c: StepContext, ax: number, ay: number, vx: number, vy: number, p1: number, p2: number, x: number, y: number, gx: number, gy: number): number {
  const p = c.params;
  return p.code === 6 ? newtonDirection2(c.surface, x, y, gx, gy, c.sign, p.damping) : nextDirection2(p, ax, ay, vx, vy, p1, p2, gx, gy);
}

const _g = new Float64Array(2);
/** The noise pair of the current iteration. */
const _z = new Float64Array(2);
/** Newton's direction (x, y), written by newtonDirection(). */
const _n = new Float64Array(2);

/** True when a new point cannot be taken: a non-finite value, or a runaway beyond the bound. Pure. */
function offTrack(nx: number, ny: number, nf: number, ngx: number, ngy: number, cx: number, cy: number, bound: number): boolean {
  return !(Number.isFinite(nf) && Number.isFinite(ngx) && Number.isFinite(ngy))
    || !(Math.abs(nx - cx) <= bound && Math.abs(ny - cy) <= bound);
}

/** Why a point offTrack() refused cannot be taken: DIVERGED, NO_COST or NO_GRADIENT. Pure; off the hot path. */
function offTrackCode(nx: number, ny: number, nf: number, cx: number, cy: number, bound: number): number {
  if (!(Math.abs(nx - cx) <= bound && Math.abs(ny - cy) <= bound)) return DIVERGED;
  if (Number.isNaN(nf)) return NO_COST;
  return Number.isFinite(nf) ? NO_GRADIENT : DIVERGED;
}

/** ‖g‖, exact even when the squares overflow (hypot is slower, so only then). Pure. */
function gradNorm(gx: number, gy: number): number {
  const n = Math.sqrt(gx * gx + gy * gy);
  return n === Infinity ? Math.hypot(gx, gy) : n;
}

/**
 * Advances w by up to n iterations while it runs. When traj is given, writes (x, y, f, ‖∇f‖) of each new
 * point at traj[4·(at + k)]; the caller guarantees room. A point that is non-finite or beyond the bound is
 * not taken: w stays at the last good point with code DIVERGED. Returns the iterations taken. Mutates w, traj.
 */
export function walk(c: StepContext, w: Walker, n: number, traj: Float64Array | null, at: number): number {
  if (w.code !== RUNNING) return 0;
  const s0 = c.settings;
  if (c.params.code === 0 && c.sampler === null && c.noiseRng === null && !s0.sequential && s0.schedule.kind === 'constant') {
    return walkPlain(c, w, n, traj, at);
  }
  const s = c.settings, p = c.params, surface = c.surface, sampler = c.sampler, rng = c.rng, noise = c.noise, noiseRng = c.noiseRng;
  const kind = p.code, mu = p.mu, alpha = p.alpha, b1 = p.beta1, b2 = p.beta2, eps = p.eps;
  const sign = c.sign, bound = c.bound, cx = c.cx, cy = c.cy, seq = s.sequential;
  const constLr = s.schedule.kind === 'constant', maxSteps = s.maxSteps, base2 = s.lr * s.lr;
  const tolG = s.tolerances.grad, tolS2 = s.tolerances.step * s.tolerances.step, tolC = s.tolerances.cost, small2 = c.small2;
  const damping = p.damping;
  let { x, y, f, gx, gy, t, ax, ay, vx, vy, p1, p2, still } = w;
  let fallbacks = 0;
  let code = RUNNING, k = 0, o = 4 * at;
  while (k < n) {
    const lr = constLr ? s.lr : learningRateAt(s.lr, s.schedule, t);
    p1 *= b1; p2 *= b2;
    let ux: number, uy: number;
    if (sampler !== null && rng !== null) { sampler(x, y, _g, rng); ux = sign * (_g[0] as number); uy = sign * (_g[1] as number); }
    else { ux = sign * gx; uy = sign * gy; }
    // Gradient noise: g + σz with z ~ N(0, I) from its own generator; the walker keeps the exact gradient.
    let zy = 0;
    if (noiseRng !== null) { gaussianPair(noiseRng, _z); ux += noise * (_z[0] as number); zy = noise * (_z[1] as number); uy += zy; }
    let dx: number, dy: number;
    if (kind === 6) {
      // Newton: both coordinates at once, x ← x − η(H + λI)⁻¹g; a gradient step where H + λI is not positive definite.
      if (!newtonDirection(surface, x, y, ux, uy, sign, damping, _n)) fallbacks++;
      dx = -lr * (_n[0] as number); dy = -lr * (_n[1] as number);
    } else {
    // The per-coordinate rules of REFERENCE.md; x first, then y.
    switch (kind) {
      case 0: dx = -lr * ux; break; // x ← x − ηg
      case 1: ax = mu * ax + ux; dx = -lr * ax; break; // b ← μb + g; x ← x − ηb
      case 2: ax = mu * ax + ux; dx = -lr * (ux + mu * ax); break; // x ← x − η(g + μb)
      case 3: ax += ux * ux; dx = (-lr * ux) / (Math.sqrt(ax) + eps); break; // s ← s + g²
      case 4: ax = alpha * ax + (1 - alpha) * ux * ux; dx = (-lr * ux) / (Math.sqrt(ax) + eps); break;
      default:
        ax = b1 * ax + (1 - b1) * ux; vx = b2 * vx + (1 - b2) * ux * ux;
        dx = (-lr * (ax / (1 - p1))) / (Math.sqrt(vx / (1 - p2)) + eps);
    }
    if (seq) {
      // The mistake: ∂f/∂y is taken at (x_new, y_old) instead of at the old point, on the same mini-batch.
      if (sampler !== null) sampler(x + dx, y, _g, null); else surface.grad(x + dx, y, _g);
      uy = sign * (_g[1] as number) + zy;
    }
    switch (kind) {
      case 0: dy = -lr * uy; break;
      case 1: ay = mu * ay + uy; dy = -lr * ay; break;
      case 2: ay = mu * ay + uy; dy = -lr * (uy + mu * ay); break;
      case 3: ay += uy * uy; dy = (-lr * uy) / (Math.sqrt(ay) + eps); break;
      case 4: ay = alpha * ay + (1 - alpha) * uy * uy; dy = (-lr * uy) / (Math.sqrt(ay) + eps); break;
      default:
        ay = b1 * ay + (1 - b1) * uy; vy = b2 * vy + (1 - b2) * uy * uy;
        dy = (-lr * (ay / (1 - p1))) / (Math.sqrt(vy / (1 - p2)) + eps);
    }
    }
    const nx = x + dx, ny = y + dy;
    const nf = surface.f(nx, ny);
    surface.grad(nx, ny, _g);
    const ngx = _g[0] as number, ngy = _g[1] as number;
    k++;
    if (offTrack(nx, ny, nf, ngx, ngy, cx, cy, bound)) { code = offTrackCode(nx, ny, nf, cx, cy, bound); break; }
    const df = nf - f;
    x = nx; y = ny; f = nf; gx = ngx; gy = ngy; t++;
    const gn = gradNorm(ngx, ngy), d2 = dx * dx + dy * dy;
    if (traj !== null) { traj[o] = x; traj[o + 1] = y; traj[o + 2] = f; traj[o + 3] = gn; o += 4; }
    // At rest, for an optimizer with memory, also means its next step at the base rate is small: momentum
    // passing through a point with ∇f = 0, or Adam turning round, is still moving. Checked only when a rule fires.
    if (gn < tolG && (kind === 0 || base2 * nextStep2(c, ax, ay, vx, vy, p1, p2, x, y, sign * gx, sign * gy) < small2)) { code = CONVERGED_GRAD; break; }
    if (d2 < tolS2) {
      // The step is tiny. At rest when the optimizer's next step at the base rate is tiny too; if only the
      // scheduled rate makes it tiny, the run is stalled (for good when the rate never rises), not converged.
      if (kind === 0 && constLr) { code = CONVERGED_STEP; break; }
      const u2 = nextStep2(c, ax, ay, vx, vy, p1, p2, x, y, sign * gx, sign * gy);
      if (base2 * u2 < tolS2) { code = CONVERGED_STEP; break; }
      if (c.decaysForGood) { const next = learningRateAt(s.lr, s.schedule, t); if (next * next * u2 < tolS2) { code = STALLED; break; } }
    }
    // The cost rule: |Δf| < tol with a small step (small at the base rate too), STILL_ITERATIONS times in a row.
    if (Math.abs(df) < tolC && d2 < small2 && (constLr || (lr > 0 && d2 * (base2 / (lr * lr)) < small2))) {
      if (++still >= STILL_ITERATIONS && (kind === 0 || base2 * nextStep2(c, ax, ay, vx, vy, p1, p2, x, y, sign * gx, sign * gy) < small2)) { code = CONVERGED_COST; break; }
    } else still = 0;
    if (t >= maxSteps) { code = MAX_STEPS; break; }
  }
  w.x = x; w.y = y; w.f = f; w.gx = gx; w.gy = gy; w.t = t;
  w.ax = ax; w.ay = ay; w.vx = vx; w.vy = vy; w.p1 = p1; w.p2 = p2; w.still = still; w.code = code;
  if (fallbacks > 0) c.counters.newtonFallbacks += fallbacks;
  return k;
}

/**
 * walk() specialised to plain descent with the exact gradient and a constant rate: the common case of
 * swarms and basin maps. Same contract and results as walk(). When nothing needs the cost (no trajectory,
 * no cost tolerance) f is evaluated once at the end instead of at every iteration.
 */
function walkPlain(c: StepContext, w: Walker, n: number, traj: Float64Array | null, at: number): number {
  const s = c.settings, surface = c.surface;
  const step = -c.sign * s.lr, bound = c.bound, cx = c.cx, cy = c.cy, maxSteps = s.maxSteps;
  const tolG = s.tolerances.grad, tolS = s.tolerances.step, tolC = s.tolerances.cost;
  const needF = traj !== null || tolC > 0, needG = traj !== null || tolG > 0;
  const tolS2 = tolS * tolS, small2 = c.small2; // compare squared step lengths: no square root per iteration
  let x = w.x, y = w.y, f = w.f, gx = w.gx, gy = w.gy, t = w.t, still = w.still;
  let code = RUNNING, k = 0, o = 4 * at;
  while (k < n) {
    const dx = step * gx, dy = step * gy; // x ← x − ηg (η → −η for ascent)
    const nx = x + dx, ny = y + dy;
    const nf = needF ? surface.f(nx, ny) : 0;
    surface.grad(nx, ny, _g);
    const ngx = _g[0] as number, ngy = _g[1] as number;
    k++;
    if (offTrack(nx, ny, nf, ngx, ngy, cx, cy, bound)) { code = offTrackCode(nx, ny, needF ? nf : surface.f(nx, ny), cx, cy, bound); break; }
    const df = nf - f;
    x = nx; y = ny; f = nf; gx = ngx; gy = ngy; t++;
    if (needG) {
      const gn = gradNorm(ngx, ngy);
      if (traj !== null) { traj[o] = x; traj[o + 1] = y; traj[o + 2] = f; traj[o + 3] = gn; o += 4; }
      if (gn < tolG) { code = CONVERGED_GRAD; break; }
    }
    const d2 = dx * dx + dy * dy;
    if (d2 < tolS2) { code = CONVERGED_STEP; break; }
    if (needF && Math.abs(df) < tolC && d2 < small2) { if (++still >= STILL_ITERATIONS) { code = CONVERGED_COST; break; } } else still = 0;
    if (t >= maxSteps) { code = MAX_STEPS; break; }
  }
  if (!needF && k > 0) {
    f = surface.f(x, y);
    if (!Number.isFinite(f)) { code = Number.isNaN(f) ? NO_COST : DIVERGED; f = w.f; }
  }
  w.x = x; w.y = y; w.f = f; w.gx = gx; w.gy = gy; w.t = t; w.still = still; w.code = code;
  return k;
}
