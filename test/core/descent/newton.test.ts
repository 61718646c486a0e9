// Newton's method against closed forms and a plain Newton loop written here (closed-form gradient and Hessian).
import { describe, expect, it } from 'vitest';
import { advanceRun, createRun, runPoint, type Run } from '../../../src/core/descent/run';
import { createRunSettings, type RunSettings } from '../../../src/core/descent/settings';
import { createFormulaSurface } from '../../../src/core/formula';
import { getSurface } from '../../../src/core/surfaces/registry';
import type { Surface } from '../../../src/core/types';

const newton = (damping = 0): RunSettings['optimizer'] => ({ kind: 'newton', damping });

function runFor(s: Surface, x: number, y: number, n: number, settings: Partial<RunSettings>): Run {
  const r = createRun(s, x, y, createRunSettings(settings));
  advanceRun(r, n);
  return r;
}

describe("Newton's method", () => {
  it('the bowl from (10, 10) with η = 1 lands on (0, 0) in one step, with no fallback', () => {
    const r = runFor(getSurface('bowl')!, 10, 10, 1, { lr: 1, optimizer: newton() });
    expect(runPoint(r, 1)).toEqual([0, 0, 0, 0]);
    expect(r.newtonFallbacks).toBe(0);
  });

  it('on f = ½(x² + 10y²) one step from anywhere lands on the minimum (built-in and typed surfaces)', () => {
    const typed = createFormulaSurface('0.5*(x^2 + 10*y^2)', { xMin: -10, xMax: 10, yMin: -10, yMax: 10 });
    if (!typed.ok) throw new Error('formula refused');
    for (const s of [getSurface('elongated')!, typed.surface]) {
      for (const [x, y] of [[7, -3], [-9.5, 4.25], [0.001, 2], [3, 0]] as const) {
        const r = runFor(s, x, y, 1, { lr: 1, optimizer: newton() });
        const [x1, y1] = runPoint(r, 1);
        expect(Math.abs(x1)).toBeLessThan(1e-12);
        expect(Math.abs(y1)).toBeLessThan(1e-12);
      }
    }
  });

  it('on Rosenbrock from (−1.2, 1) pure Newton reaches (1, 1) within a few dozen iterations, matching a plain loop to 1e-9; plain descent at 0.001 does not in 1,000', () => {
    const grad = (x: number, y: number): [number, number] => [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)];
    const hess = (x: number, y: number): [number, number, number] => [2 - 400 * y + 1200 * x * x, -400 * x, 200];
    const r = runFor(getSurface('rosenbrock')!, -1.2, 1, 50, { lr: 1, optimizer: newton() });
    expect(r.status).toBe('converged');
    expect(r.t).toBeLessThanOrEqual(36);
    expect(Math.hypot(r.x - 1, r.y - 1)).toBeLessThan(1e-6);
    let x = -1.2, y = 1;
    for (let t = 1; t <= r.t; t++) {
      const [gx, gy] = grad(x, y), [a, b, d] = hess(x, y), det = a * d - b * b;
      if (a > 0 && det > 0) { x -= (d * gx - b * gy) / det; y -= (a * gy - b * gx) / det; } else { x -= gx; y -= gy; }
      const [ex, ey] = runPoint(r, t);
      expect(Math.abs(ex - x), `x at ${t}`).toBeLessThan(1e-9);
      expect(Math.abs(ey - y), `y at ${t}`).toBeLessThan(1e-9);
    }
    const gd = runFor(getSurface('rosenbrock')!, -1.2, 1, 1000, { lr: 0.001, optimizer: { kind: 'gd' } });
    expect(gd.t).toBe(1000);
    expect(Math.hypot(gd.x - 1, gd.y - 1)).toBeGreaterThan(0.1);
  });

  it('on the saddle x² − y² from (1, 1) H is indefinite: a gradient step is taken and counted', () => {
    const r = runFor(getSurface('saddle')!, 1, 1, 1, { lr: 0.1, optimizer: newton() });
    const [x1, y1] = runPoint(r, 1);
    expect(x1).toBeCloseTo(1 - 0.1 * 2, 14); // x − η·2x
    expect(y1).toBeCloseTo(1 + 0.1 * 2, 14); // y − η·(−2y)
    expect(r.newtonFallbacks).toBe(1);
    advanceRun(r, 3);
    expect(r.newtonFallbacks).toBe(4);
  });

  it('damping λ makes the step (H + λI)⁻¹g (a hand 2×2 solve), and enough of it makes the saddle\'s step Newton\'s again', () => {
    // Booth-like quadratic f = x² + xy + 2y² at (1, 2): g = (2x + y, x + 4y) = (4, 9), H = [[2, 1], [1, 4]].
    const typed = createFormulaSurface('x^2 + x*y + 2*y^2');
    if (!typed.ok) throw new Error('formula refused');
    // λ = 3: H + 3I = [[5, 1], [1, 7]], det 34, inverse (1/34)[[7, −1], [−1, 5]]; u = ((28 − 9)/34, (−4 + 45)/34).
    const r = runFor(typed.surface, 1, 2, 1, { lr: 0.5, optimizer: newton(3) });
    const [x1, y1] = runPoint(r, 1);
    expect(x1).toBeCloseTo(1 - 0.5 * (19 / 34), 14);
    expect(y1).toBeCloseTo(2 - 0.5 * (41 / 34), 14);
    // The saddle with λ = 5: H + 5I = diag(7, 3) is positive definite, u = (2/7, −2/3).
    const s = runFor(getSurface('saddle')!, 1, 1, 1, { lr: 1, optimizer: newton(5) });
    const [sx, sy] = runPoint(s, 1);
    expect(sx).toBeCloseTo(1 - 2 / 7, 14);
    expect(sy).toBeCloseTo(1 + 2 / 3, 14);
    expect(s.newtonFallbacks).toBe(0);
  });

  it('gradient ascent with Newton climbs to the maximum of −(x² + y²) in one step', () => {
    const typed = createFormulaSurface('-(x^2 + y^2)');
    if (!typed.ok) throw new Error('formula refused');
    const r = runFor(typed.surface, 3, -2, 1, { lr: 1, ascent: true, optimizer: newton() });
    expect(runPoint(r, 1).slice(0, 2)).toEqual([0, 0]);
    expect(r.newtonFallbacks).toBe(0);
  });
});
