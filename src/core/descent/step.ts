// The iteration loop shared by single runs and swarms: every optimizer, one tight loop, no allocation.
import { createRng } from '../rng';
import { learningRateAt } from './schedules';
import type { RunSettings } from './settings';
import type { Rng, SampledGradient, Surface } from '../types';
import { toRuleParams, type RuleParams } from './ruleParams';

/** Everything a step needs that does not change from one iteration to the next. */
export interface StepContext {
  readonly surface: Surface;
  readonly settings: RunSettings;
  readonly params: RuleParams;
  readonly sampler: SampledGradient | null;
  readonly rng: Rng | null;
  /** −1 for gradient ascent, else 1. */
  readonly sign: number;
  readonly bound: number;
  readonly cx: number;
  readonly cy: number;
}

/** Builds the fixed part of stepping for a surface and settings. Pure apart from the new generator. */
export function createStepContext(surface: Surface, settings: RunSettings): StepContext {
  const d = surface.domain;
  const sampler = settings.batch > 0 && surface.sampledGrad ? surface.sampledGrad(settings.batch) : null;
  return {
    surface, settings, params: toRuleParams(settings.optimizer),
    sampler, rng: sampler ? createRng(settings.seed) : null,
    sign: settings.ascent ? -1 : 1,
    bound: settings.divergeFactor * Math.max(d.xMax - d.xMin, d.yMax - d.yMin) * 0.5,
    cx: (d.xMin + d.xMax) / 2, cy: (d.yMin + d.yMax) / 2,
  };
}

/** Outcome codes of the stopping rules. */
export const RUNNING = 0, CONVERGED_GRAD = 1, CONVERGED_STEP = 2, CONVERGED_COST = 3, MAX_STEPS = 4, DIVERGED = 5;

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
  /** RUNNING or the code that stopped it. */
  code: number;
}

/** A walker at rest at (x, y) with f and gradient given. Pure. */
export function createWalker(x: number, y: number, f: number, gx: number, gy: number): Walker {
  return { x, y, f, gx, gy, t: 0, ax: 0, ay: 0, vx: 0, vy: 0, p1: 1, p2: 1, code: RUNNING };
}

/** Initial status of a walker: DIVERGED if anything is non-finite, converged if already flat, else RUNNING. Pure. */
export function initialCode(c: StepContext, w: Walker): number {
  if (!(Number.isFinite(w.x) && Number.isFinite(w.y) && Number.isFinite(w.f) && Number.isFinite(w.gx) && Number.isFinite(w.gy))) return DIVERGED;
  if (Math.hypot(w.gx, w.gy) < c.settings.tolerances.grad) return CONVERGED_GRAD;
  if (c.settings.maxSteps <= 0) return MAX_STEPS;
  return RUNNING;
}

const _g = new Float64Array(2);

/** True when a new point cannot be taken: a non-finite value, or a runaway beyond the bound. Pure. */
function offTrack(nx: number, ny: number, nf: number, ngx: number, ngy: number, cx: number, cy: number, bound: number): boolean {
  return !(Number.isFinite(nf) && Number.isFinite(ngx) && Number.isFinite(ngy))
    || !(Math.abs(nx - cx) <= bound && Math.abs(ny - cy) <= bound);
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
  if (c.params.code === 0 && c.sampler === null && !s0.sequential && s0.schedule.kind === 'constant') {
    return walkPlain(c, w, n, traj, at);
  }
  const s = c.settings, p = c.params, surface = c.surface, sampler = c.sampler, rng = c.rng;
  const kind = p.code, mu = p.mu, alpha = p.alpha, b1 = p.beta1, b2 = p.beta2, eps = p.eps;
  const sign = c.sign, bound = c.bound, cx = c.cx, cy = c.cy, seq = s.sequential;
  const constLr = s.schedule.kind === 'constant', maxSteps = s.maxSteps;
  const tolG = s.tolerances.grad, tolS2 = s.tolerances.step * s.tolerances.step, tolC = s.tolerances.cost;
  let { x, y, f, gx, gy, t, ax, ay, vx, vy, p1, p2 } = w;
  let code = RUNNING, k = 0, o = 4 * at;
  while (k < n) {
    const lr = constLr ? s.lr : learningRateAt(s.lr, s.schedule, t);
    p1 *= b1; p2 *= b2;
    let ux: number, uy: number;
    if (sampler !== null && rng !== null) { sampler(x, y, _g, rng); ux = sign * (_g[0] as number); uy = sign * (_g[1] as number); }
    else { ux = sign * gx; uy = sign * gy; }
    let dx: number, dy: number;
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
      // The mistake: ∂f/∂y is taken at (x_new, y_old) instead of at the old point.
      if (sampler !== null && rng !== null) sampler(x + dx, y, _g, rng); else surface.grad(x + dx, y, _g);
      uy = sign * (_g[1] as number);
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
    const nx = x + dx, ny = y + dy;
    const nf = surface.f(nx, ny);
    surface.grad(nx, ny, _g);
    const ngx = _g[0] as number, ngy = _g[1] as number;
    k++;
    if (offTrack(nx, ny, nf, ngx, ngy, cx, cy, bound)) { code = DIVERGED; break; }
    const df = nf - f;
    x = nx; y = ny; f = nf; gx = ngx; gy = ngy; t++;
    const gn = gradNorm(ngx, ngy);
    if (traj !== null) { traj[o] = x; traj[o + 1] = y; traj[o + 2] = f; traj[o + 3] = gn; o += 4; }
    if (gn < tolG) { code = CONVERGED_GRAD; break; }
    if (dx * dx + dy * dy < tolS2) { code = CONVERGED_STEP; break; }
    if (Math.abs(df) < tolC) { code = CONVERGED_COST; break; }
    if (t >= maxSteps) { code = MAX_STEPS; break; }
  }
  w.x = x; w.y = y; w.f = f; w.gx = gx; w.gy = gy; w.t = t;
  w.ax = ax; w.ay = ay; w.vx = vx; w.vy = vy; w.p1 = p1; w.p2 = p2; w.code = code;
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
  const tolS2 = tolS * tolS; // compare squared step lengths: no square root per iteration
  let x = w.x, y = w.y, f = w.f, gx = w.gx, gy = w.gy, t = w.t;
  let code = RUNNING, k = 0, o = 4 * at;
  while (k < n) {
    const dx = step * gx, dy = step * gy; // x ← x − ηg (η → −η for ascent)
    const nx = x + dx, ny = y + dy;
    const nf = needF ? surface.f(nx, ny) : 0;
    surface.grad(nx, ny, _g);
    const ngx = _g[0] as number, ngy = _g[1] as number;
    k++;
    if (offTrack(nx, ny, nf, ngx, ngy, cx, cy, bound)) { code = DIVERGED; break; }
    const df = nf - f;
    x = nx; y = ny; f = nf; gx = ngx; gy = ngy; t++;
    if (needG) {
      const gn = gradNorm(ngx, ngy);
      if (traj !== null) { traj[o] = x; traj[o + 1] = y; traj[o + 2] = f; traj[o + 3] = gn; o += 4; }
      if (gn < tolG) { code = CONVERGED_GRAD; break; }
    }
    if (dx * dx + dy * dy < tolS2) { code = CONVERGED_STEP; break; }
    if (needF && Math.abs(df) < tolC) { code = CONVERGED_COST; break; }
    if (t >= maxSteps) { code = MAX_STEPS; break; }
  }
  if (!needF && k > 0) {
    f = surface.f(x, y);
    if (!Number.isFinite(f)) { code = DIVERGED; f = w.f; }
  }
  w.x = x; w.y = y; w.f = f; w.gx = gx; w.gy = gy; w.t = t; w.code = code;
  return k;
}
