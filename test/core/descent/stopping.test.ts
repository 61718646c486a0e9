import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BASIN_DIVERGED, BASIN_ELSEWHERE, BASIN_NOT_CONVERGED, computeBasinMap, gridStarts } from '../../../src/core/descent/basins';
import { defaultOptimizer, optimizerKinds } from '../../../src/core/descent/optimizers';
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
