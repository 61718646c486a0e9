import { describe, expect, it } from 'vitest';
import { getSurface } from '../../../src/core/surfaces/registry';
import { advanceRun, createRun, runPoint, TRAJ_STRIDE, type Run } from '../../../src/core/descent/run';
import { createRunSettings, type RunSettings } from '../../../src/core/descent/settings';
import { defaultOptimizer, type OptimizerSettings } from '../../../src/core/descent/optimizers';
import { createRegressionSurface } from '../../../src/core/surfaces/regression';
import { getDataset } from '../../../src/core/surfaces/datasets';
import type { Surface } from '../../../src/core/types';

const bowl = getSurface('bowl')!;
const elongated = getSurface('elongated')!;
const himmelblau = getSurface('himmelblau')!;
const rosenbrock = getSurface('rosenbrock')!;
const saddle = getSurface('saddle')!;
const NO_STOP = { grad: 0, step: 0, cost: 0 };

function runTo(s: Surface, x: number, y: number, settings: Partial<RunSettings>, n = 1_000_000): Run {
  const r = createRun(s, x, y, createRunSettings(settings));
  advanceRun(r, n);
  return r;
}

function allFinite(r: Run): boolean {
  for (let i = 0; i < r.count * TRAJ_STRIDE; i++) if (!Number.isFinite(r.traj![i])) return false;
  return true;
}

describe('the textbook worked example', () => {
  it('on x² + y² from (10, 10) with η = 0.1 the gradient is (20, 20) and one step lands on (8, 8)', () => {
    const r = createRun(bowl, 10, 10, createRunSettings({ lr: 0.1 }));
    expect([r.gx, r.gy]).toEqual([20, 20]);
    expect(advanceRun(r, 1)).toBe(1);
    expect(r.x).toBeCloseTo(8, 12);
    expect(r.y).toBeCloseTo(8, 12);
    expect(runPoint(r, 1)).toEqual([r.x, r.y, 128, Math.hypot(16, 16)]);
  });
});

describe('plain descent on ½(x² + 10y²)', () => {
  it('decays by (1 − ηλ) per iteration in each coordinate', () => {
    const eta = 0.05;
    const r = runTo(elongated, 3, 2, { lr: eta, tolerances: NO_STOP, maxSteps: 30 });
    expect(r.t).toBe(30);
    for (const k of [1, 7, 30]) {
      const [x, y] = runPoint(r, k);
      expect(x).toBeCloseTo(3 * (1 - eta) ** k, 12);
      expect(y).toBeCloseTo(2 * (1 - 10 * eta) ** k, 12);
    }
  });

  it('oscillates with constant amplitude at η = 2/λ_max = 0.2, and with stopping on it is not called converged', () => {
    const r = runTo(elongated, 0, 1, { lr: 0.2, maxSteps: 200 });
    expect(r.status).toBe('max-steps');
    for (const k of [1, 2, 99, 200]) expect(Math.abs(runPoint(r, k)[1])).toBeCloseTo(1, 12);
  });

  it('blows up just above it: η = 0.21 gives |y₂₀₀| ≈ 1.9e8', () => {
    const r = runTo(elongated, 0, 1, { lr: 0.21, tolerances: NO_STOP, maxSteps: 200, divergeFactor: Infinity });
    expect(Math.abs(r.y)).toBeGreaterThan(1.8e8);
    expect(Math.abs(r.y)).toBeLessThan(2.0e8);
  });

  it('reports divergence at the iteration it left, keeping only finite points', () => {
    const r = runTo(elongated, 0, 1, { lr: 0.21 });
    expect(r.status).toBe('diverged');
    expect(r.divergedAt).toBe(r.t + 1);
    expect(r.count).toBe(r.t + 1);
    expect(allFinite(r)).toBe(true);
    expect(r.minimum).toBeNull();
  });

  it('stores no NaN or Infinity even when values overflow', () => {
    const r = runTo(bowl, 1e150, 1e150, { lr: 5, divergeFactor: Infinity });
    expect(r.status).toBe('diverged');
    expect(allFinite(r)).toBe(true);
    expect(Number.isFinite(r.x) && Number.isFinite(r.f)).toBe(true);
  });
});

describe('heavy-ball momentum on a quadratic', () => {
  // Converges iff 0 ≤ μ < 1 and 0 < ηλ < 2 + 2μ (λ = 10 along y).
  const cases: [number, number, boolean][] = [
    [0, 0.19, true], [0, 0.21, false], [0.5, 0.29, true], [0.5, 0.31, false],
    [0.9, 0.37, true], [0.9, 0.39, false], [0.99, 0.39, true],
  ];
  it.each(cases)('μ = %f, η = %f converges: %s', (mu, eta, converges) => {
    const r = runTo(elongated, 0, 1, {
      lr: eta, optimizer: { kind: 'momentum', momentum: mu }, maxSteps: 200_000,
      tolerances: { grad: 1e-8, step: 0, cost: 0 },
    });
    expect(r.status).toBe(converges ? 'converged' : 'diverged');
  });

  it('applies b ← μb + g; x ← x − ηb', () => {
    const r = runTo(bowl, 1, 0, { lr: 0.1, optimizer: { kind: 'momentum', momentum: 0.9 }, maxSteps: 2, tolerances: NO_STOP });
    // g₀ = 2 → b = 2, x₁ = 0.8; g₁ = 1.6 → b = 1.8 + 1.6 = 3.4, x₂ = 0.8 − 0.34
    expect(runPoint(r, 1)[0]).toBeCloseTo(0.8, 14);
    expect(runPoint(r, 2)[0]).toBeCloseTo(0.46, 14);
  });

  it('Nesterov applies b ← μb + g; x ← x − η(g + μb)', () => {
    const r = runTo(bowl, 1, 0, { lr: 0.1, optimizer: { kind: 'nesterov', momentum: 0.9 }, maxSteps: 2, tolerances: NO_STOP });
    // g₀ = 2, b = 2, x₁ = 1 − 0.1(2 + 1.8) = 0.62; g₁ = 1.24, b = 3.04, x₂ = 0.62 − 0.1(1.24 + 2.736)
    expect(runPoint(r, 1)[0]).toBeCloseTo(0.62, 14);
    expect(runPoint(r, 2)[0]).toBeCloseTo(0.62 - 0.1 * (1.24 + 0.9 * 3.04), 14);
  });
});

describe('first step of the adaptive methods from zero state', () => {
  const first = (o: OptimizerSettings, eta: number) => {
    const r = runTo(himmelblau, 1, -1, { lr: eta, optimizer: o, maxSteps: 1, tolerances: NO_STOP });
    const [x, y] = runPoint(r, 1);
    return [x - 1, y + 1, Math.sign(runPoint(r, 0)[0]), r] as const;
  };
  const g = new Float64Array(2);
  himmelblau.grad(1, -1, g);
  const sx = Math.sign(g[0]!), sy = Math.sign(g[1]!);

  it('Adam and AdaGrad move about −η·sign(g) per coordinate', () => {
    for (const o of [defaultOptimizer('adam'), defaultOptimizer('adagrad')]) {
      const [dx, dy] = first(o, 0.05);
      expect(dx).toBeCloseTo(-0.05 * sx, 8);
      expect(dy).toBeCloseTo(-0.05 * sy, 8);
    }
  });

  it('RMSProp with α = 0.9 moves about −η/√(1−α)·sign(g) ≈ −3.162η', () => {
    const [dx, dy] = first({ kind: 'rmsprop', alpha: 0.9, eps: 1e-8 }, 0.01);
    expect(dx).toBeCloseTo(-0.031623 * sx, 5);
    expect(dy).toBeCloseTo(-0.031623 * sy, 5);
  });

  it('Adam follows the bias-corrected rule on the second step', () => {
    const eta = 0.1, b1 = 0.9, b2 = 0.999;
    const r = runTo(bowl, 1, 0, { lr: eta, optimizer: { kind: 'adam', beta1: b1, beta2: b2, eps: 1e-8 }, maxSteps: 2, tolerances: NO_STOP });
    const x1 = runPoint(r, 1)[0];
    const g0 = 2, g1 = 2 * x1;
    const m = b1 * (1 - b1) * g0 + (1 - b1) * g1, v = b2 * (1 - b2) * g0 * g0 + (1 - b2) * g1 * g1;
    const expected = x1 - (eta * (m / (1 - b1 ** 2))) / (Math.sqrt(v / (1 - b2 ** 2)) + 1e-8);
    expect(runPoint(r, 2)[0]).toBeCloseTo(expected, 14);
  });
});

describe('AdaGrad and RMSProp beyond their first step', () => {
  it('AdaGrad, step 2 by hand on x² + y² from (1, 0), η = 0.1: x₁ = 0.9, s = 4 + 1.8², x₂ ≈ 0.833104', () => {
    const r = runTo(bowl, 1, 0, { lr: 0.1, optimizer: { kind: 'adagrad', eps: 1e-10 }, maxSteps: 2, tolerances: NO_STOP });
    // g₀ = 2, s = 4, x₁ = 1 − 0.1·2/(2 + ε); g₁ = 2x₁ ≈ 1.8, s ≈ 7.24, x₂ = x₁ − 0.1·g₁/(√s + ε)
    expect(runPoint(r, 1)[0]).toBeCloseTo(0.9, 9);
    expect(runPoint(r, 2)[0]).toBeCloseTo(0.8331035268450359, 13);
  });

  it('RMSProp, step 2 by hand on x² + y² from (1, 0), η = 0.01, α = 0.9: x₂ ≈ 0.945788', () => {
    const r = runTo(bowl, 1, 0, { lr: 0.01, optimizer: { kind: 'rmsprop', alpha: 0.9, eps: 1e-8 }, maxSteps: 2, tolerances: NO_STOP });
    // v = 0.4, x₁ = 1 − 0.02/√0.4 ≈ 0.968377; g₁ = 2x₁, v = 0.36 + 0.1·g₁², x₂ = x₁ − 0.01·g₁/(√v + ε)
    expect(runPoint(r, 1)[0]).toBeCloseTo(0.9683772238983162, 13);
    expect(runPoint(r, 2)[0]).toBeCloseTo(0.9457880254881013, 13);
  });

  // A plain loop of REFERENCE.md's rules on Himmelblau, with its gradient written out here.
  function himmelblauGrad(x: number, y: number): [number, number] {
    const a = x * x + y - 11, b = x + y * y - 7;
    return [4 * x * a + 2 * b, 2 * a + 4 * y * b];
  }
  function plainLoop(kind: 'adagrad' | 'rmsprop', eta: number, alpha: number, eps: number, steps: number): [number, number][] {
    let x = 1, y = -1, sx = 0, sy = 0;
    const out: [number, number][] = [[x, y]];
    for (let t = 0; t < steps; t++) {
      const [gx, gy] = himmelblauGrad(x, y);
      if (kind === 'adagrad') { sx += gx * gx; sy += gy * gy; } else { sx = alpha * sx + (1 - alpha) * gx * gx; sy = alpha * sy + (1 - alpha) * gy * gy; }
      x -= (eta * gx) / (Math.sqrt(sx) + eps);
      y -= (eta * gy) / (Math.sqrt(sy) + eps);
      out.push([x, y]);
    }
    return out;
  }

  it.each([
    ['adagrad', { kind: 'adagrad', eps: 1e-10 }, 0.3, 0, 1e-10],
    ['rmsprop', { kind: 'rmsprop', alpha: 0.99, eps: 1e-8 }, 0.01, 0.99, 1e-8],
    ['rmsprop', { kind: 'rmsprop', alpha: 0.9, eps: 1e-8 }, 0.02, 0.9, 1e-8],
  ] as const)('%s: 50 steps on Himmelblau from (1, −1) match a plain loop of the rules', (kind, o, eta, alpha, eps) => {
    const r = runTo(himmelblau, 1, -1, { lr: eta, optimizer: o, maxSteps: 50, tolerances: NO_STOP });
    const want = plainLoop(kind, eta, alpha, eps, 50);
    expect(r.count).toBe(51);
    for (let k = 0; k <= 50; k++) {
      const [x, y] = runPoint(r, k);
      expect(x, `x at step ${k}`).toBeCloseTo(want[k]![0], 12);
      expect(y, `y at step ${k}`).toBeCloseTo(want[k]![1], 12);
    }
    expect(Math.hypot(r.x - 1, r.y + 1), 'it has moved well away from the start').toBeGreaterThan(0.5);
  });
});

describe('different starts reach different minima', () => {
  it('Himmelblau with η = 0.01: the four corner starts reach four different minima', () => {
    const labels = [[4, 4], [-4, 4], [-4, -4], [4, -4]].map(([x, y]) => {
      const r = runTo(himmelblau, x!, y!, { lr: 0.01 });
      expect(r.status).toBe('converged');
      expect(Math.sign(r.minimum!.x)).toBe(Math.sign(x!));
      expect(Math.sign(r.minimum!.y)).toBe(Math.sign(y!));
      return r.minimum!.label;
    });
    expect(new Set(labels).size).toBe(4);
  });

  it('two-valleys: starts 0.1 apart on the crest roll into different valleys', () => {
    const s = getSurface('two-valleys')!;
    const left = runTo(s, 0.03, 1.5, { lr: 0.05 });
    const right = runTo(s, 0.13, 1.5, { lr: 0.05 });
    expect(left.minimum?.global).toBe(true);
    expect(right.minimum).not.toBeNull();
    expect(right.minimum?.global).toBeFalsy();
  });
});

describe('Rosenbrock from (−1.2, 1), stopping at ‖g‖ < 1e-10', () => {
  const tol = { grad: 1e-10, step: 0, cost: 0 };
  it.each([[0.001, 55_134], [0.0019, 28_985]])('η = %f converges in %i steps', (eta, steps) => {
    const r = runTo(rosenbrock, -1.2, 1, { lr: eta, tolerances: tol, maxSteps: 200_000 });
    expect(r.status).toBe('converged');
    expect(r.t).toBe(steps);
  });

  it('η = 0.0021 neither converges nor blows up', () => {
    const r = runTo(rosenbrock, -1.2, 1, { lr: 0.0021, tolerances: tol, maxSteps: 200_000 });
    expect(r.status).toBe('max-steps');
    expect(r.x).toBeCloseTo(0.961, 2);
    expect(r.y).toBeCloseTo(0.943, 2);
  });
});

describe('the saddle x² − y²', () => {
  it('from (1, 0) descent converges to the saddle point', () => {
    const r = runTo(saddle, 1, 0, { lr: 0.1 });
    expect(r.status).toBe('converged');
    expect(Math.hypot(r.x, r.y)).toBeLessThan(1e-6);
    expect(r.minimum).toBeNull();
    expect(r.critical?.kind, 'it rests at the saddle point, and says so').toBe('saddle');
    expect(r.critical?.label).toBe('S1');
  });
  it('from (1, 1e-8) it escapes and diverges', () => {
    expect(runTo(saddle, 1, 1e-8, { lr: 0.1 }).status).toBe('diverged');
  });
});

describe('teaching switches', () => {
  it('gradient ascent is the mirror image: it climbs to Himmelblau\'s maximum', () => {
    const r = runTo(himmelblau, 0, -0.5, { lr: 0.005, ascent: true });
    expect(r.status).toBe('converged');
    expect(r.x).toBeCloseTo(-0.270845, 4);
    expect(r.y).toBeCloseTo(-0.923039, 4);
    expect(r.minimum).toBeNull();
    expect(r.critical).toMatchObject({ kind: 'max', label: 'X1' });
    const d = runTo(bowl, 1, 1, { lr: 0.1, ascent: true, maxSteps: 1 });
    expect(d.x).toBeCloseTo(1.2, 12);
  });

  it('a descent that reaches a minimum records it as both its minimum and its critical point', () => {
    const r = runTo(himmelblau, 4, 4, { lr: 0.01 });
    expect(r.minimum?.label).toBe('M1');
    expect(r.critical).toBe(r.minimum);
    expect(runTo(bowl, 1, 1, { lr: 1.5 }).critical, 'a diverged run rests nowhere').toBeNull();
  });

  it('the sequential update takes ∂f/∂y at (x_new, y_old), unlike the simultaneous one', () => {
    const booth = getSurface('booth')!;
    const seq = runTo(booth, 0, 0, { lr: 0.01, sequential: true, maxSteps: 1 });
    const sim = runTo(booth, 0, 0, { lr: 0.01, maxSteps: 1 });
    const g = new Float64Array(2);
    booth.grad(0, 0, g);
    const x1 = -0.01 * g[0]!;
    expect(sim.x).toBeCloseTo(x1, 14);
    expect(sim.y).toBeCloseTo(-0.01 * g[1]!, 14);
    booth.grad(x1, 0, g);
    expect(seq.x).toBeCloseTo(x1, 14);
    expect(seq.y).toBeCloseTo(-0.01 * g[1]!, 14);
    expect(seq.y).not.toBeCloseTo(sim.y, 6);
  });

  it.each([1, 2])('with mini-batches of %i the sequential ∂f/∂y is taken at (x_new, y_old) on the same batch as ∂f/∂x', (k) => {
    // Independent check: recover the batch each step drew from its x-move, then predict the y-move from it.
    const data = getDataset('outlier'), m = data.xs.length, eta = 0.05;
    const batches: number[][] = [];
    for (let i = 0; i < m; i++) if (k === 1) batches.push([i]); else for (let j = i + 1; j < m; j++) batches.push([i, j]);
    const mean = (b: number[], h: (i: number) => number) => b.reduce((a, i) => a + h(i), 0) / b.length;
    const r = (w: number, b: number, i: number) => w * data.xs[i]! + b - data.ys[i]!;
    for (const seed of [1, 2, 3]) {
      const run = runTo(createRegressionSurface(data), 0, 0, { lr: eta, batch: k, seed, sequential: true, maxSteps: 40, tolerances: NO_STOP });
      for (let t = 0; t < 40; t++) {
        const [w0, b0] = runPoint(run, t), [w1, b1] = runPoint(run, t + 1);
        const fits = batches.filter((B) => Math.abs(w0 - eta * mean(B, (i) => r(w0, b0, i) * data.xs[i]!) - w1) < 1e-12);
        expect(fits.length, `step ${t + 1}: some batch explains the x-move`).toBeGreaterThan(0);
        const predicted = fits.map((B) => b0 - eta * mean(B, (i) => r(w1, b0, i)));
        expect(predicted.some((p) => Math.abs(p - b1) < 1e-12), `step ${t + 1} (seed ${seed})`).toBe(true);
      }
    }
  });

  it('a step-decay schedule halves the step every 10 iterations', () => {
    const r = runTo(bowl, 1, 0, { lr: 0.1, schedule: { kind: 'step', stepSize: 10, gamma: 0.5 }, tolerances: NO_STOP, maxSteps: 20 });
    for (let k = 1; k <= 20; k++) {
      const eta = k <= 10 ? 0.1 : 0.05;
      expect(runPoint(r, k)[0]).toBeCloseTo(runPoint(r, k - 1)[0] * (1 - 2 * eta), 14);
    }
  });
});

describe('stopping rules and status', () => {
  it('stops at the iteration limit', () => {
    const r = runTo(rosenbrock, -1.2, 1, { lr: 0.001, maxSteps: 50 });
    expect([r.status, r.t, r.count]).toEqual(['max-steps', 50, 51]);
  });

  it('converges when the step falls below its tolerance', () => {
    const r = runTo(bowl, 1, 1, { lr: 0.1, tolerances: { grad: 0, step: 1e-6, cost: 0 } });
    expect([r.status, r.reason]).toEqual(['converged', 'step']);
  });

  it('converges when the cost stops changing', () => {
    const r = runTo(bowl, 1, 1, { lr: 0.1, tolerances: { grad: 0, step: 0, cost: 1e-9 } });
    expect([r.status, r.reason]).toEqual(['converged', 'cost']);
    expect(r.minimum?.label).toBe('M1');
  });

  it('a start where the cost is undefined is diverged at iteration 0 with nothing stored', () => {
    const r = runTo(bowl, Number.NaN, 0, {});
    expect([r.status, r.divergedAt, r.count]).toEqual(['diverged', 0, 0]);
  });

  it('advancing a finished run does nothing', () => {
    const r = runTo(bowl, 1, 1, { lr: 0.1 });
    const t = r.t;
    expect(advanceRun(r, 100)).toBe(0);
    expect(r.t).toBe(t);
  });

  it('a run without a trajectory reaches the same point as one with', () => {
    const a = createRun(himmelblau, 4, 4, createRunSettings({ lr: 0.01 }), { keepTrajectory: false });
    advanceRun(a, 1e6);
    const b = runTo(himmelblau, 4, 4, { lr: 0.01 });
    expect([a.x, a.y, a.t, a.status]).toEqual([b.x, b.y, b.t, b.status]);
    expect(a.traj).toBeNull();
  });
});

describe('stochastic gradients on the regression cost', () => {
  const surface = createRegressionSurface(getDataset('noisy-line'));
  const s = (seed: number) => ({ lr: 0.05, batch: 1, seed, maxSteps: 300, tolerances: NO_STOP });
  it('replay exactly by seed', () => {
    const a = runTo(surface, 0, 0, s(7)), b = runTo(surface, 0, 0, s(7));
    expect(Array.from(a.traj!.subarray(0, a.count * 4))).toEqual(Array.from(b.traj!.subarray(0, b.count * 4)));
  });
  it('differ with another seed and from the full batch, yet head for the least-squares line', () => {
    const a = runTo(surface, 0, 0, s(7)), c = runTo(surface, 0, 0, s(8));
    expect(a.x).not.toBe(c.x);
    const full = runTo(surface, 0, 0, { lr: 0.05, maxSteps: 5000 });
    const best = surface.critical[0]!;
    expect(Math.hypot(full.x - best.x, full.y - best.y)).toBeLessThan(1e-3);
    expect(Math.hypot(a.x - best.x, a.y - best.y)).toBeLessThan(1);
    expect(a.f).toBeLessThan(runPoint(a, 0)[2] / 5);
  });
});

describe('memory grows with what a run does, not with its limit', () => {
  it('a run that stops after 51 steps at a 100,000 limit holds a small buffer', () => {
    const r = createRun(himmelblau, 4, 4, createRunSettings({ lr: 0.01, maxSteps: 100_000 }));
    advanceRun(r, 100_000); // a paused recompute asks for the whole limit at once
    expect([r.status, r.t]).toEqual(['converged', 51]);
    expect(r.traj!.length).toBeLessThanOrEqual(4 * 1024);
  });

  it('a long run grows its buffer by doubling, never beyond the limit', () => {
    const r = createRun(rosenbrock, -1.2, 1, createRunSettings({ lr: 0.001, maxSteps: 5000 }));
    advanceRun(r, 5000);
    expect(r.count).toBe(5001);
    expect(r.traj!.length).toBe(TRAJ_STRIDE * 5001);
    const s = createRun(rosenbrock, -1.2, 1, createRunSettings({ lr: 0.001, maxSteps: 100_000 }));
    advanceRun(s, 3000);
    expect(s.traj!.length).toBe(TRAJ_STRIDE * 4096);
  });

  it('results are identical whatever the chunking', () => {
    const cases: [string, number, number, Partial<RunSettings>][] = [
      ['rosenbrock', -1.2, 1, { lr: 0.001, maxSteps: 7000 }],
      ['himmelblau', 4, 4, { lr: 0.01, optimizer: defaultOptimizer('adam') }],
      ['himmelblau', 0.1, 0.2, { lr: 0.01, optimizer: defaultOptimizer('rmsprop'), maxSteps: 3000 }],
    ];
    for (const [id, x, y, settings] of cases) {
      const s = getSurface(id)!;
      const whole = runTo(s, x, y, settings);
      const parts = createRun(s, x, y, createRunSettings(settings));
      for (let k = 1; parts.status === 'running'; k = (k * 7 + 3) % 1500) advanceRun(parts, k);
      expect([parts.status, parts.reason, parts.t, parts.count]).toEqual([whole.status, whole.reason, whole.t, whole.count]);
      expect(parts.traj!.subarray(0, 4 * parts.count)).toEqual(whole.traj!.subarray(0, 4 * whole.count));
    }
  });
});
