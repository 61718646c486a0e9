import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASIN_DIVERGED, BASIN_ELSEWHERE, BASIN_NOT_CONVERGED, computeBasinMap, gridStarts } from '../../../src/core/descent/basins';
import { defaultOptimizer, optimizerKinds, type OptimizerSettings } from '../../../src/core/descent/optimizers';
import { advanceRun, createRun, type Run } from '../../../src/core/descent/run';
import { createRunSettings, defaultTolerances, type RunSettings } from '../../../src/core/descent/settings';
import { getSurface } from '../../../src/core/surfaces/registry';
import type { Surface } from '../../../src/core/types';

// Every test here uses the default tolerances: stopping stays on, as a learner meets it.
function runTo(s: Surface, x: number, y: number, settings: Partial<RunSettings>): Run {
  const r = createRun(s, x, y, createRunSettings(settings));
  advanceRun(r, 1e7);
  return r;
}

describe('"converged" only at rest, with the default tolerances', () => {
  it('the default tolerances have every stopping rule on', () => {
    expect(defaultTolerances.grad).toBeGreaterThan(0);
    expect(defaultTolerances.step).toBeGreaterThan(0);
    expect(defaultTolerances.cost).toBeGreaterThan(0);
  });

  it('plain descent on the bowl at η = 2/λ_max = 1 flips between x and −x: it stops at the limit', () => {
    for (const [x, y] of [[1, 1], [3, -2], [0.001, 0]] as const) {
      const r = runTo(getSurface('bowl')!, x, y, { lr: 1, maxSteps: 2000 });
      expect([r.status, r.t], `from (${x}, ${y})`).toEqual(['max-steps', 2000]);
      expect(r.x).toBe(x); // an even number of flips brings it back
    }
  });

  it('Ackley at η = 0.03 cycles around its cone point: not converged', () => {
    const ackley = getSurface('ackley')!;
    for (const [x, y] of [[0.3, 0.2], [0.4, -0.1], [-0.2, 0.35], [0.1, 0.1]] as const) {
      const r = runTo(ackley, x, y, { lr: 0.03, maxSteps: 3000 });
      expect(r.status, `from (${x}, ${y})`).toBe('max-steps');
      expect(Math.hypot(r.x, r.y)).toBeGreaterThan(0.1); // still circling, not at the origin
    }
  });

  it('the elongated bowl at η = 0.2 keeps |y| constant: not converged, though x has reached 0', () => {
    const r = runTo(getSurface('elongated')!, 3, 1, { lr: 0.2, maxSteps: 5000 });
    expect(r.status).toBe('max-steps');
    expect(Math.abs(r.y)).toBeCloseTo(1, 12);
    expect(Math.abs(r.x)).toBeLessThan(1e-100);
  });

  it('ordinary runs still converge: Himmelblau from its four corners at η = 0.01, the bowl at η = 0.1', () => {
    const h = getSurface('himmelblau')!;
    for (const [x, y] of [[4, 4], [-4, 4], [-4, -4], [4, -4]] as const) {
      const r = runTo(h, x, y, { lr: 0.01 });
      expect(r.status).toBe('converged');
      expect([Math.sign(r.minimum!.x), Math.sign(r.minimum!.y)]).toEqual([Math.sign(x), Math.sign(y)]);
    }
    const b = runTo(getSurface('bowl')!, 10, 10, { lr: 0.1 });
    expect([b.status, b.minimum?.label]).toEqual(['converged', 'M1']);
  });

  it('the cost rule still fires where the gradient cannot get below its tolerance, and only at rest', () => {
    // Adam hovers near Himmelblau's M1 with a gradient above 1e-6; it stops once its steps are tiny.
    // Adam needs more than the app's 2,000-iteration limit to come to rest here.
    const r = runTo(getSurface('himmelblau')!, 4, 4, { lr: 0.01, optimizer: defaultOptimizer('adam'), maxSteps: 10_000 });
    expect([r.status, r.reason, r.minimum?.label]).toEqual(['converged', 'cost', 'M1']);
    expect(Math.hypot(r.gx, r.gy)).toBeGreaterThan(defaultTolerances.grad);
    const [x, y] = [r.traj![4 * (r.count - 2)]!, r.traj![4 * (r.count - 2) + 1]!];
    expect(Math.hypot(r.x - x, r.y - y)).toBeLessThan(1e-6);
  });
});

describe('a basin map colours a start as its path ends', () => {
  const surfaces = ['himmelblau', 'ackley', 'bowl', 'elongated', 'six-hump-camel', 'rastrigin'];
  it('property: every cell equals the single run from the same start (any optimizer, any rate)', () => {
    fc.assert(fc.property(
      fc.constantFrom(...surfaces), fc.constantFrom(...optimizerKinds),
      fc.double({ min: Math.log(1e-3), max: Math.log(1.2), noNaN: true }),
      (id, kind, logLr) => {
        const surface = getSurface(id)!;
        const settings = createRunSettings({ lr: Math.exp(logLr), optimizer: defaultOptimizer(kind), maxSteps: 400 });
        const G = 5, job = computeBasinMap(surface, settings, G);
        const { xs, ys } = gridStarts(G, surface.domain);
        for (let i = 0; i < G * G; i++) {
          const r = runTo(surface, xs[i]!, ys[i]!, settings);
          const expected = r.status === 'diverged' ? BASIN_DIVERGED : r.status !== 'converged' ? BASIN_NOT_CONVERGED
            : r.minimum ? surface.critical.indexOf(r.minimum) : BASIN_ELSEWHERE;
          if (job.labels[i] !== expected) return false;
        }
        return true;
      },
    ), { seed: 6061, numRuns: 60 });
  });

  it('the bowl at η = 1 is "not converged" everywhere on the map, as its paths are', () => {
    const job = computeBasinMap(getSurface('bowl')!, createRunSettings({ lr: 1, maxSteps: 500 }), 8);
    expect(Array.from(new Set(job.labels))).toEqual([BASIN_NOT_CONVERGED]);
  });
});

// PyTorch's update rules (REFERENCE.md), written out here independently of step.ts, with closed-form gradients.
type Grad = (x: number, y: number) => [number, number];
const bowlGrad: Grad = (x, y) => [2 * x, 2 * y];
const himmelblauGrad: Grad = (x, y) => {
  const a = x * x + y - 11, b = x + y * y - 7;
  return [4 * x * a + 2 * b, 2 * a + 4 * y * b];
};

/** A torch.optim optimizer on one coordinate pair: step(g, t) returns the update Δ for iteration t ≥ 1 at rate lr. */
function torchOptimizer(o: OptimizerSettings): (g: [number, number], t: number, lr: number) => [number, number] {
  const a = [0, 0], v = [0, 0];
  return (g, t, lr) => g.map((gi, i) => {
    switch (o.kind) {
      case 'gd': return -lr * gi;
      case 'momentum': a[i] = o.momentum * a[i]! + gi; return -lr * a[i]!;
      case 'nesterov': a[i] = o.momentum * a[i]! + gi; return -lr * (gi + o.momentum * a[i]!);
      case 'adagrad': a[i]! += gi * gi; return (-lr * gi) / (Math.sqrt(a[i]!) + o.eps);
      case 'rmsprop': a[i] = o.alpha * a[i]! + (1 - o.alpha) * gi * gi; return (-lr * gi) / (Math.sqrt(a[i]!) + o.eps);
      case 'adam': {
        a[i] = o.beta1 * a[i]! + (1 - o.beta1) * gi; v[i] = o.beta2 * v[i]! + (1 - o.beta2) * gi * gi;
        return (-lr * (a[i]! / (1 - o.beta1 ** t))) / (Math.sqrt(v[i]! / (1 - o.beta2 ** t)) + o.eps);
      }
    }
  }) as [number, number];
}

/**
 * Replays a converged run with the plain PyTorch loop up to its stopping iteration (checking it lands where the
 * engine did), then goes on for `more` iterations: returns how far the loop moves from the point called converged.
 */
function driftAfter(r: Run, grad: Grad, x0: number, y0: number, more: number): number {
  const step = torchOptimizer(r.settings.optimizer);
  let x = x0, y = y0, far = 0;
  for (let t = 1; t <= r.t + more; t++) {
    const [dx, dy] = step(grad(x, y), t, r.settings.lr);
    x += dx; y += dy;
    if (t === r.t) expect(Math.hypot(x - r.x, y - r.y)).toBeLessThan(1e-9); // the same run (Adam's 1 − βᵗ rounds differently)
    if (t > r.t) far = Math.max(far, Math.hypot(x - r.x, y - r.y));
  }
  return far;
}

describe('"converged" only at rest, also for optimizers with memory', () => {
  it('momentum that passes through the bowl\'s minimum with velocity b = (2, 2) is not converged there', () => {
    // η = 0.5, μ = 0.9 from (1, 1): the first step lands on (0, 0) with ∇f = 0, but PyTorch's next step goes to (−0.9, −0.9).
    const r = runTo(getSurface('bowl')!, 1, 1, { lr: 0.5, optimizer: defaultOptimizer('momentum') });
    expect(r.t).toBeGreaterThan(1);
    expect(r.status).toBe('converged');
    expect(driftAfter(r, bowlGrad, 1, 1, 500)).toBeLessThan(1e-6);
  });

  it('Nesterov (μ = 0.5, η = 1/3) and Adam (η = 0.01 from (0.01, 0.01)) that land on the minimum with memory left go on', () => {
    const bowl = getSurface('bowl')!;
    const nesterov = runTo(bowl, 1, 1, { lr: 1 / 3, optimizer: { kind: 'nesterov', momentum: 0.5 } });
    expect(nesterov.t).toBeGreaterThan(1);
    expect(driftAfter(nesterov, bowlGrad, 1, 1, 500)).toBeLessThan(1e-6);
    const adam = runTo(bowl, 0.01, 0.01, { lr: 0.01, optimizer: defaultOptimizer('adam') });
    expect(adam.t).toBeGreaterThan(1);
    expect(driftAfter(adam, bowlGrad, 0.01, 0.01, 500)).toBeLessThan(1e-6);
  });

  it('property: a run called converged stays put under the PyTorch loop (every optimizer, Himmelblau and the bowl)', () => {
    // torch.optim's first-order rules (Newton's method has its own loop in newton.test.ts).
    const kinds = optimizerKinds.filter((k) => k !== 'gd' && k !== 'newton');
    fc.assert(fc.property(
      fc.constantFrom(...kinds), fc.boolean(),
      fc.double({ min: Math.log(1e-3), max: Math.log(0.6), noNaN: true }),
      fc.double({ min: -4.5, max: 4.5, noNaN: true }), fc.double({ min: -4.5, max: 4.5, noNaN: true }),
      (kind, onBowl, logLr, x0, y0) => {
        const s = getSurface(onBowl ? 'bowl' : 'himmelblau')!, lr = Math.exp(logLr) * (onBowl ? 1 : 0.05);
        const r = runTo(s, x0, y0, { lr, optimizer: defaultOptimizer(kind), maxSteps: 3000 });
        if (r.status !== 'converged') return true;
        // At rest: the next 50 PyTorch steps stay within 1e-5 of the point (the surfaces' scale is ~1). Not longer:
        // RMSProp and Adam at a minimum forget their g² memory until the effective rate η/√v turns unstable and
        // they leave again (RMSProp, η = 0.6, on the bowl: after about 400 iterations), which no rule at rest foresees.
        return driftAfter(r, onBowl ? bowlGrad : himmelblauGrad, x0, y0, 50) < 1e-5;
      },
    ), { seed: 66, numRuns: 150 });
  });
});

describe('a schedule that decays the rate is not "converged" while the run still moves', () => {
  const himmelblau = getSurface('himmelblau')!;
  const stepLR = (eta: number, size: number, gamma: number, t: number) => eta * gamma ** Math.floor(t / size);

  it('StepLR(10, 0.5) from (0, 0): stalled, near no claimed minimum, with ‖∇f‖ far from 0', () => {
    const r = runTo(himmelblau, 0, 0, { lr: 0.01, schedule: { kind: 'step', stepSize: 10, gamma: 0.5 } });
    expect([r.status, r.reason, r.minimum, r.critical]).toEqual(['stalled', null, null, null]);
    const [gx, gy] = himmelblauGrad(r.x, r.y);
    expect(Math.hypot(gx, gy)).toBeGreaterThan(0.1); // not at rest: the base rate would still move it
    expect(stepLR(0.01, 10, 0.5, r.t) * Math.hypot(gx, gy)).toBeLessThan(1e-10); // but the decayed rate does not
  });

  it('ExponentialLR(0.9) from (0, 0): stalled at f ≈ 0.63, not converged', () => {
    const r = runTo(himmelblau, 0, 0, { lr: 0.01, schedule: { kind: 'exponential', gamma: 0.9 } });
    expect([r.status, r.minimum]).toEqual(['stalled', null]);
    expect(r.f).toBeGreaterThan(0.1);
  });

  it('CosineAnnealingLR(20, 0) passes its zero rate at T_max and goes on to converge at M1', () => {
    const r = runTo(himmelblau, 0, 0, { lr: 0.01, schedule: { kind: 'cosine', tMax: 20, etaMin: 0 } });
    expect(r.t).toBeGreaterThan(21);
    expect([r.status, r.reason, r.minimum?.label]).toEqual(['converged', 'gradient', 'M1']);
    expect(Math.hypot(...himmelblauGrad(r.x, r.y))).toBeLessThan(1e-6);
  });

  it('a schedule does not stop a run that comes to rest: StepLR(100, 0) converges at M1 by the gradient', () => {
    const r = runTo(himmelblau, 0, 0, { lr: 0.01, schedule: { kind: 'step', stepSize: 100, gamma: 0 } });
    expect([r.status, r.reason, r.minimum?.label]).toEqual(['converged', 'gradient', 'M1']);
  });

  it('a swarm and a basin map stop stalled runs the same way, and colour them "not converged"', () => {
    const settings = createRunSettings({ lr: 0.01, schedule: { kind: 'step', stepSize: 10, gamma: 0.5 } });
    const job = computeBasinMap(himmelblau, settings, 1, { xMin: -1, xMax: 1, yMin: -1, yMax: 1 });
    expect(Array.from(job.labels)).toEqual([BASIN_NOT_CONVERGED]);
  });
});
